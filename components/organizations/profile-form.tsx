'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { updateProfileAction } from '@/app/ngo/profile/actions';
import {
  FOUNDER_KINDS,
  MAX_ACTIVITY_TYPES,
  MAX_FOUNDERS,
  PROFILE_LEGAL_FORMS,
  organizationProfileSchema,
  type OrganizationProfile,
  type OrganizationProfileInput,
} from '@/lib/validation/organization-profile';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { useErrorText } from './use-error-text';

type Field = FieldPath<OrganizationProfileInput>;

const sectionClass = 'flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5';
const legendClass = 'px-1 text-lg font-semibold';
const secondaryButton = 'rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100';
const removeButton = 'rounded border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50';

/** Reads a nested error message by its dotted path (founders.0.identifier). */
function errorAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (node && typeof node === 'object') {
    const own = (node as { message?: unknown }).message;
    if (typeof own === 'string') return own;
    const root = (node as { root?: { message?: unknown } }).root?.message;
    if (typeof root === 'string') return root;
  }
  return undefined;
}

export function ProfileForm({ initial, regions }: { initial: OrganizationProfileInput; regions: { code: string; name: string }[] }) {
  const t = useTranslations('orgProfile');
  const tf = useTranslations('legalForms');
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    reset,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<OrganizationProfileInput, unknown, OrganizationProfile>({
    resolver: zodResolver(organizationProfileSchema),
    defaultValues: initial,
    shouldFocusError: true,
  });
  const activities = useFieldArray({ control, name: 'activityTypes' });
  const founders = useFieldArray({ control, name: 'founders', keyName: 'key' });

  const onSubmit = handleSubmit(
    async () => {
      setFormError(null);
      setSaved(null);
      // The typed values (not the parsed output) go to the server, which parses them with the same schema.
      const result = await updateProfileAction(getValues());
      if (!result.ok) {
        const fields = Object.entries(result.fieldErrors);
        for (const [field, code] of fields) setError(field as Field, { type: 'server', message: code });
        if (fields[0]) setFocus(fields[0][0] as Field);
        setFormError(result.formError ?? 'fixErrors');
        return;
      }
      reset(result.values);
      setSaved(result.changed);
      router.refresh();
    },
    () => {
      setSaved(null);
      setFormError('fixErrors');
    },
  );

  const err = (path: string) => errorText(errorAt(errors, path));
  const field = (name: Field, id: string = name.replaceAll('.', '-'), hint = false) => ({
    ...describedBy(id, { hint, error: !!errorAt(errors, name) }),
    ...register(name),
  });
  const idOf = (name: string) => name.replaceAll('.', '-');

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {formError === 'fixErrors' ? t('fixErrors') : errorText(formError)}
        </p>
      )}
      {saved !== null && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {saved === 0 ? t('nothingChanged') : t('saved')}
        </p>
      )}
      <input type="hidden" {...register('updatedAt')} />

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t('legalSection')}</legend>
        <FormField id="legalForm" label={t('legalForm')} hint={t('legalFormHint')} error={err('legalForm')}>
          <select className={inputClass} {...field('legalForm', 'legalForm', true)}>
            {PROFILE_LEGAL_FORMS.map((form) => (
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
        <FormField id="registeredOn" label={t('registeredOn')} error={err('registeredOn')}>
          <input type="date" className={`${inputClass} max-w-xs`} {...field('registeredOn')} />
        </FormField>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t('charterSection')}</legend>
        <FormField id="charterSubjectKk" label={t('charterSubjectKk')} error={err('charterSubjectKk')}>
          <textarea lang="kk" rows={3} className={inputClass} {...field('charterSubjectKk')} />
        </FormField>
        <FormField id="charterSubjectRu" label={t('charterSubjectRu')} error={err('charterSubjectRu')}>
          <textarea lang="ru" rows={3} className={inputClass} {...field('charterSubjectRu')} />
        </FormField>
        <FormField id="charterPurposeKk" label={t('charterPurposeKk')} error={err('charterPurposeKk')}>
          <textarea lang="kk" rows={4} className={inputClass} {...field('charterPurposeKk')} />
        </FormField>
        <FormField id="charterPurposeRu" label={t('charterPurposeRu')} error={err('charterPurposeRu')}>
          <textarea lang="ru" rows={4} className={inputClass} {...field('charterPurposeRu')} />
        </FormField>

        <div role="group" aria-labelledby="activity-types-title" className="flex flex-col gap-3">
          <h3 id="activity-types-title" className="font-semibold">
            {t('activityTypes')}
          </h3>
          {activities.fields.length === 0 && <p className="text-sm text-slate-600">{t('noActivityTypes')}</p>}
          <ol className="flex flex-col gap-3">
            {activities.fields.map((item, i) => {
              const name = `activityTypes.${i}.value` as const;
              return (
                <li key={item.id} className="flex items-end gap-2">
                  <div className="flex-1">
                    <FormField id={idOf(name)} label={t('activityType', { n: i + 1 })} error={err(name)}>
                      <input className={inputClass} {...field(name)} />
                    </FormField>
                  </div>
                  <button type="button" className={removeButton} onClick={() => activities.remove(i)} aria-label={t('removeActivityType', { n: i + 1 })}>
                    {t('remove')}
                  </button>
                </li>
              );
            })}
          </ol>
          {err('activityTypes') && (
            <p role="alert" className="text-sm font-medium text-red-700">
              {err('activityTypes')}
            </p>
          )}
          <button
            type="button"
            className={`${secondaryButton} self-start`}
            disabled={activities.fields.length >= MAX_ACTIVITY_TYPES}
            onClick={() => activities.append({ value: '' }, { shouldFocus: true })}
          >
            {t('addActivityType')}
          </button>
        </div>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t('contactsSection')}</legend>
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
        <FormField id="legalAddress" label={t('legalAddress')} error={err('legalAddress')}>
          <input autoComplete="off" className={inputClass} {...field('legalAddress')} />
        </FormField>
        <FormField id="actualAddress" label={t('actualAddress')} error={err('actualAddress')}>
          <input autoComplete="off" className={inputClass} {...field('actualAddress')} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="phone" label={t('phone')} hint={t('phoneHint')} error={err('phone')}>
            <input type="tel" autoComplete="off" className={inputClass} {...field('phone', 'phone', true)} />
          </FormField>
          <FormField id="email" label={t('email')} error={err('email')}>
            <input type="email" autoComplete="off" className={inputClass} {...field('email')} />
          </FormField>
        </div>
        <FormField id="website" label={t('website')} hint={t('websiteHint')} error={err('website')}>
          <input type="url" autoComplete="off" className={inputClass} {...field('website', 'website', true)} />
        </FormField>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t('headSection')}</legend>
        <FormField id="headFullName" label={t('headFullName')} error={err('headFullName')}>
          <input className={inputClass} {...field('headFullName')} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="headPosition" label={t('headPosition')} error={err('headPosition')}>
            <input className={inputClass} {...field('headPosition')} />
          </FormField>
          <FormField id="headIin" label={t('headIin')} hint={t('iinHint')} error={err('headIin')}>
            <input inputMode="numeric" maxLength={12} autoComplete="off" className={`${inputClass} font-mono`} {...field('headIin', 'headIin', true)} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t('foundersSection')}</legend>
        <p className="text-sm text-slate-600">{t('foundersHint')}</p>
        {founders.fields.length === 0 && <p className="text-sm text-slate-600">{t('noFounders')}</p>}
        <ol className="flex flex-col gap-4">
          {founders.fields.map((item, i) => {
            const path = (key: 'kind' | 'fullName' | 'identifier' | 'sharePercent') => `founders.${i}.${key}` as const;
            return (
              <li key={item.key} className="rounded border border-slate-200 p-4">
                <div role="group" aria-labelledby={`founder-${i}-title`} className="flex flex-col gap-3">
                  <div className="flex items-center justify-between gap-2">
                    <h3 id={`founder-${i}-title`} className="font-semibold">
                      {t('founder', { n: i + 1 })}
                    </h3>
                    <button type="button" className={removeButton} onClick={() => founders.remove(i)} aria-label={t('removeFounder', { n: i + 1 })}>
                      {t('remove')}
                    </button>
                  </div>
                  <input type="hidden" {...register(`founders.${i}.id`)} />
                  <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
                    <FormField id={idOf(path('kind'))} label={t('founderKind')} error={err(path('kind'))}>
                      <select className={inputClass} {...field(path('kind'))}>
                        {FOUNDER_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`founderKinds.${kind}`)}
                          </option>
                        ))}
                      </select>
                    </FormField>
                    <FormField id={idOf(path('fullName'))} label={t('founderName')} error={err(path('fullName'))}>
                      <input className={inputClass} {...field(path('fullName'))} />
                    </FormField>
                  </div>
                  <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
                    <FormField id={idOf(path('identifier'))} label={t('founderIdentifier')} hint={t('founderIdentifierHint')} error={err(path('identifier'))}>
                      <input inputMode="numeric" maxLength={12} autoComplete="off" className={`${inputClass} font-mono`} {...field(path('identifier'), idOf(path('identifier')), true)} />
                    </FormField>
                    <FormField id={idOf(path('sharePercent'))} label={t('founderShare')} error={err(path('sharePercent'))}>
                      <input inputMode="numeric" maxLength={3} autoComplete="off" className={inputClass} {...field(path('sharePercent'))} />
                    </FormField>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
        {err('founders') && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {err('founders')}
          </p>
        )}
        <button
          type="button"
          className={`${secondaryButton} self-start`}
          disabled={founders.fields.length >= MAX_FOUNDERS}
          onClick={() => founders.append({ id: '', kind: 'PERSON', fullName: '', identifier: '', sharePercent: '' }, { shouldFocus: true, focusName: `founders.${founders.fields.length}.fullName` })}
        >
          {t('addFounder')}
        </button>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t('bankSection')}</legend>
        <FormField id="bankName" label={t('bankName')} error={err('bankName')}>
          <input className={inputClass} {...field('bankName')} />
        </FormField>
        <FormField id="iban" label={t('iban')} hint={t('ibanHint')} error={err('iban')}>
          <input autoComplete="off" spellCheck={false} maxLength={34} className={`${inputClass} font-mono uppercase`} {...field('iban', 'iban', true)} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="bic" label={t('bic')} hint={t('bicHint')} error={err('bic')}>
            <input autoComplete="off" spellCheck={false} maxLength={11} className={`${inputClass} font-mono uppercase`} {...field('bic', 'bic', true)} />
          </FormField>
          <FormField id="kbe" label={t('kbe')} hint={t('kbeHint')} error={err('kbe')}>
            <input inputMode="numeric" autoComplete="off" maxLength={2} className={`${inputClass} font-mono`} {...field('kbe', 'kbe', true)} />
          </FormField>
        </div>
      </fieldset>

      <button type="submit" disabled={isSubmitting} className="self-start rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('saving') : t('save')}
      </button>
    </form>
  );
}
