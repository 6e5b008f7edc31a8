'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldPath, type Resolver } from 'react-hook-form';
import { inviteExpertAction, updateExpertAction } from '@/app/operator/experts/actions';
import { InvitationLink } from '@/components/organizations/invitation-link';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { EXPERT_LOCALES, inviteExpertSchema, NOMINATION_SOURCES, updateExpertSchema, type UpdateExpertFormValues } from '@/lib/services/experts/expert-input';

export interface Option {
  id: string;
  label: string;
}

/** One form type for both modes: the invite fields (email, locale) and the edit fields are optional here. */
type Values = Omit<UpdateExpertFormValues, 'expertId' | 'expectedVersion'> & { expertId?: string; expectedVersion?: number; email?: string; locale?: 'kk' | 'ru' | 'en' };

const button = 'rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60';

/**
 * The register entry form (GC-5..GC-7, GC-9, CI-1): staff invite a new expert (name,
 * e-mail, directions with years, nominator, employer) or edit an entry (plus declared
 * affiliations and relatives' organisations). The server action parses with the same
 * schema; a refused submit keeps everything typed.
 */
export function ExpertForm({
  mode,
  directions,
  ngos,
  defaults,
}: {
  mode: 'invite' | 'edit';
  directions: Option[];
  ngos: Option[];
  defaults?: Values;
}) {
  const t = useTranslations('experts');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ expertId: string; path?: string } | null>(null);
  const schema = mode === 'invite' ? inviteExpertSchema : updateExpertSchema;
  const {
    register,
    handleSubmit,
    control,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
    defaultValues: defaults ?? {
      fullName: '',
      email: '',
      locale: 'kk',
      nominationSource: 'NGO',
      nominatedByOrganizationId: '',
      employerName: '',
      position: '',
      operatorEmployee: false,
      directions: [{ directionId: '', years: 2 }],
      affiliatedOrganizationIds: [],
      relativesOrganizationIds: [],
    },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'directions' });
  const source = useWatch({ control, name: 'nominationSource' });
  const errorText = (code?: string) => (code ? (t.has(`errors.${code}` as never) ? t(`errors.${code}` as never) : t('errors.generic')) : undefined);
  const errorAt = (path: string): string | undefined => {
    let node: unknown = errors;
    for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return errorText((node as { message?: string } | undefined)?.message);
  };
  const field = (name: FieldPath<Values>, id: string, hint = false) => ({ ...describedBy(id, { hint, error: !!errorAt(name) }), ...register(name) });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    const result = mode === 'invite' ? await inviteExpertAction(values) : await updateExpertAction(values);
    if (!result.ok) {
      for (const [path, code] of Object.entries(result.fieldErrors)) setError(path as FieldPath<Values>, { type: 'server', message: code });
      setFormError(result.formError);
      return;
    }
    // The next save carries the new version (optimistic lock on Expert.version).
    if (result.version !== undefined) setValue('expectedVersion', result.version);
    setSaved({ expertId: result.expertId, ...(result.path ? { path: result.path } : {}) });
    router.refresh();
  });

  if (mode === 'invite' && saved) {
    return (
      <section aria-labelledby="invited-title" className="flex flex-col gap-3 rounded-lg border border-green-300 bg-green-50 p-5" data-testid="expert-invited">
        <h2 id="invited-title" className="text-lg font-semibold">{t('invite.doneTitle')}</h2>
        <p>{t('invite.doneLead')}</p>
        {saved.path && <InvitationLink path={saved.path} />}
        <p>
          <Link href={`/operator/experts/${saved.expertId}`} className="text-brand-700 underline">{t('invite.openEntry')}</Link>
        </p>
      </section>
    );
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5" aria-label={mode === 'invite' ? t('invite.title') : t('detail.editTitle')}>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      {saved && mode === 'edit' && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('detail.saved')}
        </p>
      )}
      <FormField id="fullName" label={t('form.fullName')} error={errorAt('fullName')}>
        <input autoComplete="off" className={inputClass} {...field('fullName', 'fullName')} />
      </FormField>
      {mode === 'invite' && (
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <FormField id="email" label={t('form.email')} hint={t('form.emailHint')} error={errorAt('email')}>
            <input type="email" autoComplete="off" className={inputClass} {...field('email', 'email', true)} />
          </FormField>
          <FormField id="locale" label={t('form.locale')}>
            <select className={inputClass} {...field('locale', 'locale')}>
              {EXPERT_LOCALES.map((l) => (
                <option key={l} value={l}>
                  {t(`locales.${l}`)}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      )}

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-medium">{t('form.directions')}</legend>
        <p id="directions-hint" className="text-sm text-slate-600">{t('form.directionsHint')}</p>
        {errorAt('directions') && (
          <p role="alert" className="text-sm font-medium text-red-700">{errorAt('directions')}</p>
        )}
        {fields.map((f, i) => (
          <div key={f.id} className="grid items-end gap-3 sm:grid-cols-[1fr_10rem_auto]" data-testid="direction-row">
            <FormField id={`directions-${i}-directionId`} label={t('form.direction', { n: i + 1 })} error={errorAt(`directions.${i}.directionId`)}>
              <select className={inputClass} {...field(`directions.${i}.directionId`, `directions-${i}-directionId`)}>
                <option value="">{t('form.choose')}</option>
                {directions.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.label}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField id={`directions-${i}-years`} label={t('form.years')} error={errorAt(`directions.${i}.years`)}>
              <input
                type="number"
                min={0}
                max={70}
                inputMode="numeric"
                className={inputClass}
                {...describedBy(`directions-${i}-years`, { error: !!errorAt(`directions.${i}.years`) })}
                {...register(`directions.${i}.years`, { valueAsNumber: true })}
              />
            </FormField>
            <button type="button" onClick={() => remove(i)} disabled={fields.length === 1} className="mb-0.5 rounded border border-slate-400 px-3 py-2 text-sm hover:bg-slate-100 disabled:opacity-50">
              {t('form.removeDirection', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => append({ directionId: '', years: 2 })} className="self-start rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
          {t('form.addDirection')}
        </button>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="nominationSource" label={t('form.nominationSource')} hint={t('form.nominationHint')}>
          <select className={inputClass} {...field('nominationSource', 'nominationSource', true)}>
            {NOMINATION_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`sources.${s}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="nominatedByOrganizationId" label={t('form.nominator')} hint={source === 'NGO' ? t('form.nominatorRequired') : undefined} error={errorAt('nominatedByOrganizationId')}>
          <select className={inputClass} {...field('nominatedByOrganizationId', 'nominatedByOrganizationId', source === 'NGO')}>
            <option value="">{t('form.noNominator')}</option>
            {ngos.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="employerName" label={t('form.employer')} error={errorAt('employerName')}>
          <input className={inputClass} {...field('employerName', 'employerName')} />
        </FormField>
        <FormField id="position" label={t('form.position')} error={errorAt('position')}>
          <input className={inputClass} {...field('position', 'position')} />
        </FormField>
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1" {...register('operatorEmployee')} aria-describedby="operatorEmployee-hint" />
        <span>
          <span className="font-medium">{t('form.operatorEmployee')}</span>
          <span id="operatorEmployee-hint" className="block text-sm text-slate-600">{t('form.operatorEmployeeHint')}</span>
        </span>
      </label>

      {mode === 'edit' && (
        <div className="grid gap-4 md:grid-cols-2">
          {(['affiliatedOrganizationIds', 'relativesOrganizationIds'] as const).map((name) => (
            <fieldset key={name} className="flex flex-col gap-1">
              <legend className="mb-1 font-medium">{t(`form.${name}`)}</legend>
              <p className="text-sm text-slate-600">{t(`form.${name}Hint`)}</p>
              <div className="max-h-56 overflow-y-auto rounded border border-slate-300 p-2">
                {ngos.map((o) => (
                  <label key={o.id} className="flex items-center gap-2 py-0.5">
                    <input type="checkbox" value={o.id} {...register(name)} />
                    {o.label}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      )}

      <button type="submit" disabled={isSubmitting} className={`self-start ${button}`}>
        {isSubmitting ? t('form.saving') : mode === 'invite' ? t('invite.submit') : t('detail.save')}
      </button>
    </form>
  );
}
