'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { createAccountFromInvitationAction, joinFromInvitationAction } from '@/app/(public)/invitations/[token]/actions';
import { PASSWORD_MIN_LENGTH } from '@/lib/validation/registration';
import { invitationAccountSchema, type InvitationAccountInput } from '@/lib/validation/organization-profile';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { useErrorText } from './use-error-text';

/** The invitee creates their account (e-mail fixed by the invitation), then is signed in and sent to the cabinet. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('orgInvitation');
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InvitationAccountInput>({ resolver: zodResolver(invitationAccountSchema), defaultValues: { fullName: '', password: '', passwordConfirm: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createAccountFromInvitationAction(token, values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as keyof InvitationAccountInput, { type: 'server', message: code });
      setFormError(result.formError ?? 'fixErrors');
      return;
    }
    const signedIn = await signIn('credentials', { email: result.email, password: values.password, redirect: false });
    router.push(signedIn?.ok ? '/ngo' : '/sign-in?callbackUrl=%2Fngo');
    router.refresh();
  });
  const field = (key: keyof InvitationAccountInput, hint = false) => ({ ...describedBy(key, { hint, error: !!errors[key] }), ...register(key) });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">{t('createTitle')}</h2>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {formError === 'fixErrors' ? t('fixErrors') : errorText(formError)}
        </p>
      )}
      <FormField id="invitation-email" label={t('email')} hint={t('emailFixed')}>
        <input id="invitation-email" type="email" readOnly value={email} aria-describedby="invitation-email-hint" className={`${inputClass} bg-slate-100`} />
      </FormField>
      <FormField id="fullName" label={t('fullName')} error={errorText(errors.fullName?.message)}>
        <input autoComplete="name" className={inputClass} {...field('fullName')} />
      </FormField>
      <FormField id="password" label={t('password')} hint={t('passwordHint', { min: PASSWORD_MIN_LENGTH })} error={errorText(errors.password?.message)}>
        <input type="password" autoComplete="new-password" className={inputClass} {...field('password', true)} />
      </FormField>
      <FormField id="passwordConfirm" label={t('passwordConfirm')} error={errorText(errors.passwordConfirm?.message)}>
        <input type="password" autoComplete="new-password" className={inputClass} {...field('passwordConfirm')} />
      </FormField>
      <button type="submit" disabled={isSubmitting} className="self-start rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('creating') : t('create')}
      </button>
    </form>
  );
}

/** A signed-in account with the invited e-mail joins with one click. */
export function JoinOrganizationButton({ token }: { token: string }) {
  const t = useTranslations('orgInvitation');
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        disabled={pending}
        className="rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await joinFromInvitationAction(token);
            if (!result.ok) {
              setError(result.formError ?? 'generic');
              return;
            }
            router.push('/ngo');
            router.refresh();
          })
        }
      >
        {pending ? t('joining') : t('join')}
      </button>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
