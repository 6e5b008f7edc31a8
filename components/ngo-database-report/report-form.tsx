'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useFieldArray, useForm, useWatch, type FieldErrors, type Path } from 'react-hook-form';
import { saveReportAction, submitReportAction, type ReportActionState } from '@/app/ngo/database-report/actions';
import {
  emptyFounder,
  emptyFundSource,
  emptyProject,
  emptyPropertyItem,
  emptySpendingItem,
  FUND_SOURCE_TYPES,
  missingFieldName,
  ngoDatabaseReportSchema,
  REPORT_SECTIONS,
  reportTotals,
  type MissingReportField,
  type NgoDatabaseReportForm,
  type NgoDatabaseReportFormInput,
  type ReportSection,
} from '@/lib/validation/ngo-database-report';
import { BilingualField, GroupError, NumberField, PlainField, SelectField, useErrorText } from './fields';

type Step = ReportSection | 'finish';
const STEPS: Step[] = [...REPORT_SECTIONS, 'finish'];

const sectionOf = (name: string): ReportSection | undefined => REPORT_SECTIONS.find((s) => name === s || name.startsWith(`${s}.`));

/** The first field name carrying an error, in form order. */
function firstErrorName(errors: FieldErrors, prefix = ''): string | null {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if ('message' in value && typeof value.message === 'string') return key === 'root' ? prefix : name;
    const inner = firstErrorName(value as FieldErrors, name);
    if (inner) return inner;
  }
  return null;
}

/**
 * The yearly NGO database report, section by section as on infonpo.kz (§2.3): «Сақтау»
 * saves the whole draft on the server, «Сақтау және келесі қадамға өту» saves and moves
 * on, «Мәре» sends. Every section stays mounted (hidden when not current), so switching
 * sections, a refused sending or a server error never loses anything typed.
 */
export function ReportForm({ year, initialVersion, initial }: { year: number; initialVersion: number; initial: NgoDatabaseReportForm }) {
  const t = useTranslations('ngoReport.form');
  const ts = useTranslations('ngoReport.sections');
  const tf = useTranslations('ngoReport.fields');
  const tr = useTranslations('ngoReport.rows');
  const tsrc = useTranslations('ngoReport.sourceTypes');
  const errorText = useErrorText();
  const format = useFormatter();
  const router = useRouter();

  const methods = useForm<NgoDatabaseReportFormInput, unknown, NgoDatabaseReportForm>({
    resolver: zodResolver(ngoDatabaseReportSchema),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const { handleSubmit, setError, control, formState } = methods;
  const [step, setStep] = useState<Step>('general');
  const [version, setVersion] = useState(initialVersion);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [missing, setMissing] = useState<MissingReportField[]>([]);
  const noticeRef = useRef<HTMLDivElement>(null);

  const founders = useFieldArray({ control, name: 'founders.items' });
  const property = useFieldArray({ control, name: 'property.items' });
  const sources = useFieldArray({ control, name: 'finances.sources' });
  const spending = useFieldArray({ control, name: 'finances.spending' });
  const projects = useFieldArray({ control, name: 'projects.items' });

  const values = useWatch({ control }) as NgoDatabaseReportForm;
  const totals = reportTotals(ngoDatabaseReportSchema.safeParse(values).data ?? initial);

  // Moving focus to a field in another section: show that section first (synchronously).
  const goTo = (name: string | null) => {
    const section = name ? sectionOf(name) : undefined;
    if (section) flushSync(() => setStep(section));
    const el = name ? document.getElementById(name) : null;
    if (el) el.focus();
    else noticeRef.current?.focus();
  };

  const fieldLabel = (m: { section: ReportSection; field: string }) => {
    const parts = m.field.split('.');
    if (parts.length === 1) return `${ts(m.section)}: ${tf(`${m.section}.${parts[0]}`)}`;
    const [list, index, leaf] = parts;
    const row = tr(`${m.section}.${list}`, { n: Number(index) + 1 });
    return leaf ? `${ts(m.section)}: ${row} — ${tf(`${m.section}.${leaf}`)}` : `${ts(m.section)}: ${row}`;
  };

  const apply = (result: ReportActionState, sent: boolean) => {
    if (result.ok) {
      setVersion(result.version);
      setMissing([]);
      setNotice({ kind: 'saved', text: sent ? t('sent') : t('saved', { time: format.dateTime(new Date(), { timeStyle: 'short' }) }) });
      router.refresh();
      return;
    }
    // DB-6: each missing field is marked next to itself; nothing typed is touched.
    for (const m of result.missing) {
      const name = m.field === 'items' && m.lang === null ? `${m.section}.items.root` : missingFieldName(m);
      setError(name as Path<NgoDatabaseReportFormInput>, { type: 'server', message: m.lang === 'kk' ? 'missingKk' : m.lang === 'ru' ? 'missingRu' : 'required' });
    }
    for (const [name, code] of Object.entries(result.fieldErrors)) setError(name as Path<NgoDatabaseReportFormInput>, { type: 'server', message: code });
    setMissing(result.missing);
    setNotice({ kind: 'error', text: errorText(result.formError) ?? '' });
    const first = result.missing[0] ? missingFieldName(result.missing[0]) : Object.keys(result.fieldErrors)[0];
    goTo(first ?? null);
  };

  const run = (send: boolean, next?: Step) =>
    handleSubmit(
      async (report) => {
        setBusy(true);
        setNotice(null);
        try {
          const input = { year, expectedVersion: version, report };
          const result = send ? await submitReportAction(input) : await saveReportAction(input);
          apply(result, send);
          if (result.ok && next) setStep(next);
        } catch {
          setNotice({ kind: 'error', text: errorText('generic') ?? '' });
        } finally {
          setBusy(false);
        }
      },
      (errors) => {
        setNotice({ kind: 'error', text: errorText('fixErrors') ?? '' });
        goTo(firstErrorName(errors));
      },
    );

  const stepIndex = STEPS.indexOf(step);
  const nextStep = STEPS[stepIndex + 1];
  const errorCount = (s: ReportSection) => missing.filter((m) => m.section === s).length + (formState.errors[s] ? 1 : 0);

  const sectionButtons = (
    <div className="mt-4 flex flex-wrap gap-3 border-t border-slate-200 pt-4">
      <button type="button" disabled={busy} onClick={(e) => void run(false)(e)} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {t('save')}
      </button>
      {nextStep && (
        <button type="button" disabled={busy} onClick={(e) => void run(false, nextStep)(e)} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {t('saveAndNext')}
        </button>
      )}
    </div>
  );

  const removeButton = (onClick: () => void, label: string) => (
    <button type="button" onClick={onClick} className="self-start text-sm font-medium text-red-700 underline">
      {t('removeRow', { row: label })}
    </button>
  );
  const addButton = (onClick: () => void, label: string) => (
    <button type="button" onClick={onClick} className="self-start rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100">
      {t('addRow', { row: label })}
    </button>
  );
  const rowLabel = (section: ReportSection, list: string, i: number) => tr(`${section}.${list}`, { n: i + 1 });
  const label = (section: ReportSection, leaf: string, row?: string) => (row ? `${row}: ${tf(`${section}.${leaf}`)}` : tf(`${section}.${leaf}`));
  const money = (n: number | null) => (n === null ? '—' : `${format.number(n)} ₸`);

  const sectionClass = 'flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5';
  const rowClass = 'flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4';

  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={(e) => void run(false)(e)} className="flex flex-col gap-4" aria-label={t('formLabel', { year })}>
        <div ref={noticeRef} tabIndex={-1} aria-live="polite" className="outline-none">
          {notice && (
            <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`rounded border p-3 ${notice.kind === 'error' ? 'border-red-300 bg-red-50 text-red-800' : 'border-green-300 bg-green-50 text-green-900'}`}>
              <p className="font-medium">{notice.text}</p>
              {missing.length > 0 && (
                <ul className="mt-2 list-disc pl-6 text-sm" data-testid="missing-fields">
                  {missing.map((m) => (
                    <li key={missingFieldName(m)}>
                      <button type="button" className="text-left underline" onClick={() => goTo(m.field === 'items' && m.lang === null ? null : missingFieldName(m))}>
                        {fieldLabel(m)}
                        {m.lang ? ` — ${t('langName', { lang: m.lang })}` : ''}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>

        <nav aria-label={t('stepsLabel')}>
          <ol className="flex flex-wrap gap-1">
            {STEPS.map((s, i) => {
              const errors = s === 'finish' ? 0 : errorCount(s);
              return (
                <li key={s}>
                  <button
                    type="button"
                    onClick={() => setStep(s)}
                    aria-current={s === step ? 'step' : undefined}
                    className={`rounded px-3 py-1.5 text-sm ${s === step ? 'bg-brand-700 font-semibold text-white' : 'bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100'} ${errors ? 'ring-2 ring-red-600' : ''}`}
                  >
                    {i + 1}. {s === 'finish' ? t('finish') : ts(s)}
                    {errors > 0 && <span className="ml-1">({t('errorCount', { count: errors })})</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <p className="text-sm text-slate-600">{t('bilingualHint')}</p>

        <section hidden={step !== 'general'} aria-labelledby="s-general" className={sectionClass}>
          <h2 id="s-general" className="text-xl font-semibold">{ts('general')}</h2>
          <BilingualField name="general.legalAddress" label={tf('general.legalAddress')} />
          <BilingualField name="general.headFullName" label={tf('general.headFullName')} />
          <BilingualField name="general.activities" label={tf('general.activities')} multiline />
          <BilingualField name="general.branches" label={tf('general.branches')} multiline required={false} />
          <div className="grid gap-3 md:grid-cols-3">
            <NumberField name="general.staffCount" label={tf('general.staffCount')} />
            <NumberField name="general.volunteersCount" label={tf('general.volunteersCount')} />
            <NumberField name="general.beneficiariesCount" label={tf('general.beneficiariesCount')} />
          </div>
          {sectionButtons}
        </section>

        <section hidden={step !== 'founders'} aria-labelledby="s-founders" className={sectionClass}>
          <h2 id="s-founders" className="text-xl font-semibold">{ts('founders')}</h2>
          <p className="text-sm text-slate-600">{t('foundersHint')}</p>
          <GroupError name="founders.items" />
          {founders.fields.map((f, i) => {
            const row = rowLabel('founders', 'items', i);
            return (
              <div key={f.id} className={rowClass}>
                <h3 className="font-semibold">{row}</h3>
                <BilingualField name={`founders.items.${i}.name`} label={label('founders', 'name', row)} />
                <div className="grid gap-3 md:grid-cols-2">
                  <PlainField name={`founders.items.${i}.identifier`} label={label('founders', 'identifier', row)} hint={t('identifierHint')} maxLength={12} />
                  <NumberField name={`founders.items.${i}.sharePercent`} label={label('founders', 'sharePercent', row)} hint={t('shareHint')} max={100} step={0.01} />
                </div>
                {removeButton(() => founders.remove(i), row)}
              </div>
            );
          })}
          {addButton(() => founders.append(emptyFounder()), tr('founders.new'))}
          {sectionButtons}
        </section>

        <section hidden={step !== 'property'} aria-labelledby="s-property" className={sectionClass}>
          <h2 id="s-property" className="text-xl font-semibold">{ts('property')}</h2>
          <p className="text-sm text-slate-600">{t('propertyHint')}</p>
          {property.fields.map((f, i) => {
            const row = rowLabel('property', 'items', i);
            return (
              <div key={f.id} className={rowClass}>
                <h3 className="font-semibold">{row}</h3>
                <BilingualField name={`property.items.${i}.description`} label={label('property', 'description', row)} />
                <NumberField name={`property.items.${i}.valueKzt`} label={label('property', 'valueKzt', row)} />
                {removeButton(() => property.remove(i), row)}
              </div>
            );
          })}
          {addButton(() => property.append(emptyPropertyItem()), tr('property.new'))}
          <p>
            {t('total')}: <strong>{money(totals.propertyKzt)}</strong>
          </p>
          {sectionButtons}
        </section>

        <section hidden={step !== 'finances'} aria-labelledby="s-finances" className={sectionClass}>
          <h2 id="s-finances" className="text-xl font-semibold">{ts('finances')}</h2>
          <h3 className="text-lg font-semibold">{t('sourcesTitle')}</h3>
          {sources.fields.map((f, i) => {
            const row = rowLabel('finances', 'sources', i);
            return (
              <div key={f.id} className={rowClass}>
                <h4 className="font-semibold">{row}</h4>
                <div className="grid gap-3 md:grid-cols-2">
                  <SelectField
                    name={`finances.sources.${i}.type`}
                    label={label('finances', 'type', row)}
                    placeholder={t('chooseSourceType')}
                    options={FUND_SOURCE_TYPES.map((v) => ({ value: v, label: tsrc(v) }))}
                  />
                  <NumberField name={`finances.sources.${i}.amountKzt`} label={label('finances', 'amountKzt', row)} />
                </div>
                <BilingualField name={`finances.sources.${i}.note`} label={label('finances', 'note', row)} required={false} />
                {removeButton(() => sources.remove(i), row)}
              </div>
            );
          })}
          {addButton(() => sources.append(emptyFundSource()), tr('finances.newSource'))}
          <p>
            {t('totalIncome')}: <strong>{money(totals.incomeKzt)}</strong>
          </p>
          <h3 className="text-lg font-semibold">{t('spendingTitle')}</h3>
          {spending.fields.map((f, i) => {
            const row = rowLabel('finances', 'spending', i);
            return (
              <div key={f.id} className={rowClass}>
                <h4 className="font-semibold">{row}</h4>
                <BilingualField name={`finances.spending.${i}.direction`} label={label('finances', 'direction', row)} />
                <NumberField name={`finances.spending.${i}.amountKzt`} label={label('finances', 'amountKzt', row)} />
                {removeButton(() => spending.remove(i), row)}
              </div>
            );
          })}
          {addButton(() => spending.append(emptySpendingItem()), tr('finances.newSpending'))}
          <p>
            {t('totalSpending')}: <strong>{money(totals.spendingKzt)}</strong>
          </p>
          {sectionButtons}
        </section>

        <section hidden={step !== 'projects'} aria-labelledby="s-projects" className={sectionClass}>
          <h2 id="s-projects" className="text-xl font-semibold">{ts('projects')}</h2>
          <p className="text-sm text-slate-600">{t('projectsHint', { year })}</p>
          {projects.fields.map((f, i) => {
            const row = rowLabel('projects', 'items', i);
            return (
              <div key={f.id} className={rowClass}>
                <h3 className="font-semibold">{row}</h3>
                <BilingualField name={`projects.items.${i}.title`} label={label('projects', 'title', row)} />
                <BilingualField name={`projects.items.${i}.customer`} label={label('projects', 'customer', row)} />
                <div className="grid gap-3 md:grid-cols-3">
                  <NumberField name={`projects.items.${i}.amountKzt`} label={label('projects', 'amountKzt', row)} />
                  <PlainField type="date" name={`projects.items.${i}.startDate`} label={label('projects', 'startDate', row)} />
                  <PlainField type="date" name={`projects.items.${i}.endDate`} label={label('projects', 'endDate', row)} />
                </div>
                {removeButton(() => projects.remove(i), row)}
              </div>
            );
          })}
          {addButton(() => projects.append(emptyProject()), tr('projects.new'))}
          {sectionButtons}
        </section>

        <section hidden={step !== 'balance'} aria-labelledby="s-balance" className={sectionClass}>
          <h2 id="s-balance" className="text-xl font-semibold">{ts('balance')}</h2>
          <p className="text-sm text-slate-600">{t('balanceHint', { year })}</p>
          <div className="grid gap-3 md:grid-cols-2">
            <NumberField name="balance.assetsKzt" label={tf('balance.assetsKzt')} />
            <NumberField name="balance.liabilitiesKzt" label={tf('balance.liabilitiesKzt')} />
          </div>
          <p>
            {tf('balance.netAssetsKzt')}: <strong data-testid="net-assets">{money(totals.netAssetsKzt)}</strong>
          </p>
          {sectionButtons}
        </section>

        <section hidden={step !== 'finish'} aria-labelledby="s-finish" className={sectionClass}>
          <h2 id="s-finish" className="text-xl font-semibold">{t('finish')}</h2>
          <p>{t('finishText')}</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" disabled={busy} onClick={(e) => void run(false)(e)} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
              {t('save')}
            </button>
            <button type="button" disabled={busy} onClick={(e) => void run(true)(e)} className="rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
              {busy ? t('sending') : t('send')}
            </button>
          </div>
        </section>
      </form>
    </FormProvider>
  );
}
