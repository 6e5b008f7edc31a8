'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { openDirectScoringAction } from '@/app/operator/direct-commission-actions';
import { useDirectCommissionErrorText } from './use-direct-commission-error';

/** ADMISSION → SCORING: one confirmed click, the server decides (approved commission, criteria). */
export function OpenDirectScoringButton({ competitionId, version }: { competitionId: string; version: number }) {
  const t = useTranslations('directCommission');
  const errorText = useDirectCommissionErrorText();
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
          if (!window.confirm(t('openScoringConfirm'))) return;
          startTransition(async () => {
            setError(null);
            const result = await openDirectScoringAction({ competitionId, expectedVersion: version });
            if (!result.ok) {
              setError({ code: result.formError, ...(result.params ? { params: result.params } : {}) });
              return;
            }
            router.refresh();
          });
        }}
      >
        {pending ? t('saving') : t('openScoring')}
      </button>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(error.code, error.params)}
        </p>
      )}
    </div>
  );
}
