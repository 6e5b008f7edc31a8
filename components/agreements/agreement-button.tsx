'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { AgreementActionState } from './action-state';
import { useErrorText } from './use-error-text';

/**
 * One agreement step as a button (send, accept, countersign, release a tranche): calls its
 * server action with the ids of THIS object, refreshes on success, shows the refusal in place.
 */
export function AgreementButton({
  action,
  payload,
  label,
  pendingLabel,
  testId,
  tone = 'primary',
}: {
  action: (input: unknown) => Promise<AgreementActionState>;
  payload: Record<string, string | number>;
  label: string;
  pendingLabel: string;
  testId?: string;
  tone?: 'primary' | 'secondary';
}) {
  const router = useRouter();
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const errorId = testId ? `${testId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        data-testid={testId}
        disabled={pending}
        aria-describedby={error && errorId ? errorId : undefined}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await action(payload);
            if (!result.ok) {
              setError({ code: result.formError, ...(result.params ? { params: result.params } : {}) });
              return;
            }
            router.refresh();
          })
        }
        className={
          tone === 'primary'
            ? 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60'
            : 'rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60'
        }
      >
        {pending ? pendingLabel : label}
      </button>
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {errorText(error.code, error.params)}
        </p>
      )}
    </div>
  );
}
