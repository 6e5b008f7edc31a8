'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { recordMeetingAction } from '@/app/operator/competitions/[id]/results/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { meetingInputSchema, VOTE_CHOICES, type MeetingFormValues, type MeetingInput } from '@/lib/services/results/meeting-input';

export interface MeetingFormMember {
  id: string;
  name: string;
  roleLabel: string;
  votingRight: boolean;
}

export interface MeetingFormDecision {
  decisionId: string;
  title: string;
  outcomeLabel: string;
}

/**
 * The commission meeting record (secretary's form): date and place, protocol number and
 * date, who attended, and per lot the decision's comment and each voting member's vote.
 * The same zod schema as the server; a refused save keeps everything typed.
 */
export function MeetingForm({
  competitionId,
  members,
  decisions,
  defaults,
}: {
  competitionId: string;
  members: MeetingFormMember[];
  decisions: MeetingFormDecision[];
  defaults: MeetingFormValues;
}) {
  const t = useTranslations('results');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MeetingFormValues, unknown, MeetingInput>({ resolver: zodResolver(meetingInputSchema), defaultValues: defaults });
  const errorText = (code?: string) => (code ? (t.has(`errors.${code}` as never) ? t(`errors.${code}` as never) : t('errors.generic')) : undefined);
  const voters = members.filter((m) => m.votingRight);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await recordMeetingAction({ ...values, competitionId });
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) {
        if (['heldAt', 'place', 'protocolNumber', 'protocolDate', 'notes'].includes(field)) setError(field as 'place', { type: 'server', message: code });
      }
      const first = Object.values(result.fieldErrors)[0];
      setFormError(result.formError === 'fixErrors' && first ? first : result.formError);
      return;
    }
    setSaved(true);
    router.refresh();
  });

  const field = (key: 'heldAt' | 'place' | 'protocolNumber' | 'protocolDate' | 'notes', hint = false) => ({
    ...describedBy(`meeting-${key}`, { hint, error: !!errors[key] }),
    ...register(key),
  });

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-5" aria-labelledby="meeting-form-title" data-testid="meeting-form">
      <h3 id="meeting-form-title" className="text-lg font-semibold">
        {t('meeting.formTitle')}
      </h3>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {formError === 'fixErrors' ? t('errors.fixErrors') : errorText(formError)}
        </p>
      )}
      {saved && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('meeting.saved')}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="meeting-heldAt" label={t('meeting.heldAt')} hint={t('meeting.heldAtHint')} error={errorText(errors.heldAt?.message)}>
          <input type="datetime-local" className={inputClass} {...field('heldAt', true)} />
        </FormField>
        <FormField id="meeting-place" label={t('meeting.place')} error={errorText(errors.place?.message)}>
          <input type="text" className={inputClass} {...field('place')} />
        </FormField>
        <FormField id="meeting-protocolNumber" label={t('meeting.protocolNumber')} error={errorText(errors.protocolNumber?.message)}>
          <input type="text" className={inputClass} {...field('protocolNumber')} />
        </FormField>
        <FormField id="meeting-protocolDate" label={t('meeting.protocolDate')} error={errorText(errors.protocolDate?.message)}>
          <input type="date" className={inputClass} {...field('protocolDate')} />
        </FormField>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t('meeting.attendance')}</legend>
        {members.map((m, i) => (
          <div key={m.id}>
            <input type="hidden" {...register(`attendance.${i}.memberId`)} />
            <label className="flex items-center gap-2">
              <input type="checkbox" {...register(`attendance.${i}.present`)} />
              {m.name} <span className="text-sm text-slate-600">({m.roleLabel})</span>
            </label>
          </div>
        ))}
      </fieldset>

      {decisions.map((d, di) => (
        <fieldset key={d.decisionId} className="flex flex-col gap-3 rounded border border-slate-200 p-4">
          <legend className="px-1 font-medium">
            {d.title} — {d.outcomeLabel}
          </legend>
          <input type="hidden" {...register(`decisions.${di}.decisionId`)} />
          <FormField id={`decision-${di}-comment`} label={t('meeting.decisionComment')}>
            <textarea rows={2} className={inputClass} id={`decision-${di}-comment`} {...register(`decisions.${di}.comment`)} />
          </FormField>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('meeting.votesCaption', { lot: d.title })}</caption>
            <thead>
              <tr>
                <th scope="col" className="p-2">
                  {t('meeting.member')}
                </th>
                <th scope="col" className="p-2">
                  {t('meeting.vote')}
                </th>
              </tr>
            </thead>
            <tbody>
              {voters.map((m, vi) => (
                <tr key={m.id} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    {m.name}
                  </th>
                  <td className="p-2">
                    <input type="hidden" {...register(`decisions.${di}.votes.${vi}.memberId`)} />
                    <select className={inputClass} aria-label={t('meeting.voteOf', { member: m.name, lot: d.title })} {...register(`decisions.${di}.votes.${vi}.vote`)}>
                      <option value="">{t('meeting.noVote')}</option>
                      {VOTE_CHOICES.map((v) => (
                        <option key={v} value={v}>
                          {t(`votes.${v}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
      ))}

      <FormField id="meeting-notes" label={t('meeting.notes')} error={errorText(errors.notes?.message)}>
        <textarea rows={3} className={inputClass} {...field('notes')} />
      </FormField>
      <p>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('actions.working') : t('meeting.save')}
        </button>
      </p>
    </form>
  );
}
