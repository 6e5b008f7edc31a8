'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { createCompetitionAction } from '@/app/operator/competitions/new/actions';
import { updateSettingsAction } from '@/app/operator/competitions/[id]/settings/actions';
import { useSetupError } from '@/components/plans/use-setup-error';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { calendarDaysBetween, grantWindowIssue, maxScore, type Criterion } from '@/lib/rules';
import { createCompetitionSchema, updateCompetitionSettingsSchema, type CompetitionSettingsFormValues } from '@/lib/services/competitions/competition-settings-input';
import { defaultGrantCriteria, GRANT_DOCUMENT_CHOICES } from '@/lib/services/competitions/grant-defaults';

export interface TopicChoice {
  id: string;
  number: number;
  title: string;
  budgetKzt: number;
}
export interface PlanChoice {
  id: string;
  label: string;
  topics: TopicChoice[];
}

type FormShape = CompetitionSettingsFormValues & { planId?: string; topicIds?: string[]; competitionId?: string; expectedVersion?: number };

const box = 'flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5';
const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}$/;

/**
 * The settings of a grant competition: create mode (choose plan topics → lots) or edit
 * mode (a DRAFT, saved with its version). Live previews from the engine: DL-3 window and
 * the SC-1 maximum score. A refused save keeps everything typed.
 */
export function CompetitionSettingsForm(
  props:
    | { mode: 'create'; initial: FormShape; plans: PlanChoice[]; window: { min: number; max: number } }
    | { mode: 'edit'; initial: FormShape; window: { min: number; max: number } },
) {
  const t = useTranslations('competitionSetup');
  const tc = useTranslations('criteria');
  const tl = useTranslations('languages');
  const format = useFormatter();
  const locale = useLocale() as AppLocale;
  const errorText = useSetupError();
  const router = useRouter();
  const [formError, setFormError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const schema = props.mode === 'create' ? createCompetitionSchema : updateCompetitionSettingsSchema;
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormShape>({ resolver: zodResolver(schema as never) as unknown as Resolver<FormShape>, defaultValues: props.initial });

  const localBudget = useWatch({ control, name: 'localBudget' });
  const criteria = useWatch({ control, name: 'criteria' });
  const opensAt = useWatch({ control, name: 'opensAt' });
  const deadlineAt = useWatch({ control, name: 'deadlineAt' });
  const planId = useWatch({ control, name: 'planId' });
  const topicIds = useWatch({ control, name: 'topicIds' });

  // SC-1: toggling the local-budget flag adds or removes criterion 6, keeping the other ranges.
  const onLocalBudget = (checked: boolean) => {
    const current = new Map(getValues('criteria').map((c) => [c.id, c]));
    setValue('localBudget', checked);
    setValue(
      'criteria',
      defaultGrantCriteria(checked).map((c) => {
        const kept = current.get(c.id);
        return c.allowed ? { id: c.id, min: c.min, max: c.max } : { id: c.id, min: kept?.min ?? c.min, max: kept?.max ?? c.max };
      }),
    );
  };
  const definitions = new Map(defaultGrantCriteria(!!localBudget).map((c) => [c.id, c]));
  let scoreMax: number | null = null;
  try {
    scoreMax = maxScore(criteria.map((c): Criterion => ({ id: c.id, min: Number(c.min), max: Number(c.max), ...(definitions.get(c.id)?.allowed ? { allowed: definitions.get(c.id)!.allowed! } : {}) })));
  } catch {
    scoreMax = null;
  }

  // DL-3 preview, counted from the opening day (publishing later counts from the day it is published).
  const opensOn = ISO_LOCAL.exec(opensAt ?? '')?.[1];
  const closesOn = ISO_LOCAL.exec(deadlineAt ?? '')?.[1];
  let windowPreview: { days: number; issue: string | null } | null = null;
  if (opensOn && closesOn) {
    try {
      windowPreview = {
        days: calendarDaysBetween(opensOn, closesOn),
        issue: grantWindowIssue(opensOn, closesOn, { windowMinCalendarDays: props.window.min, windowMaxCalendarDays: props.window.max }),
      };
    } catch {
      windowPreview = null;
    }
  }

  const plan = props.mode === 'create' ? props.plans.find((p) => p.id === planId) : undefined;
  const chosenTotal = plan ? plan.topics.filter((x) => (topicIds ?? []).includes(x.id)).reduce((s, x) => s + x.budgetKzt, 0) : 0;
  const money = (v: number) => format.number(v, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setNotice(null);
    if (props.mode === 'create') {
      const result = await createCompetitionAction(values);
      if (!result.ok) {
        for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as never, { type: 'server', message: code });
        setFormError({ code: result.formError, ...(result.params ? { params: result.params } : {}) });
        return;
      }
      router.push(`/operator/competitions/${result.competitionId}`);
      return;
    }
    const result = await updateSettingsAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as never, { type: 'server', message: code });
      setFormError({ code: result.formError });
      return;
    }
    setValue('expectedVersion', result.version);
    setNotice(t('saved'));
    router.refresh();
  });

  const err = (name: string) => {
    const parts = name.split('.');
    let node: unknown = errors;
    for (const p of parts) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[p] : undefined;
    const message = node && typeof node === 'object' && 'message' in node ? (node as { message?: string }).message : undefined;
    return errorText(message);
  };
  const input = (name: keyof FormShape & string, label: string, opts: { type?: string; hint?: string; area?: boolean } = {}) => (
    <FormField id={name} label={label} hint={opts.hint} error={err(name)}>
      {opts.area ? (
        <textarea rows={4} className={inputClass} {...describedBy(name, { hint: !!opts.hint, error: !!err(name) })} {...register(name)} />
      ) : (
        <input type={opts.type ?? 'text'} className={inputClass} {...describedBy(name, { hint: !!opts.hint, error: !!err(name) })} {...register(name)} />
      )}
    </FormField>
  );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex max-w-4xl flex-col gap-6" aria-label={props.mode === 'create' ? t('newTitle') : t('sections.announcement')}>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError.code, formError.params)}
        </p>
      )}
      {notice && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      )}

      {props.mode === 'create' && (
        <section aria-labelledby="topics-legend" className={box}>
          <h2 id="topics-legend" className="text-xl font-semibold">{t('topicsLegend')}</h2>
          <FormField id="planId" label={t('plan')} error={err('planId')}>
            <select
              className={inputClass}
              {...describedBy('planId', { error: !!err('planId') })}
              {...register('planId', { onChange: () => setValue('topicIds', []) })}
            >
              <option value="">{t('choosePlan')}</option>
              {props.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </FormField>
          {plan && (
            <fieldset aria-describedby={err('topicIds') ? 'topicIds-hint topicIds-error' : 'topicIds-hint'} aria-invalid={err('topicIds') ? true : undefined}>
              <legend className="mb-1 font-medium">{t('topicsLegend')}</legend>
              <p id="topicIds-hint" className="mb-2 text-sm text-slate-600">{t('topicsHint')}</p>
              {plan.topics.length === 0 ? (
                <p className="text-slate-600">{t('noPlannedTopics')}</p>
              ) : (
                <ul className="flex flex-col gap-1">
                  {plan.topics.map((x) => (
                    <li key={x.id}>
                      <label className="flex items-start gap-2">
                        <input type="checkbox" value={x.id} className="mt-1" {...register('topicIds')} />
                        <span>{t('topicOption', { number: x.number, title: x.title, budget: money(x.budgetKzt) })}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
              {err('topicIds') && (
                <p id="topicIds-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
                  {err('topicIds')}
                </p>
              )}
              <p className="mt-2 font-medium" data-testid="chosen-total">{t('selectedTotal', { total: money(chosenTotal) })}</p>
            </fieldset>
          )}
        </section>
      )}

      <section aria-labelledby="s-announcement" className={box}>
        <h2 id="s-announcement" className="text-xl font-semibold">{t('sections.announcement')}</h2>
        {input('titleKk', t('fields.titleKk'))}
        {input('titleRu', t('fields.titleRu'))}
        {input('titleEn', t('fields.titleEn'))}
        {input('descriptionKk', t('fields.descriptionKk'), { area: true })}
        {input('descriptionRu', t('fields.descriptionRu'), { area: true })}
      </section>

      <section aria-labelledby="s-window" className={box}>
        <h2 id="s-window" className="text-xl font-semibold">{t('sections.window')}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          {input('opensAt', t('fields.opensAt'), { type: 'datetime-local' })}
          {input('deadlineAt', t('fields.deadlineAt'), { type: 'datetime-local', hint: t('fields.deadlineHint') })}
        </div>
        {windowPreview && (
          <p role="status" data-testid="window-preview" className={windowPreview.issue ? 'rounded border border-amber-300 bg-amber-50 p-3 text-amber-900' : 'text-green-900'}>
            {windowPreview.issue
              ? t('windowPreviewIssue', { days: windowPreview.days, min: props.window.min, max: props.window.max })
              : t('windowPreview', { days: windowPreview.days, min: props.window.min, max: props.window.max })}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          {input('periodStart', t('fields.periodStart'), { type: 'date' })}
          {input('periodEnd', t('fields.periodEnd'), { type: 'date' })}
        </div>
      </section>

      <section aria-labelledby="s-criteria" className={box}>
        <h2 id="s-criteria" className="text-xl font-semibold">{t('sections.criteria')}</h2>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={!!localBudget} onChange={(e) => onLocalBudget(e.target.checked)} />
          {t('fields.localBudget')}
        </label>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="criteria-table">
            <caption className="sr-only">{t('sections.criteria')}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t('fields.criterion')}</th>
                <th scope="col" className="p-2">{t('fields.min')}</th>
                <th scope="col" className="p-2">{t('fields.max')}</th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c, i) => {
                const def = definitions.get(c.id);
                const name = tc.has(c.id as never) ? tc(c.id as never) : c.id;
                return (
                  <tr key={c.id} className="border-t border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {i + 1}. {name}
                    </th>
                    {def?.allowed ? (
                      <td colSpan={2} className="p-2">{t('fields.allowedValues', { values: def.allowed.join(' / ') })}</td>
                    ) : (
                      (['min', 'max'] as const).map((k) => (
                        <td key={k} className="p-2">
                          <input
                            type="number"
                            min={0}
                            max={100}
                            aria-label={`${name}: ${t(`fields.${k}`)}`}
                            className={`${inputClass} w-24`}
                            aria-invalid={err(`criteria.${i}.${k}`) ? true : undefined}
                            {...register(`criteria.${i}.${k}` as const, { valueAsNumber: true })}
                          />
                          {err(`criteria.${i}.${k}`) && <span role="alert" className="block text-sm text-red-700">{err(`criteria.${i}.${k}`)}</span>}
                        </td>
                      ))
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {err('criteria') && <p role="alert" className="text-sm font-medium text-red-700">{err('criteria')}</p>}
        {scoreMax !== null && <p className="font-medium" data-testid="max-score">{t('fields.maxScore', { max: scoreMax })}</p>}
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-medium">{t('fields.aggregation')}</legend>
          {(['MEAN', 'SUM'] as const).map((a) => (
            <label key={a} className="flex items-center gap-2">
              <input type="radio" value={a} {...register('aggregation')} />
              {t(`fields.aggregation${a}`)}
            </label>
          ))}
        </fieldset>
        <FormField id="thresholdPercent" label={t('fields.thresholdPercent')} hint={t('fields.thresholdHint')} error={err('thresholdPercent')}>
          <input
            type="number"
            min={1}
            max={100}
            className={`${inputClass} w-28`}
            {...describedBy('thresholdPercent', { hint: true, error: !!err('thresholdPercent') })}
            {...register('thresholdPercent', { valueAsNumber: true })}
          />
        </FormField>
      </section>

      <section aria-labelledby="s-documents" className={box}>
        <h2 id="s-documents" className="text-xl font-semibold">{t('sections.documents')}</h2>
        <ul className="flex flex-col gap-2">
          {GRANT_DOCUMENT_CHOICES.map((d, i) => {
            return (
              <li key={d.kind} className="flex flex-wrap items-center gap-4">
                <input type="hidden" {...register(`documents.${i}.kind` as const)} />
                <label className="flex items-center gap-2">
                  <input type="checkbox" {...register(`documents.${i}.included` as const)} />
                  {t('fields.include', { document: localized(locale, { kk: d.titleKk, ru: d.titleRu }) })}
                </label>
                <label className="flex items-center gap-2 text-sm text-slate-700">
                  <input type="checkbox" {...register(`documents.${i}.required` as const)} />
                  {t('fields.required')}
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="s-languages" className={box}>
        <h2 id="s-languages" className="text-xl font-semibold">{t('sections.languages')}</h2>
        <fieldset aria-invalid={err('languages') ? true : undefined} aria-describedby={err('languages') ? 'languages-error' : undefined}>
          <legend className="mb-1 font-medium">{t('fields.languagesLegend')}</legend>
          {(['kk', 'ru'] as const).map((l) => (
            <label key={l} className="mr-6 inline-flex items-center gap-2">
              <input type="checkbox" value={l} {...register('languages')} />
              {tl(l)}
            </label>
          ))}
          {err('languages') && (
            <p id="languages-error" role="alert" className="text-sm font-medium text-red-700">
              {err('languages')}
            </p>
          )}
        </fieldset>
        <label className="flex items-center gap-2">
          <input type="checkbox" {...register('allLanguagesRequired')} />
          {t('fields.allLanguagesRequired')}
        </label>
      </section>

      <section aria-labelledby="s-contacts" className={box}>
        <h2 id="s-contacts" className="text-xl font-semibold">{t('sections.contacts')}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          {input('contactEmail', t('fields.contactEmail'), { type: 'email' })}
          {input('contactPhone', t('fields.contactPhone'), { type: 'tel' })}
        </div>
      </section>

      <div>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {props.mode === 'create' ? (isSubmitting ? t('creating') : t('create')) : isSubmitting ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
