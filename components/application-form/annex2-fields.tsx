'use client';

import { useTranslations } from 'next-intl';
import { LocalizedField, NumberField, TextField } from './fields';

/** Annex 2 — applicant questionnaire. */
export function Annex2Fields() {
  const t = useTranslations('annex2');
  return (
    <div className="flex flex-col gap-5">
      <LocalizedField name="legalName" label={t('legalName')} maxLength={500} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="bin" label={t('bin')} maxLength={12} />
        <TextField name="registrationDate" type="date" label={t('registrationDate')} />
      </div>
      <LocalizedField name="legalAddress" label={t('legalAddress')} maxLength={500} />
      <LocalizedField name="actualAddress" label={t('actualAddress')} maxLength={500} />
      <LocalizedField name="charterSubject" label={t('charterSubject')} multiline maxLength={2000} />
      <LocalizedField name="charterPurpose" label={t('charterPurpose')} multiline maxLength={2000} />
      <fieldset className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-2">
        <legend className="px-1 font-semibold">{t('head')}</legend>
        <TextField name="head.fullName" label={t('head_fullName')} maxLength={200} />
        <TextField name="head.position" label={t('head_position')} maxLength={200} />
        <TextField name="head.phone" type="tel" label={t('head_phone')} maxLength={40} />
        <TextField name="head.email" type="email" label={t('head_email')} maxLength={254} />
      </fieldset>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField name="phone" type="tel" label={t('phone')} maxLength={40} />
        <TextField name="email" type="email" label={t('email')} maxLength={254} />
        <TextField name="website" type="url" label={t('website')} maxLength={500} />
      </div>
      <fieldset className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-3">
        <legend className="px-1 font-semibold">{t('bank')}</legend>
        <TextField name="bank.name" label={t('bank_name')} maxLength={300} />
        <TextField name="bank.bic" label={t('bank_bic')} maxLength={11} />
        <TextField name="bank.iban" label={t('bank_iban')} maxLength={40} />
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <NumberField name="staffCount" label={t('staffCount')} />
        <NumberField name="volunteersCount" label={t('volunteersCount')} />
      </div>
    </div>
  );
}
