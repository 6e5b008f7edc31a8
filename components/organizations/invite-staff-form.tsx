'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { inviteStaffAction } from '@/app/ngo/members/actions';
import { staffInvitationSchema, type StaffInvitationInput } from '@/lib/validation/organization-profile';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { InvitationLink } from './invitation-link';
import { useErrorText } from './use-error-text';

/** The head types an e-mail; the one-time link is shown once, to pass on (no mail delivery yet). */
export function InviteStaffForm() {
  const t = useTranslations('orgMembers');
  const format = useFormatter();
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; path: string; expiresAt: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<StaffInvitationInput>({ resolver: zodResolver(staffInvitationSchema), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setCreated(null);
    const result = await inviteStaffAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as 'email', { type: 'server', message: code });
      if (result.formError) setFormError(result.formError);
      return;
    }
    setCreated({ email: result.email, path: result.path, expiresAt: result.expiresAt });
    reset({ email: '' });
    router.refresh();
  });

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <FormField id="invite-email" label={t('inviteEmail')} hint={t('inviteHint')} error={errorText(errors.email?.message)}>
            <input type="email" autoComplete="off" className={inputClass} {...describedBy('invite-email', { hint: true, error: !!errors.email })} {...register('email')} />
          </FormField>
        </div>
        <button type="submit" disabled={isSubmitting} className="self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:mb-7 sm:self-auto">
          {isSubmitting ? t('inviting') : t('invite')}
        </button>
      </form>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      {created && (
        <div role="status" className="flex flex-col gap-2 rounded border border-green-300 bg-green-50 p-4 text-green-950">
          <p className="font-medium">{t('invitationCreated', { email: created.email, expires: format.dateTime(new Date(created.expiresAt), { dateStyle: 'long', timeStyle: 'short' }) })}</p>
          <p className="text-sm">{t('noMailYet')}</p>
          <InvitationLink path={created.path} />
        </div>
      )}
    </div>
  );
}
