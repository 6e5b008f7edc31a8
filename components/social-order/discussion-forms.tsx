'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo, useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { kzCalendar } from '@/lib/rules';
import { checkDiscussionWindow } from '@/lib/services/social-order/discussion';
import { openDiscussionAction, reviewCommentAction, type DiscussionActionState } from '@/app/operator/social-order/discussions/[planId]/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

const primary = 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';
const secondary = 'rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';

const windowSchema = z.object({
  opensOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate'),
  closesOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate'),
});
type WindowValues = z.infer<typeof windowSchema>;

/** Stage 3: the discussion window, with the ≥ 10 working days check shown live (DL-2 calendar). */
export function OpenDiscussionForm({ planId, defaults, overrides }: { planId: string; defaults: WindowValues; overrides: { extraDaysOff: string[]; extraWorkingDays: string[] } }) {
  const t = useTranslations('socialOrder');
  const router = useRouter();
  const [state, setState] = useState<DiscussionActionState | null>(null);
  const { register, handleSubmit, control, setError, formState: { errors, isSubmitting } } = useForm<WindowValues>({ resolver: zodResolver(windowSchema), defaultValues: defaults });
  const values = useWatch({ control });
  const cal = useMemo(() => kzCalendar(overrides), [overrides]);
  const live = useMemo(() => {
    const p = windowSchema.safeParse(values);
    if (!p.success) return null;
    try {
      return checkDiscussionWindow(p.data, cal);
    } catch {
      return null;
    }
  }, [values, cal]);
  const onSubmit = handleSubmit(async (v) => {
    setState(null);
    const r = await openDiscussionAction(planId, v);
    setState(r);
    if (!r.ok && (r.field === 'opensOn' || r.field === 'closesOn')) setError(r.field, { type: 'server', message: r.code });
    if (r.ok) router.refresh();
  });
  const err = (k: keyof WindowValues) => {
    const code = errors[k]?.message;
    if (!code) return undefined;
    const params = state && !state.ok ? (state.params ?? {}) : {};
    return t(`errors.${code}` as never, params as never);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-4" aria-label={t('discussion.openFormLabel')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="so-opensOn" label={t('discussion.opensOn')} error={err('opensOn')}>
          <input type="date" className={inputClass} {...describedBy('so-opensOn', { error: !!errors.opensOn })} {...register('opensOn')} />
        </FormField>
        <FormField id="so-closesOn" label={t('discussion.closesOn')} error={err('closesOn')}>
          <input type="date" className={inputClass} {...describedBy('so-closesOn', { error: !!errors.closesOn })} {...register('closesOn')} />
        </FormField>
      </div>
      <p aria-live="polite" data-testid="so-discussion-live" className={live && !live.ok ? 'text-amber-900' : 'text-slate-700'}>
        {live && t('discussion.liveCheck', { workingDays: live.workingDays, minWorkingDays: live.minWorkingDays, earliestCloseOn: live.earliestCloseOn })}
      </p>
      {state && !state.ok && !state.field && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{t(`errors.${state.code}` as never, (state.params ?? {}) as never)}</p>
      )}
      {state?.ok && <p role="status" className="text-green-800">{t('discussion.opened')}</p>}
      <button type="submit" className={`${primary} self-start`} disabled={isSubmitting}>
        {t('discussion.open')}
      </button>
    </form>
  );
}

/** F-5.1: accept or reject (with the justification) one on-time comment. */
export function CommentReviewForm({ planId, commentId }: { planId: string; commentId: string }) {
  const t = useTranslations('socialOrder');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [conclusion, setConclusion] = useState('');
  const [state, setState] = useState<DiscussionActionState | null>(null);
  const id = `so-conclusion-${commentId}`;
  const fieldError = state && !state.ok && state.field === 'conclusion' ? t(`errors.${state.code}` as never) : undefined;
  const decide = (decision: 'ACCEPTED' | 'REJECTED') =>
    start(async () => {
      const r = await reviewCommentAction(planId, { commentId, decision, conclusion });
      setState(r);
      if (r.ok) router.refresh();
    });
  return (
    <div className="mt-2 flex flex-col gap-2">
      <FormField id={id} label={t('discussion.conclusion')} hint={t('discussion.conclusionHint')} error={fieldError}>
        <textarea rows={2} className={inputClass} value={conclusion} onChange={(e) => setConclusion(e.target.value)} {...describedBy(id, { hint: true, error: !!fieldError })} />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primary} disabled={pending} onClick={() => decide('ACCEPTED')}>
          {t('discussion.accept')}
        </button>
        <button type="button" className={secondary} disabled={pending} onClick={() => decide('REJECTED')}>
          {t('discussion.reject')}
        </button>
      </div>
      {state && !state.ok && !fieldError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{t(`errors.${state.code}` as never)}</p>
      )}
    </div>
  );
}
