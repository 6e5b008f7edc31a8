'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { decideAdmissionAction, publishResultsAction, recordVotesAction, type SocialOrderActionState } from '@/app/operator/social-order/[id]/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

const primary = 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';
const secondary = 'rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';

function Refusal({ state }: { state: SocialOrderActionState | null }) {
  const t = useTranslations('socialOrder');
  if (!state || state.ok) return null;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800" data-testid="social-order-error">
      {t(`errors.${state.code}` as never, (state.params ?? {}) as never)}
    </p>
  );
}

/**
 * Stage 6 task 1 for one submitted bid: admit, or not admit with a comment. SO-2: a dumping
 * bid cannot be admitted — the admit button is not offered and the server refuses it anyway.
 */
export function AdmissionDecisionForm({ competitionId, applicationId, version, dumping, label }: { competitionId: string; applicationId: string; version: number; dumping: boolean; label: string }) {
  const t = useTranslations('socialOrder.admission');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [comment, setComment] = useState(dumping ? t('dumpingComment') : '');
  const [state, setState] = useState<SocialOrderActionState | null>(null);
  const id = `so-comment-${applicationId}`;
  const decide = (admitted: boolean) =>
    start(async () => {
      const r = await decideAdmissionAction(competitionId, { applicationId, expectedVersion: version, admitted, comment });
      setState(r);
      if (r.ok) router.refresh();
    });
  const fieldError = state && !state.ok && state.field === 'comment';
  return (
    <div className="flex flex-col gap-2" data-testid={`so-admission-${applicationId}`}>
      <FormField id={id} label={t('comment', { ngo: label })} error={fieldError ? t('commentRequired') : undefined}>
        <textarea rows={2} className={inputClass} value={comment} onChange={(e) => setComment(e.target.value)} {...describedBy(id, { error: !!fieldError })} />
      </FormField>
      <div className="flex flex-wrap gap-2">
        {!dumping && (
          <button type="button" className={primary} disabled={pending} onClick={() => decide(true)}>
            {t('admit')}
            <span className="sr-only"> — {label}</span>
          </button>
        )}
        <button type="button" className={secondary} disabled={pending} onClick={() => decide(false)}>
          {t('reject')}
          <span className="sr-only"> — {label}</span>
        </button>
      </div>
      {!fieldError && <Refusal state={state} />}
    </div>
  );
}

export interface VoteMember {
  id: string;
  name: string;
  chair: boolean;
}

/**
 * CM-2 (L2574–2578): each voting member's vote on the lot's ranking, recorded by the
 * secretary as the portal vote — FOR / AGAINST / ABSTAIN or not voted; adopted by a
 * majority of ALL members, a tie broken by the chair.
 */
export function VotesForm({ competitionId, decisionId, members }: { competitionId: string; decisionId: string; members: VoteMember[] }) {
  const t = useTranslations('socialOrder.votes');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [votes, setVotes] = useState<Record<string, 'FOR' | 'AGAINST' | 'ABSTAIN' | ''>>(Object.fromEntries(members.map((m) => [m.id, ''])));
  const [state, setState] = useState<SocialOrderActionState | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const cast = Object.entries(votes).flatMap(([memberId, vote]) => (vote ? [{ memberId, vote }] : []));
    start(async () => {
      const r = await recordVotesAction(competitionId, { decisionId, votes: cast });
      setState(r);
      if (r.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label={t('formLabel')}>
      <p className="text-sm text-slate-600">{t('rule')}</p>
      {members.map((m) => (
        <fieldset key={m.id} className="flex flex-wrap items-center gap-4 rounded border border-slate-200 p-3">
          <legend className="px-1 font-medium">
            {m.name}
            {m.chair && <span className="ml-1 text-sm text-slate-600">({t('chair')})</span>}
          </legend>
          {(['FOR', 'AGAINST', 'ABSTAIN', ''] as const).map((v) => (
            <label key={v || 'none'} className="flex items-center gap-1">
              <input type="radio" name={`vote-${m.id}`} value={v} checked={votes[m.id] === v} onChange={() => setVotes((s) => ({ ...s, [m.id]: v }))} />
              {t(v || 'NONE')}
            </label>
          ))}
        </fieldset>
      ))}
      <Refusal state={state} />
      <button type="submit" className={`${primary} self-start`} disabled={pending}>
        {t('record')}
      </button>
    </form>
  );
}

/** SO-1: publish the adopted ranking — bids become WINNER / NOT_WINNER, NGOs notified. */
export function PublishResultsButton({ competitionId, version }: { competitionId: string; version: number }) {
  const t = useTranslations('socialOrder.publish');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<SocialOrderActionState | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        className={`${primary} self-start`}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await publishResultsAction(competitionId, { expectedVersion: version });
            setState(r);
            if (r.ok) router.refresh();
          })
        }
      >
        {t('button')}
      </button>
      {state?.ok && <p role="status" className="text-green-800">{t('done')}</p>}
      <Refusal state={state} />
    </div>
  );
}
