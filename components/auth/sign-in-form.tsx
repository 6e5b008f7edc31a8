'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { signInSchema, type SignInInput } from '@/lib/validation/sign-in';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth');
  const te = useTranslations('errors');
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      const code = result?.error ?? 'generic';
      setServerError(te.has(code) ? te(code, { minutes: 15 }) : te('invalidCredentials'));
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  });

  const err = (key: keyof SignInInput) => (errors[key]?.message ? te(errors[key]!.message as never) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {serverError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {serverError}
        </p>
      )}
      <FormField id="email" label={t('email')} error={err('email')}>
        <input type="email" autoComplete="username" className={inputClass} {...describedBy('email', { error: !!errors.email })} {...register('email')} />
      </FormField>
      <FormField id="password" label={t('password')} error={err('password')}>
        <input type="password" autoComplete="current-password" className={inputClass} {...describedBy('password', { error: !!errors.password })} {...register('password')} />
      </FormField>
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
