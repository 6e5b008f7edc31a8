'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { closeScoringAction, publishResultsAction } from '@/app/operator/competitions/[id]/results/actions';

/**
 * One button for one step of the results: close the scoring (staff / chair) or publish the
 * results (staff). The server decides; a refusal is shown with its reason.
 */
export function ResultsActionButton({ competitionId, kind, confirmText }: { competitionId: string; kind: 'close' | 'publish'; confirmText?: string }) {
  const t = useTranslations('results');
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const run = async () => {
    setPending(true);
    setError(null);
    const result = kind === 'close' ? await closeScoringAction({ competitionId }) : await publishResultsAction({ competitionId });
    setPending(false);
    setConfirming(false);
    if (!result.ok) {
      setError({ code: result.formError, ...(result.params ? { params: result.params } : {}) });
      return;
    }
    router.refresh();
  };
  const errorText = (e: { code: string; params?: Record<string, string | number> }) =>
    t.has(`errors.${e.code}` as never) ? t(`errors.${e.code}` as never, (e.params ?? {}) as never) : t('errors.generic');
  const label = kind === 'close' ? t('actions.closeScoring') : t('actions.publish');

  return (
    <div className="flex flex-col gap-2" data-testid={`results-${kind}`}>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(error)}
        </p>
      )}
      {confirming && confirmText ? (
        <div className="flex flex-wrap items-center gap-3 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="text-amber-900">{confirmText}</p>
          <button type="button" disabled={pending} onClick={() => void run()} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {pending ? t('actions.working') : t('actions.confirm')}
          </button>
          <button type="button" disabled={pending} onClick={() => setConfirming(false)} className="rounded border border-slate-400 px-4 py-2">
            {t('actions.cancel')}
          </button>
        </div>
      ) : (
        <p>
          <button
            type="button"
            disabled={pending}
            onClick={() => (confirmText ? setConfirming(true) : void run())}
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {pending ? t('actions.working') : label}
          </button>
        </p>
      )}
    </div>
  );
}
