'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { saveScoreSheetAction, signScoreSheetAction } from '@/app/expert/applications/[id]/score/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { scoreSheetErrors, scoreSheetInputSchema, signedTotal, type CriterionDefinition, type ScoreSheetInput } from '@/lib/services/scoring/score-rules';

export interface ScoreSheetFormCriterion {
  definition: CriterionDefinition;
  title: string;
}

type Values = Record<string, { value: string; comment: string }>;

type Status = { kind: 'idle' } | { kind: 'saved'; version: number } | { kind: 'stale' } | { kind: 'error'; code: string };

/** The form's text → the service's input (a blank score is "not scored yet"; text that is no number stays NaN and is refused). */
function toInput(applicationId: string, expectedVersion: number, criteria: ScoreSheetFormCriterion[], values: Values): ScoreSheetInput {
  return {
    applicationId,
    expectedVersion,
    scores: criteria.map(({ definition }) => {
      const raw = String(values[definition.id]?.value ?? '').trim();
      return { criterionId: definition.id, value: raw === '' ? null : Number(raw.replace(',', '.')), comment: values[definition.id]?.comment ?? '' };
    }),
  };
}

/**
 * The expert's score sheet (SC-1, SC-2): an integer within its range and a comment per
 * criterion; save a draft any time, sign when every criterion is scored and commented.
 * The browser checks with the same engine calls as the server (scoreSheetErrors); the
 * server decides. A stale save (the sheet changed elsewhere, optimistic lock) keeps what was
 * typed and offers a reload.
 */
export function ScoreSheetForm({
  applicationId,
  criteria,
  initialValues,
  initialVersion,
  maxTotal,
}: {
  applicationId: string;
  criteria: ScoreSheetFormCriterion[];
  initialValues: Values;
  initialVersion: number;
  maxTotal: number;
}) {
  const t = useTranslations('scoring');
  const router = useRouter();
  const versionRef = useRef(initialVersion);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const { register, control, getValues, setError, clearErrors, formState } = useForm<Values>({ defaultValues: initialValues });
  const watched = useWatch({ control }) as Values;
  const definitions = criteria.map((c) => c.definition);
  const live = toInput(applicationId, 0, criteria, watched);
  const total = Object.keys(scoreSheetErrors(definitions, live.scores, true)).length === 0 ? signedTotal(definitions, live.scores) : null;
  const errorText = (code?: string) => (code ? (t.has(`errors.${code}` as never) ? t(`errors.${code}` as never) : t('errors.generic')) : undefined);

  const submit = async (sign: boolean) => {
    setStatus({ kind: 'idle' });
    clearErrors();
    const input = toInput(applicationId, versionRef.current, criteria, getValues());
    const local = scoreSheetErrors(definitions, input.scores, sign);
    const parsed = scoreSheetInputSchema.safeParse(input);
    if (Object.keys(local).length > 0 || !parsed.success) {
      for (const [id, code] of Object.entries(local)) setError(code === 'commentRequired' || code === 'commentNeedsScore' ? `${id}.comment` : `${id}.value`, { type: 'client', message: code });
      setStatus({ kind: 'error', code: 'fixErrors' });
      setConfirming(false);
      return;
    }
    setBusy(true);
    try {
      const result = await (sign ? signScoreSheetAction : saveScoreSheetAction)(parsed.data);
      if (!result.ok) {
        for (const [id, code] of Object.entries(result.fieldErrors)) setError(code === 'commentRequired' || code === 'commentNeedsScore' ? `${id}.comment` : `${id}.value`, { type: 'server', message: code });
        setStatus(result.formError === 'staleSheet' ? { kind: 'stale' } : { kind: 'error', code: result.formError });
        setConfirming(false);
        return;
      }
      versionRef.current = result.version;
      setStatus({ kind: 'saved', version: result.version });
      setConfirming(false);
      if (result.status === 'SIGNED') router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-5" aria-label={t('sheet.title')} data-testid="score-sheet-form">
      <div aria-live="polite">
        {status.kind === 'saved' && (
          <p className="rounded border border-green-300 bg-green-50 p-3 text-green-900" data-testid="sheet-saved">
            {t('sheet.saved', { version: status.version })}
          </p>
        )}
      </div>
      {status.kind === 'stale' && (
        <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-3 text-amber-900" data-testid="sheet-stale">
          <p>{t('sheet.stale')}</p>
          <button type="button" onClick={() => window.location.reload()} className="mt-2 rounded border border-amber-700 px-3 py-1 font-medium">
            {t('sheet.reload')}
          </button>
        </div>
      )}
      {status.kind === 'error' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(status.code)}
        </p>
      )}
      {criteria.map(({ definition: c, title }, i) => {
        const valueError = errorText(formState.errors[c.id]?.value?.message);
        const commentError = errorText(formState.errors[c.id]?.comment?.message);
        const range = c.allowed ? t('sheet.allowed', { values: c.allowed.join(', ') }) : t('sheet.range', { min: c.min, max: c.max });
        return (
          <fieldset key={c.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`criterion-${c.id}`}>
            <legend className="px-1 font-semibold">
              {i + 1}. {title}
            </legend>
            <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
              <FormField id={`score-${c.id}`} label={t('sheet.score')} hint={range} error={valueError}>
                <input
                  type="number"
                  inputMode="numeric"
                  step={1}
                  min={c.min}
                  max={c.max}
                  className={inputClass}
                  {...describedBy(`score-${c.id}`, { hint: true, error: !!valueError })}
                  {...register(`${c.id}.value`)}
                />
              </FormField>
              <FormField id={`comment-${c.id}`} label={t('sheet.comment')} error={commentError}>
                <textarea rows={3} className={inputClass} {...describedBy(`comment-${c.id}`, { error: !!commentError })} {...register(`${c.id}.comment`)} />
              </FormField>
            </div>
          </fieldset>
        );
      })}
      <p className="font-semibold" data-testid="sheet-total">
        {total && total.ok ? t('sheet.total', { total: total.total, max: maxTotal }) : t('sheet.totalPending', { max: maxTotal })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" disabled={busy} onClick={() => void submit(false)} className="rounded border border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
          {busy && !confirming ? t('sheet.saving') : t('sheet.save')}
        </button>
        {!confirming ? (
          <button type="button" disabled={busy} onClick={() => setConfirming(true)} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            {t('sheet.sign')}
          </button>
        ) : (
          <span className="flex flex-wrap items-center gap-3 rounded border border-brand-600 p-2" role="group" aria-label={t('sheet.sign')}>
            <span>{t('sheet.signConfirm')}</span>
            <button type="button" disabled={busy} onClick={() => void submit(true)} className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
              {busy ? t('sheet.signing') : t('sheet.signConfirmButton')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)} className="rounded border border-slate-400 px-4 py-1.5">
              {t('sheet.cancel')}
            </button>
          </span>
        )}
      </div>
    </form>
  );
}
