'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormField, describedBy, inputClass } from '@/components/ui/form-field';
import { MONITORING_INDICATORS } from '@/lib/rules/monitoring';

export type FormState = { ok: true } | { ok: false; fieldErrors: Record<string, string>; formError: string } | null;

const button = 'rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';

/** MN-1/MN-2/MN-3: the quarter's monitoring record — six scores with notes, findings, measures. */
export function MonitoringVisitForm({
  agreementId,
  defaultYear,
  defaultQuarter,
  today,
  action,
}: {
  agreementId: string;
  defaultYear: number;
  defaultQuarter: number;
  today: string;
  action: (input: unknown) => Promise<FormState>;
}) {
  const t = useTranslations('monitoring');
  const tr = useTranslations();
  const router = useRouter();
  const [state, setState] = useState<FormState>(null);
  const [measures, setMeasures] = useState<number[]>([]);
  const [pending, start] = useTransition();
  const err = (k: string) => (state && !state.ok && state.fieldErrors[k] ? tr(state.fieldErrors[k] as never) : undefined);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    const input = {
      agreementId,
      year: fd.get('year'),
      quarter: fd.get('quarter'),
      visitedOn: fd.get('visitedOn'),
      scores: Object.fromEntries(MONITORING_INDICATORS.map((k) => [k, fd.get(`score-${k}`) || undefined])),
      notes: Object.fromEntries(MONITORING_INDICATORS.map((k) => [k, String(fd.get(`note-${k}`) ?? '')])),
      findings: fd.get('findings'),
      measures: measures.map((i) => ({ description: fd.get(`measure-${i}-description`), deadlineOn: fd.get(`measure-${i}-deadline`), responsible: String(fd.get(`measure-${i}-responsible`) ?? '') })),
    };
    start(async () => {
      const r = await action(input);
      setState(r);
      if (r?.ok) {
        form.reset();
        setMeasures([]);
        router.refresh();
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="new-record-heading">
      <h2 id="new-record-heading" className="text-xl font-semibold">{t('form.title')}</h2>
      {state && !state.ok && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">{t(`errors.${state.formError}` as never)}</p>
      )}
      {state?.ok && <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">{t('form.saved')}</p>}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="year" label={t('form.year')} error={err('year')}>
          <input name="year" type="number" defaultValue={defaultYear} className={inputClass} {...describedBy('year', { error: !!err('year') })} />
        </FormField>
        <FormField id="quarter" label={t('form.quarter')} error={err('quarter')}>
          <select name="quarter" defaultValue={defaultQuarter} className={inputClass} {...describedBy('quarter', { error: !!err('quarter') })}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>{t('quarterLabel', { quarter: q })}</option>
            ))}
          </select>
        </FormField>
        <FormField id="visitedOn" label={t('form.visitedOn')} error={err('visitedOn')}>
          <input name="visitedOn" type="date" defaultValue={today} max={today} className={inputClass} {...describedBy('visitedOn', { error: !!err('visitedOn') })} />
        </FormField>
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">{t('form.indicators')}</legend>
        <p className="text-sm text-slate-600">{t('form.scale')}</p>
        {MONITORING_INDICATORS.map((k) => (
          <div key={k} className="grid gap-3 sm:grid-cols-[1fr_8rem_2fr]">
            <p className="font-medium">{t(`indicators.${k}`)}</p>
            <FormField id={`score-${k}`} label={t('form.score')} error={err(`scores.${k}`)}>
              <select name={`score-${k}`} defaultValue="" className={inputClass} {...describedBy(`score-${k}`, { error: !!err(`scores.${k}`) })}>
                <option value="">—</option>
                {[1, 2, 3, 4, 5].map((v) => (
                  <option key={v} value={v}>{v}</option>
                ))}
              </select>
            </FormField>
            <FormField id={`note-${k}`} label={t('form.note')} error={err(`notes.${k}`)}>
              <input name={`note-${k}`} className={inputClass} {...describedBy(`note-${k}`, { error: !!err(`notes.${k}`) })} />
            </FormField>
          </div>
        ))}
      </fieldset>
      <FormField id="findings" label={t('form.findings')} error={err('findings')}>
        <textarea name="findings" rows={4} className={inputClass} {...describedBy('findings', { error: !!err('findings') })} />
      </FormField>
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">{t('form.measures')}</legend>
        {measures.map((i, n) => (
          <div key={i} className="grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-3">
            <FormField id={`measure-${i}-description`} label={t('form.measureDescription', { n: n + 1 })} error={err(`measures.${n}.description`)}>
              <input name={`measure-${i}-description`} className={inputClass} {...describedBy(`measure-${i}-description`, { error: !!err(`measures.${n}.description`) })} />
            </FormField>
            <FormField id={`measure-${i}-deadline`} label={t('form.measureDeadline')} error={err(`measures.${n}.deadlineOn`)}>
              <input name={`measure-${i}-deadline`} type="date" className={inputClass} {...describedBy(`measure-${i}-deadline`, { error: !!err(`measures.${n}.deadlineOn`) })} />
            </FormField>
            <FormField id={`measure-${i}-responsible`} label={t('form.measureResponsible')}>
              <input name={`measure-${i}-responsible`} className={inputClass} id={`measure-${i}-responsible`} />
            </FormField>
            <button type="button" className="justify-self-start text-red-800 underline" onClick={() => setMeasures(measures.filter((x) => x !== i))}>
              {t('form.removeMeasure', { n: n + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="self-start rounded border border-brand-700 px-3 py-1 text-brand-700" onClick={() => setMeasures([...measures, (measures.at(-1) ?? -1) + 1])}>
          {t('form.addMeasure')}
        </button>
      </fieldset>
      <button type="submit" className={`${button} self-start`} disabled={pending}>{t('form.submit')}</button>
    </form>
  );
}

/** MN-3: mark an open measure done. */
export function CompleteMeasureButton({ measureId, action }: { measureId: string; action: (input: unknown) => Promise<FormState> }) {
  const t = useTranslations('monitoring');
  const router = useRouter();
  const [state, setState] = useState<FormState>(null);
  const [pending, start] = useTransition();
  return (
    <span className="flex flex-col gap-1">
      <button
        type="button"
        className="self-start rounded border border-brand-700 px-2 py-1 text-sm text-brand-700"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await action({ measureId });
            setState(r);
            if (r?.ok) router.refresh();
          })
        }
      >
        {t('measures.markDone')}
      </button>
      {state && !state.ok && <span role="alert" className="text-sm text-red-800">{t(`errors.${state.formError}` as never)}</span>}
    </span>
  );
}
