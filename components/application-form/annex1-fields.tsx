'use client';

import { useTranslations } from 'next-intl';
import { LocalizedField, NumberField, TextField } from './fields';

/** Annex 1 — application to take part in the competition. */
export function Annex1Fields() {
  const t = useTranslations('annex1');
  return (
    <div className="flex flex-col gap-5">
      <LocalizedField name="projectTitle" label={t('projectTitle')} maxLength={300} />
      <div className="grid gap-4 md:grid-cols-2">
        <NumberField name="requestedKzt" label={t('requestedKzt')} hint={t('requestedKztHint')} />
        <NumberField name="ownContributionKzt" label={t('ownContributionKzt')} hint={t('ownContributionKztHint')} />
        <TextField name="periodStart" type="date" label={t('periodStart')} />
        <TextField name="periodEnd" type="date" label={t('periodEnd')} />
      </div>
      <LocalizedField name="geography" label={t('geography')} multiline maxLength={1000} />
      <LocalizedField name="summary" label={t('summary')} multiline maxLength={2000} />
      <fieldset className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-2">
        <legend className="px-1 font-semibold">{t('contactPerson')}</legend>
        <TextField name="contactPerson.fullName" label={t('contactPerson_fullName')} autoComplete="name" maxLength={200} />
        <TextField name="contactPerson.position" label={t('contactPerson_position')} maxLength={200} />
        <TextField name="contactPerson.phone" type="tel" label={t('contactPerson_phone')} autoComplete="tel" maxLength={40} />
        <TextField name="contactPerson.email" type="email" label={t('contactPerson_email')} autoComplete="email" maxLength={254} />
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-2">
        <legend className="px-1 font-semibold">{t('signatory')}</legend>
        <TextField name="signatory.fullName" label={t('signatory_fullName')} maxLength={200} />
        <TextField name="signatory.position" label={t('signatory_position')} maxLength={200} />
      </fieldset>
    </div>
  );
}
