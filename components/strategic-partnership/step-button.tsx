'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { publishSpAction, selectPartnerAction, startSpAdmissionAction } from '@/app/operator/strategic-partnership/[id]/actions';
import { useSpErrorText } from './use-sp-error';

const ACTIONS = { publish: publishSpAction, startAdmission: startSpAdmissionAction, selectPartner: selectPartnerAction } as const;
export type SpStep = keyof typeof ACTIONS;

/** "Publish", "Start the admission check" or "Select the strategic partner": one confirmed click, the server decides. */
export function SpStepButton({ step, competitionId, version }: { step: SpStep; competitionId: string; version: number }) {
  const t = useTranslations('strategicPartnership');
  const errorText = useSpErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        disabled={pending}
        className="rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        onClick={() => {
          if (!window.confirm(t(`detail.${step}Confirm` as never))) return;
          startTransition(async () => {
            setError(null);
            const action = ACTIONS[step];
            const result = await action({ competitionId, expectedVersion: version });
            if (!result.ok) {
              setError({ code: result.formError, ...(result.params ? { params: result.params } : {}) });
              return;
            }
            router.refresh();
          });
        }}
      >
        {pending ? t('new.saving') : t(`detail.${step}` as never)}
      </button>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(error.code, error.params)}
        </p>
      )}
    </div>
  );
}
