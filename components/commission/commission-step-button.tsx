'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { approveCommissionAction, sendCoiFormsAction } from '@/app/operator/competitions/[id]/commission/actions';
import { useCommissionErrorText } from './use-commission-text';

/** "Send COI forms" (GC-10) or "Approve final composition" (GC-13): one confirmed click, the server decides. */
export function CommissionStepButton({ step, competitionId, version, disabled }: { step: 'sendCoi' | 'approve'; competitionId: string; version: number; disabled: boolean }) {
  const t = useTranslations('commission');
  const errorText = useCommissionErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        disabled={disabled || pending}
        className="rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        onClick={() => {
          if (!window.confirm(t(`${step}.confirm`))) return;
          startTransition(async () => {
            setError(null);
            const action = step === 'sendCoi' ? sendCoiFormsAction : approveCommissionAction;
            const result = await action({ competitionId, expectedVersion: version });
            if (!result.ok) {
              setError({ code: result.formError, ...(result.params ? { params: result.params } : {}) });
              return;
            }
            router.refresh();
          });
        }}
      >
        {pending ? t('working') : t(`${step}.button`)}
      </button>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(error.code, error.params)}
        </p>
      )}
    </div>
  );
}
