'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { saveReportSectionAction } from '@/app/ngo/agreements/[id]/reports/[reportId]/actions';
import { SpecSectionFields } from '@/components/application-form/spec-section-fields';
import { inputClass } from '@/components/ui/form-field';
import { reportBudgetTotals } from '@/lib/rules/reports/report-budget';
import { sectionDraftSchema } from '@/lib/validation/forms/spec/section-schema';
import { indicatorValuesSchema } from '@/lib/validation/reports/report-form';
import type { ReportSectionView, ReportView } from '@/lib/services/reports/report-view';
import { useReportVersion } from './report-version';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid' } | { kind: 'error'; code: string };

/** Save button + status line shared by the section forms. */
function SaveBar({ state, editable, sectionKey }: { state: SaveState; editable: boolean; sectionKey: string }) {
  const t = useTranslations('report');
  if (!editable) return null;
  const text =
    state.kind === 'saving'
      ? t('save.saving')
      : state.kind === 'saved'
        ? t('save.saved')
        : state.kind === 'invalid'
          ? t('save.invalid')
          : state.kind === 'error'
            ? t.has(`refusals.${state.code}`)
              ? t(`refusals.${state.code}` as never)
              : t('refusals.generic')
            : '';
  const tone = state.kind === 'saved' ? 'text-green-800' : state.kind === 'invalid' || state.kind === 'error' ? 'font-medium text-red-800' : 'text-slate-700';
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" disabled={state.kind === 'saving'} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60" data-testid={`save-${sectionKey}`}>
        {t('save.button')}
      </button>
      <p role="status" aria-live="polite" className={tone} data-testid={`save-status-${sectionKey}`}>
        {text}
      </p>
    </div>
  );
}

/** One save of a section through the server action; field errors go back onto the inputs. */
function useSectionSave(reportId: string, sectionKey: string, setError: (path: Path<FieldValues>, e: { type: string; message: string }) => void) {
  const { version, setVersion } = useReportVersion();
  const router = useRouter();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async (data: unknown) => {
    setState({ kind: 'saving' });
    try {
      const result = await saveReportSectionAction({ reportId, sectionKey, expectedVersion: version, data });
      if (result.ok) {
        if (result.version !== undefined) setVersion(result.version);
        setState({ kind: 'saved' });
        router.refresh();
        return;
      }
      if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) {
        for (const [path, code] of Object.entries(result.fieldErrors)) setError(path as Path<FieldValues>, { type: 'server', message: code });
        setState({ kind: 'invalid' });
        return;
      }
      setState({ kind: 'error', code: result.code });
    } catch {
      // Network failure: everything typed stays in the form.
      setState({ kind: 'error', code: 'network' });
    }
  };
  return { state, save, setState };
}

/** A section of plain fields and tables (form spec), with the financial totals under the budget. */
export function FieldsSectionForm({ report, section, editable }: { report: ReportView; section: ReportSectionView; editable: boolean }) {
  const spec = section.spec;
  const schema = useMemo(() => (spec ? sectionDraftSchema(spec) : null), [spec]);
  const methods = useForm<FieldValues>({
    resolver: schema ? (zodResolver(schema as never) as unknown as Resolver<FieldValues>) : undefined,
    defaultValues: section.data,
    mode: 'onBlur',
  });
  const { state, save, setState } = useSectionSave(report.id, section.key, methods.setError);
  if (!spec) return null;
  return (
    <FormProvider {...methods}>
      <form
        noValidate
        onSubmit={methods.handleSubmit(
          (data) => save(data),
          () => setState({ kind: 'invalid' }),
        )}
        className="flex flex-col gap-4"
      >
        <fieldset disabled={!editable} className="flex flex-col gap-4">
          <legend className="sr-only">{section.key}</legend>
          <SpecSectionFields section={spec} disabled={!editable} />
        </fieldset>
        {section.key === 'rpBudget' && <BudgetTotals />}
        <SaveBar state={state} editable={editable} sectionKey={section.key} />
      </form>
    </FormProvider>
  );
}

/** F-IFR/F-FFR: planned, spent and balance per line and in total (derived, never typed). */
function BudgetTotals() {
  const t = useTranslations('report');
  const format = useFormatter();
  const lines = (useWatch({ name: 'lines' }) as { item?: string; planned?: number; spent?: number }[] | undefined) ?? [];
  const clean = lines.map((l) => ({ item: l.item ?? '', planned: Number.isSafeInteger(l.planned) && (l.planned ?? 0) >= 0 ? (l.planned as number) : 0, spent: Number.isSafeInteger(l.spent) && (l.spent ?? 0) >= 0 ? (l.spent as number) : 0 }));
  const totals = reportBudgetTotals(clean);
  const money = (n: number) => `${format.number(n)} ₸`;
  return (
    <table className="w-full text-sm" data-testid="budget-totals">
      <caption className="mb-1 text-left font-semibold">{t('budget.caption')}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1">{t('budget.item')}</th>
          <th scope="col" className="py-1 text-right">{t('budget.planned')}</th>
          <th scope="col" className="py-1 text-right">{t('budget.spent')}</th>
          <th scope="col" className="py-1 text-right">{t('budget.balance')}</th>
        </tr>
      </thead>
      <tbody>
        {clean.map((l, i) => (
          <tr key={i} className={`border-b border-slate-100 ${totals.overspentLines.includes(i) ? 'text-red-800' : ''}`}>
            <th scope="row" className="py-1 text-left font-normal">{l.item || t('budget.line', { n: i + 1 })}</th>
            <td className="py-1 text-right tabular-nums">{money(l.planned)}</td>
            <td className="py-1 text-right tabular-nums">{money(l.spent)}</td>
            <td className="py-1 text-right tabular-nums">{money(l.planned - l.spent)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row" className="py-1 text-left">{t('budget.total')}</th>
          <td className="py-1 text-right tabular-nums">{money(totals.planned)}</td>
          <td className="py-1 text-right tabular-nums">{money(totals.spent)}</td>
          <td className="py-1 text-right tabular-nums" data-testid="budget-balance">{money(totals.balance)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** §3.3: the agreement's indicators by level, target and the actual value of this report. */
export function IndicatorsSectionForm({ report, section, editable }: { report: ReportView; section: ReportSectionView; editable: boolean }) {
  const t = useTranslations('report');
  const methods = useForm<FieldValues>({
    resolver: zodResolver(indicatorValuesSchema as never) as unknown as Resolver<FieldValues>,
    defaultValues: { values: report.indicators.map((i) => ({ indicatorId: i.id, actual: i.actual ?? undefined, comment: i.comment })) },
  });
  const { state, save, setState } = useSectionSave(report.id, section.key, methods.setError);
  const errors = methods.formState.errors as { values?: { actual?: { message?: string } }[] };
  if (report.indicators.length === 0) return <p className="text-slate-600">{t('indicators.none')}</p>;
  return (
    <form
      noValidate
      onSubmit={methods.handleSubmit(
        (data) => save(data),
        () => setState({ kind: 'invalid' }),
      )}
      className="flex flex-col gap-4"
    >
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{t('indicators.caption')}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">{t('indicators.level')}</th>
              <th scope="col" className="p-2">{t('indicators.name')}</th>
              <th scope="col" className="p-2 text-right">{t('indicators.baseline')}</th>
              <th scope="col" className="p-2 text-right">{t('indicators.target')}</th>
              <th scope="col" className="p-2">{t('indicators.actual')}</th>
              <th scope="col" className="p-2">{t('indicators.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {report.indicators.map((ind, i) => {
              const err = errors.values?.[i]?.actual?.message;
              const id = `f-indicator-${ind.id}`;
              return (
                <tr key={ind.id} className="border-b border-slate-100 align-top">
                  <td className="p-2">{t(`level.${ind.level}` as never)}</td>
                  <th scope="row" className="p-2 text-left font-normal">
                    <label htmlFor={id}>
                      {ind.name} <span className="text-slate-500">({ind.unit})</span>
                    </label>
                    {ind.scalePoints && <p className="text-xs text-slate-500">{t('indicators.scale', { points: ind.scalePoints.join(', ') })}</p>}
                  </th>
                  <td className="p-2 text-right tabular-nums">{ind.baseline ?? '—'}</td>
                  <td className="p-2 text-right tabular-nums">{ind.target}</td>
                  <td className="p-2">
                    <input type="hidden" {...methods.register(`values.${i}.indicatorId`)} />
                    <input
                      id={id}
                      type="number"
                      step="any"
                      min={0}
                      inputMode="decimal"
                      className={`${inputClass} w-32 tabular-nums`}
                      disabled={!editable}
                      aria-invalid={err ? true : undefined}
                      aria-describedby={err ? `${id}-error` : undefined}
                      {...methods.register(`values.${i}.actual`, { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v)) })}
                    />
                    {err && (
                      <p id={`${id}-error`} className="text-sm text-red-700">
                        {t('indicators.invalidValue')}
                      </p>
                    )}
                  </td>
                  <td className="p-2">
                    <label htmlFor={`${id}-comment`} className="sr-only">
                      {t('indicators.commentFor', { name: ind.name })}
                    </label>
                    <input id={`${id}-comment`} type="text" maxLength={2000} className={`${inputClass} w-full`} disabled={!editable} {...methods.register(`values.${i}.comment`)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SaveBar state={state} editable={editable} sectionKey={section.key} />
    </form>
  );
}

export function SectionShell({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section id={`section-${id}`} aria-labelledby={`section-${id}-title`} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" data-testid={`section-${id}`}>
      <h2 id={`section-${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
