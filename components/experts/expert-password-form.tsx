'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { acceptExpertInvitationAction } from '@/app/(public)/expert-invitations/[token]/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { expertPasswordSchema, type ExpertPasswordInput } from '@/lib/services/experts/expert-input';
import { PASSWORD_MIN_LENGTH } from '@/lib/validation/registration';

/** The invited expert sets a password; then they are signed in and sent to the expert workspace. */
export function ExpertPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('experts');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ExpertPasswordInput>({ resolver: zodResolver(expertPasswordSchema), defaultValues: { password: '', passwordConfirm: '' } });
  const errorText = (code?: string) => (code ? (t.has(`errors.${code}` as never) ? t(`errors.${code}` as never) : t('errors.generic')) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await acceptExpertInvitationAction(token, values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as keyof ExpertPasswordInput, { type: 'server', message: code });
      setFormError(result.formError);
      return;
    }
    const signedIn = await signIn('credentials', { email: result.email, password: values.password, redirect: false });
    router.push(signedIn?.ok ? '/expert' : '/sign-in?callbackUrl=%2Fexpert');
    router.refresh();
  });

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">{t('accept.formTitle')}</h2>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <FormField id="password" label={t('accept.password')} hint={t('accept.passwordHint', { min: PASSWORD_MIN_LENGTH })} error={errorText(errors.password?.message)}>
        <input type="password" autoComplete="new-password" className={inputClass} {...describedBy('password', { hint: true, error: !!errors.password })} {...register('password')} />
      </FormField>
      <FormField id="passwordConfirm" label={t('accept.passwordConfirm')} error={errorText(errors.passwordConfirm?.message)}>
        <input type="password" autoComplete="new-password" className={inputClass} {...describedBy('passwordConfirm', { error: !!errors.passwordConfirm })} {...register('passwordConfirm')} />
      </FormField>
      <button type="submit" disabled={isSubmitting} className="self-start rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('accept.activating') : t('accept.activate')}
      </button>
    </form>
  );
}
