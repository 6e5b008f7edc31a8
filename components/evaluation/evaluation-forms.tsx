'use client';

import { useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormField, describedBy, inputClass } from '@/components/ui/form-field';
import { EVALUATION_CRITERIA } from '@/lib/rules/evaluation';

export type FormState = { ok: true } | { ok: false; fieldErrors: Record<string, string>; formError: string } | null;
type Action = (input: unknown) => Promise<FormState>;

const button = 'self-start rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';

/** Shared plumbing: submit without resetting what was typed; show the refusal; refresh on success. */
function useActionForm(action: Action, toInput: (fd: FormData) => unknown) {
  const router = useRouter();
  const [state, setState] = useState<FormState>(null);
  const [pending, start] = useTransition();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const input = toInput(new FormData(e.currentTarget));
    start(async () => {
      const r = await action(input);
      setState(r);
      if (r?.ok) router.refresh();
    });
  };
  return { state, pending, onSubmit };
}

function Feedback({ state, okText }: { state: FormState; okText?: string }) {
  const t = useTranslations('evaluation');
  if (!state) return null;
  if (state.ok) return okText ? <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">{okText}</p> : null;
  return <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">{t(`errors.${state.formError}` as never)}</p>;
}

function useFieldError(state: FormState) {
  const tr = useTranslations();
  return (k: string) => (state && !state.ok && state.fieldErrors[k] ? tr(state.fieldErrors[k] as never) : undefined);
}

/** §3.4 L3362–3372: the operator picks the council from the expert register. */
export function CouncilForm({ agreementId, expectedVersion, experts, action }: { agreementId: string; expectedVersion: number; experts: { id: string; name: string; note: string }[]; action: Action }) {
  const t = useTranslations('evaluation');
  const { state, pending, onSubmit } = useActionForm(action, (fd) => ({ agreementId, expectedVersion, expertIds: fd.getAll('expertIds').map(String) }));
  const err = useFieldError(state);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
      <Feedback state={state} />
      <fieldset aria-describedby={err('expertIds') ? 'expertIds-error' : undefined}>
        <legend className="font-semibold">{t('council.pick')}</legend>
        <ul className="mt-2 flex flex-col gap-2">
          {experts.map((e) => (
            <li key={e.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="expertIds" value={e.id} className="mt-1" />
                <span>
                  <span className="font-medium">{e.name}</span>
                  {e.note && <span className="block text-sm text-slate-600">{e.note}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {err('expertIds') && <p id="expertIds-error" role="alert" className="mt-2 text-sm font-medium text-red-700">{err('expertIds')}</p>}
      </fieldset>
      <button type="submit" className={button} disabled={pending}>{t('council.submit')}</button>
    </form>
  );
}

/** §3.4 L3367–3372: the member's notice on the presence / absence of a conflict of interest. */
export function DeclarationForm({ evaluationId, action }: { evaluationId: string; action: Action }) {
  const t = useTranslations('evaluation');
  const { state, pending, onSubmit } = useActionForm(action, (fd) => ({
    evaluationId,
    hasConflict: fd.get('hasConflict') === 'yes' ? true : fd.get('hasConflict') === 'no' ? false : undefined,
    reason: String(fd.get('reason') ?? ''),
  }));
  const err = useFieldError(state);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="coi-heading">
      <h2 id="coi-heading" className="text-xl font-semibold">{t('expert.coiTitle')}</h2>
      <p>{t('expert.coiText')}</p>
      <Feedback state={state} />
      <fieldset aria-describedby={err('hasConflict') ? 'hasConflict-error' : undefined}>
        <legend className="font-medium">{t('expert.coiQuestion')}</legend>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="hasConflict" value="no" /> {t('expert.noConflict')}
        </label>
        <label className="mt-1 flex items-center gap-2">
          <input type="radio" name="hasConflict" value="yes" /> {t('expert.hasConflict')}
        </label>
        {err('hasConflict') && <p id="hasConflict-error" role="alert" className="text-sm font-medium text-red-700">{err('hasConflict')}</p>}
      </fieldset>
      <FormField id="reason" label={t('expert.reason')} error={err('reason')}>
        <textarea name="reason" rows={3} className={inputClass} {...describedBy('reason', { error: !!err('reason') })} />
      </FormField>
      <button type="submit" className={button} disabled={pending}>{t('expert.declare')}</button>
    </form>
  );
}

/** EV-1 (L3374–3402): 1–5 points per criterion. */
export function ScoreForm({ evaluationId, action }: { evaluationId: string; action: Action }) {
  const t = useTranslations('evaluation');
  const { state, pending, onSubmit } = useActionForm(action, (fd) => ({
    evaluationId,
    scores: Object.fromEntries(EVALUATION_CRITERIA.map((k) => [k, fd.get(k) || undefined])),
    comment: String(fd.get('comment') ?? ''),
  }));
  const err = useFieldError(state);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="score-heading">
      <h2 id="score-heading" className="text-xl font-semibold">{t('expert.scoreTitle')}</h2>
      <p className="text-sm text-slate-600">{t('expert.scale')}</p>
      <Feedback state={state} />
      {EVALUATION_CRITERIA.map((k) => (
        <FormField key={k} id={`score-${k}`} label={t(`criteria.${k}`)} hint={t(`criteriaHint.${k}`)} error={err(`scores.${k}`)}>
          <select name={k} defaultValue="" className={`${inputClass} max-w-32`} {...describedBy(`score-${k}`, { hint: true, error: !!err(`scores.${k}`) })}>
            <option value="">—</option>
            {[1, 2, 3, 4, 5].map((v) => (
              <option key={v} value={v}>{v}</option>
            ))}
          </select>
        </FormField>
      ))}
      <FormField id="comment" label={t('expert.comment')} error={err('comment')}>
        <textarea name="comment" rows={3} className={inputClass} {...describedBy('comment', { error: !!err('comment') })} />
      </FormField>
      <button type="submit" className={button} disabled={pending}>{t('expert.submitScores')}</button>
    </form>
  );
}

/** EV-3 / EV-6: the preliminary or final report text (kk + ru). */
export function ReportForm({ evaluationId, expectedVersion, action, title, submit, children }: { evaluationId: string; expectedVersion: number; action: Action; title: string; submit: string; children?: ReactNode }) {
  const t = useTranslations('evaluation');
  const { state, pending, onSubmit } = useActionForm(action, (fd) => ({ evaluationId, expectedVersion, summaryKk: fd.get('summaryKk'), summaryRu: fd.get('summaryRu') }));
  const err = useFieldError(state);
  const id = title.length;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" aria-label={title}>
      <h3 className="text-lg font-semibold">{title}</h3>
      {children}
      <Feedback state={state} />
      <FormField id={`summaryKk-${id}`} label={t('report.textKk')} error={err('summaryKk')}>
        <textarea name="summaryKk" rows={5} className={inputClass} {...describedBy(`summaryKk-${id}`, { error: !!err('summaryKk') })} />
      </FormField>
      <FormField id={`summaryRu-${id}`} label={t('report.textRu')} error={err('summaryRu')}>
        <textarea name="summaryRu" rows={5} className={inputClass} {...describedBy(`summaryRu-${id}`, { error: !!err('summaryRu') })} />
      </FormField>
      <button type="submit" className={button} disabled={pending}>{submit}</button>
    </form>
  );
}

/** EV-4: a signed-in user's comment during the public discussion. */
export function CommentForm({ evaluationId, action }: { evaluationId: string; action: Action }) {
  const t = useTranslations('evaluation');
  const { state, pending, onSubmit } = useActionForm(action, (fd) => ({ evaluationId, text: fd.get('text') }));
  const err = useFieldError(state);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
      <Feedback state={state} okText={t('public.commentSent')} />
      <FormField id="comment-text" label={t('public.commentLabel')} error={err('text')}>
        <textarea name="text" rows={4} className={inputClass} {...describedBy('comment-text', { error: !!err('text') })} />
      </FormField>
      <button type="submit" className={button} disabled={pending}>{t('public.send')}</button>
    </form>
  );
}

/** EV-5: the organiser accepts or rejects a comment with a justification. */
export function RespondForm({ commentId, action }: { commentId: string; action: Action }) {
  const t = useTranslations('evaluation');
  const { state, pending, onSubmit } = useActionForm(action, (fd) => ({
    commentId,
    accepted: fd.get('accepted') === 'yes' ? true : fd.get('accepted') === 'no' ? false : undefined,
    response: fd.get('response'),
  }));
  const err = useFieldError(state);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-col gap-2">
      <Feedback state={state} />
      <fieldset className="flex gap-4" aria-describedby={err('accepted') ? `accepted-${commentId}-error` : undefined}>
        <legend className="sr-only">{t('discussion.decision')}</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="accepted" value="yes" /> {t('discussion.accept')}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="accepted" value="no" /> {t('discussion.reject')}
        </label>
      </fieldset>
      {err('accepted') && <p id={`accepted-${commentId}-error`} role="alert" className="text-sm font-medium text-red-700">{err('accepted')}</p>}
      <FormField id={`response-${commentId}`} label={t('discussion.response')} error={err('response')}>
        <textarea name="response" rows={2} className={inputClass} {...describedBy(`response-${commentId}`, { error: !!err('response') })} />
      </FormField>
      <button type="submit" className="self-start rounded border border-brand-700 px-3 py-1 text-brand-700" disabled={pending}>{t('discussion.respond')}</button>
    </form>
  );
}
