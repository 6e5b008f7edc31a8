'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { registerNgoAction } from '@/app/(public)/register/actions';
import { PASSWORD_MIN_LENGTH, REGISTRATION_LEGAL_FORMS, registrationSchema, type RegistrationInput } from '@/lib/validation/registration';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

export interface RegionOption {
  code: string;
  name: string;
}

const empty: RegistrationInput = {
  bin: '',
  legalForm: '' as RegistrationInput['legalForm'],
  nameKk: '',
  nameRu: '',
  regionCode: '',
  fullName: '',
  email: '',
  password: '',
  passwordConfirm: '',
};

export function RegistrationForm({ regions }: { regions: RegionOption[] }) {
  const t = useTranslations('register');
  const te = useTranslations('errors');
  const tf = useTranslations('legalForms');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationInput>({ resolver: zodResolver(registrationSchema), defaultValues: empty, shouldFocusError: true });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    // The server checks everything again; its refusals land on the same fields, and
    // nothing the user typed is cleared.
    const result = await registerNgoAction(values);
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors);
      for (const [field, code] of fields) setError(field as keyof RegistrationInput, { type: 'server', message: code });
      if (fields[0]) setFocus(fields[0][0] as keyof RegistrationInput);
      setFormError(result.formError ?? 'fixErrors');
      return;
    }
    const signedIn = await signIn('credentials', { email: values.email, password: values.password, redirect: false });
    router.push(signedIn?.ok ? '/ngo' : '/sign-in');
    router.refresh();
  });

  const err = (key: keyof RegistrationInput) => {
    const code = errors[key]?.message;
    return code ? (te.has(code) ? te(code as never) : code) : undefined;
  };
  const field = (key: keyof RegistrationInput, hint = false) => ({ ...describedBy(key, { hint, error: !!errors[key] }), ...register(key) });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {formError === 'fixErrors' ? t('fixErrors') : te.has(formError) ? te(formError as never) : te('generic')}
        </p>
      )}
      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">{t('organizationSection')}</legend>
        <FormField id="bin" label={t('bin')} hint={t('binHint')} error={err('bin')}>
          <input inputMode="numeric" autoComplete="off" maxLength={12} className={inputClass} {...field('bin', true)} />
        </FormField>
        <FormField id="legalForm" label={t('legalForm')} error={err('legalForm')}>
          <select className={inputClass} {...field('legalForm')}>
            <option value="">{t('chooseLegalForm')}</option>
            {REGISTRATION_LEGAL_FORMS.map((form) => (
              <option key={form} value={form}>
                {tf(form)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="nameKk" label={t('nameKk')} error={err('nameKk')}>
          <input lang="kk" className={inputClass} {...field('nameKk')} />
        </FormField>
        <FormField id="nameRu" label={t('nameRu')} error={err('nameRu')}>
          <input lang="ru" className={inputClass} {...field('nameRu')} />
        </FormField>
        <FormField id="regionCode" label={t('region')} error={err('regionCode')}>
          <select className={inputClass} {...field('regionCode')}>
            <option value="">{t('chooseRegion')}</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </FormField>
      </fieldset>
      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">{t('headSection')}</legend>
        <FormField id="fullName" label={t('fullName')} error={err('fullName')}>
          <input autoComplete="name" className={inputClass} {...field('fullName')} />
        </FormField>
        <FormField id="email" label={t('email')} error={err('email')}>
          <input type="email" autoComplete="email" className={inputClass} {...field('email')} />
        </FormField>
        <FormField id="password" label={t('password')} hint={t('passwordHint', { min: PASSWORD_MIN_LENGTH })} error={err('password')}>
          <input type="password" autoComplete="new-password" className={inputClass} {...field('password', true)} />
        </FormField>
        <FormField id="passwordConfirm" label={t('passwordConfirm')} error={err('passwordConfirm')}>
          <input type="password" autoComplete="new-password" className={inputClass} {...field('passwordConfirm')} />
        </FormField>
      </fieldset>
      <button type="submit" disabled={isSubmitting} className="self-start rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
