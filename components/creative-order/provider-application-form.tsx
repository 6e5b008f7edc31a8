'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { get, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { saveProviderDraftAction, submitProviderAction } from '@/app/ngo/creative-order/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { creativeProviderDraftSchema, type CreativeProviderDraft, type CreativeProviderDraftFormValues } from '@/lib/services/creative-order/creative-order-input';
import type { ProviderFormResult } from '@/lib/services/creative-order/save-creative-provider-draft';

type Option = { id: string; label: string };
const PROGRAMME_TEXT = ['goals', 'tasks', 'expectedResults', 'equipment', 'schedule', 'parentEvents', 'childInventory', 'attendanceRules'] as const;
const CERTIFICATES = ['narcologyIssuedOn', 'psychiatryIssuedOn', 'phthisiologyIssuedOn'] as const;

/**
 * A provider's creative-order application (seed 002 L78–110): the club, the curriculum
 * programme with the lessons-per-topic table, and the staff certificates. «Save the draft»
 * keeps it as typed; «Submit» saves it and freezes it if complete and every certificate is
 * fresh (CO-1) — a refused submission keeps the saved draft and marks the fields.
 */
export function ProviderApplicationForm({ initial, regions }: { initial: CreativeProviderDraftFormValues; regions: Option[] }) {
  const t = useTranslations('creativeOrder.provider');
  const te = useTranslations('creativeOrder.errors');
  const router = useRouter();
  const [formError, setFormError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<CreativeProviderDraftFormValues, unknown, CreativeProviderDraft>({ resolver: zodResolver(creativeProviderDraftSchema), defaultValues: initial });
  const topics = useFieldArray({ control, name: 'programme.topics' });
  const staff = useFieldArray({ control, name: 'staff' });
  const remote = useWatch({ control, name: 'programme.remoteLessonsAllowed' });

  const errorText = (code: unknown, params?: Record<string, string | number>) =>
    typeof code === 'string' && code ? (te.has(code) ? te(code as never, (params ?? {}) as never) : te('generic')) : undefined;
  const err = (path: string) => errorText((get(errors, path) as { message?: unknown } | undefined)?.message);

  const handle = (action: (v: CreativeProviderDraft) => Promise<ProviderFormResult>, submitting: boolean) =>
    handleSubmit(async (values) => {
      setFormError(null);
      setNotice(null);
      clearErrors();
      const result = await action(values);
      const clubId = result.clubId;
      if (clubId && result.updatedAt) {
        setValue('clubId', clubId);
        setValue('expectedUpdatedAt', result.updatedAt);
        // The address follows a saved draft — but not on a refusal: the action's revalidation
        // would then render the draft's own page and drop the field errors being shown.
        if (!values.clubId && result.ok) window.history.replaceState(null, '', `/ngo/creative-order/${clubId}`);
      }
      if (!result.ok) {
        for (const [field, code] of Object.entries(result.fieldErrors)) {
          setError(field as never, { type: 'server', message: code });
        }
        setFormError({ code: result.error.code, ...(result.error.params ? { params: result.error.params } : {}) });
        return;
      }
      if (submitting) {
        router.push(`/ngo/creative-order/${result.clubId}`);
        router.refresh();
        return;
      }
      setNotice(t('saved'));
    });

  const text = (name: string, label: string, rows = 0, hint?: string) => {
    const id = name.replaceAll('.', '-');
    const e = err(name);
    return (
      <FormField id={id} label={label} hint={hint} error={e}>
        {rows > 0 ? (
          <textarea rows={rows} className={inputClass} {...describedBy(id, { hint: !!hint, error: !!e })} {...register(name as never)} />
        ) : (
          <input className={inputClass} {...describedBy(id, { hint: !!hint, error: !!e })} {...register(name as never)} />
        )}
      </FormField>
    );
  };
  const cell = (name: string, label: string, type = 'text', width = '') => {
    const id = name.replaceAll('.', '-');
    const e = err(name);
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input type={type} inputMode={type === 'number' ? 'numeric' : undefined} className={`${inputClass} ${width}`} {...describedBy(id, { error: !!e })} {...register(name as never)} />
        {e && (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
            {e}
          </p>
        )}
      </div>
    );
  };

  return (
    <form noValidate className="flex max-w-5xl flex-col gap-6" onSubmit={(e) => void handle(saveProviderDraftAction, false)(e)}>
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

      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-xl font-semibold">{t('clubSection')}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          {text('nameKk', t('fields.nameKk'))}
          {text('nameRu', t('fields.nameRu'))}
          {text('fieldKk', t('fields.fieldKk'))}
          {text('fieldRu', t('fields.fieldRu'))}
        </div>
        <FormField id="regionId" label={t('fields.region')} error={err('regionId')}>
          <select className={inputClass} {...describedBy('regionId', { error: !!err('regionId') })} {...register('regionId')}>
            <option value="">{t('fields.chooseRegion')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </FormField>
        {text('address', t('fields.address'))}
        <div className="grid max-w-md gap-4 sm:grid-cols-2">
          {text('ageMin', t('fields.ageMin'))}
          {text('ageMax', t('fields.ageMax'))}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-xl font-semibold">{t('programmeSection')}</legend>
        {PROGRAMME_TEXT.slice(0, 3).map((k) => (
          <div key={k}>{text(`programme.${k}`, t(`fields.${k}`), 3)}</div>
        ))}
        <div className="flex flex-col gap-2">
          <h3 className="text-lg font-semibold">{t('topicsTitle')}</h3>
          <p id="topics-hint" className="text-sm text-slate-600">
            {t('topicsHint')}
          </p>
          {err('programme.topics') && (
            <p role="alert" className="text-sm font-medium text-red-700">
              {err('programme.topics')}
            </p>
          )}
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" aria-describedby="topics-hint">
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="p-2">{t('fields.level')}</th>
                  <th scope="col" className="p-2">{t('fields.topic')}</th>
                  <th scope="col" className="p-2">{t('fields.lessons')}</th>
                  <th scope="col" className="p-2">
                    <span className="sr-only">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {topics.fields.map((row, i) => (
                  <tr key={row.id} className="border-t border-slate-200 align-top">
                    <td className="p-2">{cell(`programme.topics.${i}.level`, t('rowLabel', { field: t('fields.level'), n: i + 1 }))}</td>
                    <td className="p-2">{cell(`programme.topics.${i}.title`, t('rowLabel', { field: t('fields.topic'), n: i + 1 }))}</td>
                    <td className="p-2">{cell(`programme.topics.${i}.lessons`, t('rowLabel', { field: t('fields.lessons'), n: i + 1 }), 'number', 'w-24')}</td>
                    <td className="p-2">
                      <button type="button" onClick={() => topics.remove(i)} className="rounded border border-slate-400 px-2 py-1 hover:bg-slate-50">
                        {t('removeTopic', { n: i + 1 })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button type="button" onClick={() => topics.append({ level: '', title: '', lessons: '' })} className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50">
              {t('addTopic')}
            </button>
          </p>
        </div>
        {PROGRAMME_TEXT.slice(3).map((k) => (
          <div key={k}>{text(`programme.${k}`, t(`fields.${k}`), 3)}</div>
        ))}
        <div className="flex items-center gap-2">
          <input id="programme-remoteLessonsAllowed" type="checkbox" className="h-4 w-4" {...register('programme.remoteLessonsAllowed')} />
          <label htmlFor="programme-remoteLessonsAllowed" className="font-medium">
            {t('fields.remoteLessonsAllowed')}
          </label>
        </div>
        {remote && text('programme.remoteLessonRules', t('fields.remoteLessonRules'), 3)}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-xl font-semibold">{t('staffSection')}</legend>
        <p id="staff-hint" className="text-sm text-slate-600">
          {t('staffHint')}
        </p>
        {err('staff') && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {err('staff')}
          </p>
        )}
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" aria-describedby="staff-hint">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-2">{t('fields.fullName')}</th>
                <th scope="col" className="p-2">{t('fields.position')}</th>
                {CERTIFICATES.map((k) => (
                  <th key={k} scope="col" className="p-2">
                    {t(`fields.${k}`)}
                  </th>
                ))}
                <th scope="col" className="p-2">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {staff.fields.map((row, i) => (
                <tr key={row.id} className="border-t border-slate-200 align-top">
                  <td className="p-2">{cell(`staff.${i}.fullName`, t('rowLabel', { field: t('fields.fullName'), n: i + 1 }))}</td>
                  <td className="p-2">{cell(`staff.${i}.position`, t('rowLabel', { field: t('fields.position'), n: i + 1 }))}</td>
                  {CERTIFICATES.map((k) => (
                    <td key={k} className="p-2">
                      {cell(`staff.${i}.${k}`, t('rowLabel', { field: t(`fields.${k}`), n: i + 1 }), 'date')}
                    </td>
                  ))}
                  <td className="p-2">
                    <button type="button" onClick={() => staff.remove(i)} className="rounded border border-slate-400 px-2 py-1 hover:bg-slate-50">
                      {t('removeStaff', { n: i + 1 })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <button
            type="button"
            onClick={() => staff.append({ fullName: '', position: '', narcologyIssuedOn: '', psychiatryIssuedOn: '', phthisiologyIssuedOn: '' })}
            className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t('addStaff')}
          </button>
        </p>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={isSubmitting} className="rounded border border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
          {isSubmitting ? t('saving') : t('save')}
        </button>
        <button
          type="button"
          disabled={isSubmitting}
          onClick={() => void handle(submitProviderAction, true)()}
          className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
