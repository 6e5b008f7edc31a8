'use client';

import { useActionState, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { splitAward } from '@/lib/rules';
import { selectLaureatesAction, type SelectLaureatesState } from '@/app/operator/awards/[id]/actions';

const OPERATOR_CODES = new Set(['generic', 'forbidden', 'invalidInput']);

export interface LaureateSelectionNomination {
  applicationId: string;
  name: string;
  bin: string;
  /** SC-2 score text ("12.5 / 15") or null when the cycle has no scores. */
  score: string | null;
}

/**
 * One direction's laureate choice (AW-9, AW-11): check the nominations that become laureates
 * (rank = the order on the list), see the equal split, submit. The outcome and refusals are
 * announced to screen readers.
 */
export function LaureateSelectionForm({
  competitionId,
  lotId,
  version,
  directionLabel,
  amountKzt,
  nominations,
  showScores,
}: {
  competitionId: string;
  lotId: string;
  version: number;
  directionLabel: string;
  amountKzt: number;
  nominations: LaureateSelectionNomination[];
  showScores: boolean;
}) {
  const t = useTranslations('awards');
  const format = useFormatter();
  const [chosen, setChosen] = useState<string[]>([]);
  const [state, action, pending] = useActionState<SelectLaureatesState, FormData>(selectLaureatesAction.bind(null, competitionId), null);
  const money = (v: number) => format.number(v, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  // AW-11 / AW-S preview: equal shares, the remainder to the first by rank (the engine's split).
  const preview = chosen.length > 0 ? splitAward(amountKzt, chosen.length) : [];
  const errorId = `laureates-error-${lotId}`;
  const message =
    state === null || state.ok
      ? null
      : OPERATOR_CODES.has(state.code)
        ? t(`operator.${state.code}` as never)
        : t.has(`errors.${state.code}` as never)
          ? t(`errors.${state.code}` as never, (state.params ?? {}) as never)
          : t('operator.generic');

  return (
    <form action={action} className="flex flex-col gap-3" data-testid={`laureate-form-${lotId}`}>
      <input type="hidden" name="lotId" value={lotId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="flex flex-col gap-2" aria-describedby={message ? errorId : undefined} aria-invalid={message ? true : undefined}>
        <legend className="mb-1 font-medium">{t('selection.legend', { direction: directionLabel })}</legend>
        {/* Ranked order = list order: the checked boxes are submitted in the order shown. */}
        {nominations.map((n) => (
          <label key={n.applicationId} className="flex items-start gap-2 rounded-md border border-slate-200 p-2">
            <input
              type="checkbox"
              name="applicationIds"
              value={n.applicationId}
              checked={chosen.includes(n.applicationId)}
              onChange={(e) =>
                setChosen((prev) => (e.target.checked ? nominations.map((x) => x.applicationId).filter((id) => id === n.applicationId || prev.includes(id)) : prev.filter((id) => id !== n.applicationId)))
              }
              className="mt-1 h-4 w-4 focus-visible:outline-2 focus-visible:outline-brand-700"
            />
            <span>
              {n.name} <span className="font-mono text-xs text-slate-600">{n.bin}</span>
              {showScores && <span className="block text-sm text-slate-700">{n.score === null ? t('selection.notScored') : t('selection.score', { score: n.score })}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-slate-700" data-testid={`laureate-preview-${lotId}`}>
        {chosen.length === 0 ? t('selection.previewNone') : t('selection.preview', { count: chosen.length, share: money(preview[preview.length - 1] ?? 0), amount: money(amountKzt) })}
      </p>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60"
        >
          {pending ? t('selection.saving') : t('selection.submit', { direction: directionLabel })}
        </button>
      </div>
      {message && (
        <p id={errorId} role="alert" className="text-sm text-red-800">
          {message}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="text-sm text-green-900">
          {t('selection.done', { count: state.laureates, share: money(state.shareKzt) })}
        </p>
      )}
    </form>
  );
}
