'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { appointOfficersAction } from '@/app/operator/competitions/[id]/commission/actions';
import { FormField, inputClass } from '@/components/ui/form-field';
import { useCommissionErrorText } from './use-commission-text';

type Field = 'chairMemberId' | 'deputyMemberId' | 'secretaryUserId' | 'meetingDate' | 'orderNumber';

/** GC-3 / GC-4: record the chair, deputy and secretary appointed at the meeting, with its date and order number. */
export function OfficersForm({
  competitionId,
  version,
  members,
  secretaries,
  initial,
  today,
}: {
  competitionId: string;
  version: number;
  members: { id: string; name: string }[];
  secretaries: { id: string; name: string }[];
  initial: Record<Field, string>;
  today: string;
}) {
  const t = useTranslations('commission');
  const errorText = useCommissionErrorText();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ code: string; params?: Record<string, string | number>; fields: Record<string, string> } | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (k: Field) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setSaved(false);
    setValues((v) => ({ ...v, [k]: e.target.value }));
  };
  const fieldError = (k: Field) => (error?.fields[k] ? errorText(error.fields[k], error.params) : undefined);
  const aria = (k: Field) => ({ 'aria-invalid': fieldError(k) ? true : undefined, 'aria-describedby': fieldError(k) ? `officers-${k}-error` : undefined });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    const result = await appointOfficersAction({ competitionId, expectedVersion: version, ...values });
    setPending(false);
    if (!result.ok) {
      setError({ code: result.formError, fields: result.fieldErrors, ...(result.params ? { params: result.params } : {}) });
      return;
    }
    setSaved(true);
    router.refresh();
  };
  const select = (k: Field, options: { id: string; name: string }[]) => (
    <FormField id={`officers-${k}`} label={t(`officers.${k}`)} error={fieldError(k)}>
      <select id={`officers-${k}`} className={inputClass} value={values[k]} onChange={set(k)} {...aria(k)}>
        <option value="">{t('officers.choose')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FormField>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-4" aria-labelledby="officers-title" data-testid="officers-form">
      <div className="grid gap-4 md:grid-cols-3">
        {select('chairMemberId', members)}
        {select('deputyMemberId', members)}
        {select('secretaryUserId', secretaries)}
        <FormField id="officers-meetingDate" label={t('officers.meetingDate')} error={fieldError('meetingDate')}>
          <input id="officers-meetingDate" type="date" max={today} className={inputClass} value={values.meetingDate} onChange={set('meetingDate')} {...aria('meetingDate')} />
        </FormField>
        <FormField id="officers-orderNumber" label={t('officers.orderNumber')} error={fieldError('orderNumber')}>
          <input id="officers-orderNumber" className={inputClass} value={values.orderNumber} onChange={set('orderNumber')} {...aria('orderNumber')} />
        </FormField>
      </div>
      {error && Object.keys(error.fields).length === 0 && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(error.code, error.params)}
        </p>
      )}
      {saved && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('officers.saved')}
        </p>
      )}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t('working') : t('officers.submit')}
      </button>
    </form>
  );
}
