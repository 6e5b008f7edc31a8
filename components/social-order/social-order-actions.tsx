'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { approveCommissionAction, computeRankingAction, type SocialOrderActionState } from '@/app/operator/social-order/[id]/actions';

const primary = 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';

function useAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<SocialOrderActionState | null>(null);
  const go = (call: () => Promise<SocialOrderActionState>) =>
    start(async () => {
      const s = await call();
      setState(s);
      if (s.ok) router.refresh();
    });
  return { pending, state, go };
}

function Outcome({ state, done }: { state: SocialOrderActionState | null; done: string }) {
  const t = useTranslations('socialOrder');
  if (!state) return null;
  if (state.ok) return <p role="status" className="text-green-800">{done}</p>;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800" data-testid="social-order-error">
      <p>{t(`errors.${state.code}` as never, state.params as never)}</p>
      {state.violations && state.violations.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {state.violations.map((v) => (
            <li key={v}>{t(`violations.${v}` as never)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ApproveCommissionButton({ competitionId, commissionId, version }: { competitionId: string; commissionId: string; version: number }) {
  const t = useTranslations('socialOrder.detail');
  const { pending, state, go } = useAction();
  return (
    <div className="flex flex-col gap-2">
      <button type="button" className={`${primary} self-start`} disabled={pending} onClick={() => go(() => approveCommissionAction({ competitionId, commissionId, expectedVersion: version }))}>
        {t('approveCommission')}
      </button>
      <Outcome state={state} done={t('commissionApproved')} />
    </div>
  );
}

export function ComputeRankingButton({ competitionId }: { competitionId: string }) {
  const t = useTranslations('socialOrder.detail');
  const { pending, state, go } = useAction();
  return (
    <div className="flex flex-col gap-2">
      <button type="button" className={`${primary} self-start`} disabled={pending} onClick={() => go(() => computeRankingAction({ competitionId }))}>
        {t('computeRanking')}
      </button>
      <Outcome state={state} done={t('rankingComputed')} />
    </div>
  );
}
