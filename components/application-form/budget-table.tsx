'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useContext } from 'react';
import { get, useFieldArray, useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import { inputClass } from '@/components/ui/form-field';
import { BUDGET_CATEGORIES, annex5BudgetSummary } from '@/lib/validation/forms/grant';
import { FormLanguagesContext, LocalizedField, TableError, asNumber, fieldId } from './fields';

const newLineId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `l${Date.now()}${Math.random().toString(36).slice(2, 8)}`);

function CellError({ name }: { name: string }) {
  const te = useTranslations('applicationForm.errors');
  const {
    formState: { errors },
  } = useFormContext<FieldValues>();
  const code = (get(errors, name) as { message?: string } | undefined)?.message;
  if (!code) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="mt-1 text-xs font-medium text-red-700">
      {te.has(code) ? te(code as never) : te('invalid')}
    </p>
  );
}

/** Annex 5 — budget estimate with live totals (MO-1 / GF-3: institutional support ≤ 10%). */
export function BudgetTable({ lotAmountKzt, disabled }: { lotAmountKzt: number | undefined; disabled: boolean }) {
  const t = useTranslations('budget');
  const tf = useTranslations('applicationForm');
  const format = useFormatter();
  const languages = useContext(FormLanguagesContext);
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<FieldValues>();
  const lines = useFieldArray({ control, name: 'lines', keyName: 'key' });
  const watched = useWatch({ control, name: 'lines' }) as unknown;
  const summary = annex5BudgetSummary({ lines: watched }, lotAmountKzt === undefined ? undefined : { lotAmountKzt });
  const money = (v: number) => format.number(v, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  const shareBad = summary.violations.includes('INSTITUTIONAL_SUPPORT_SHARE');
  const lotBad = summary.violations.includes('EXCEEDS_LOT_AMOUNT');
  const invalid = (name: string) => (get(errors, name) ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(name)}-error` } : {});
  // Quantity and unit cost: whole, non-negative numbers (integer tenge for the cost).
  const wholeNumberCell = (key: 'quantity' | 'unitCost', width: string, row: string, n: (k: string) => string) => (
    <td className="p-2">
      <input
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        aria-label={`${t(key)} — ${row}`}
        id={fieldId(n(key))}
        className={`${inputClass} ${width} tabular-nums`}
        {...invalid(n(key))}
        {...register(n(key), { setValueAs: asNumber })}
      />
      <CellError name={n(key)} />
    </td>
  );

  return (
    <section id={fieldId('lines')} aria-labelledby="budget-lines" className="flex flex-col gap-3">
      <h3 id="budget-lines" className="text-lg font-semibold">{t('linesTitle')}</h3>
      <p className="text-sm text-slate-600">{t('linesHint')}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[64rem] text-left text-sm" aria-describedby="budget-summary">
          <caption className="sr-only">{t('linesTitle')}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">№</th>
              <th scope="col" className="p-2">{t('category')}</th>
              <th scope="col" className="p-2">{t('name')}</th>
              <th scope="col" className="p-2">{t('unit')}</th>
              <th scope="col" className="p-2">{t('quantity')}</th>
              <th scope="col" className="p-2">{t('unitCost')}</th>
              <th scope="col" className="p-2 text-right">{t('amount')}</th>
              <th scope="col" className="p-2">{t('institutional')}</th>
              <th scope="col" className="p-2">
                <span className="sr-only">{tf('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.fields.map((f, i) => {
              const row = tf('rowTitle', { n: i + 1 });
              const n = (k: string) => `lines.${i}.${k}`;
              return (
                <tr key={f.key} className="border-t border-slate-200 align-top" data-testid={`budget-line-${i}`}>
                  <th scope="row" className="p-2 font-normal">{i + 1}</th>
                  <td className="p-2">
                    <select
                      aria-label={`${t('category')} — ${row}`}
                      id={fieldId(n('category'))}
                      className={`${inputClass} w-36`}
                      {...invalid(n('category'))}
                      {...register(n('category'), { setValueAs: (v: unknown) => (v === '' ? undefined : v) })}
                    >
                      <option value="">{t('chooseCategory')}</option>
                      {BUDGET_CATEGORIES.map((c) => (
                        <option key={c} value={c}>
                          {t(`categories.${c}`)}
                        </option>
                      ))}
                    </select>
                    <CellError name={n('category')} />
                  </td>
                  <td className="p-2">
                    <div className="flex flex-col gap-1">
                      {languages.map((lang) => (
                        <div key={lang}>
                          <input
                            type="text"
                            lang={lang}
                            maxLength={500}
                            aria-label={`${t('name')} (${tf(`languageLabel.${lang}`)}) — ${row}`}
                            placeholder={tf(`languageLabel.${lang}`)}
                            id={fieldId(n(`name.${lang}`))}
                            className={`${inputClass} w-full min-w-48`}
                            {...invalid(n(`name.${lang}`))}
                            {...register(n(`name.${lang}`))}
                          />
                          <CellError name={n(`name.${lang}`)} />
                        </div>
                      ))}
                    </div>
                  </td>
                  <td className="p-2">
                    <input type="text" maxLength={50} aria-label={`${t('unit')} — ${row}`} id={fieldId(n('unit'))} className={`${inputClass} w-24`} {...invalid(n('unit'))} {...register(n('unit'))} />
                    <CellError name={n('unit')} />
                  </td>
                  {wholeNumberCell('quantity', 'w-24', row, n)}
                  {wholeNumberCell('unitCost', 'w-36', row, n)}
                  <td className="p-2 text-right tabular-nums" data-testid={`budget-line-amount-${i}`}>
                    {money(summary.lineAmounts[i] ?? 0)}
                  </td>
                  <td className="p-2">
                    <input type="checkbox" className="h-4 w-4" aria-label={`${t('institutional')} — ${row}`} id={fieldId(n('isInstitutionalSupport'))} {...register(n('isInstitutionalSupport'))} />
                  </td>
                  <td className="p-2">
                    {!disabled && (
                      <button type="button" onClick={() => lines.remove(i)} className="rounded px-2 py-1 text-red-700 underline hover:bg-red-50">
                        {tf('removeRow')}
                        <span className="sr-only"> — {row}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
            <tr>
              <th scope="row" colSpan={6} className="p-2 text-right">
                {t('total')}
              </th>
              <td className="p-2 text-right tabular-nums" data-testid="budget-total">
                {money(summary.total)}
              </td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      {!disabled && (
        <button
          type="button"
          onClick={() => lines.append({ id: newLineId(), isInstitutionalSupport: false })}
          className="self-start rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          + {t('addLine')}
        </button>
      )}

      <div id="budget-summary" aria-live="polite" className="rounded-lg border border-slate-200 bg-white p-4">
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">{t('total')}</dt>
          <dd className="font-semibold tabular-nums" data-testid="budget-summary-total">{money(summary.total)}</dd>
          {lotAmountKzt !== undefined && (
            <>
              <dt className="text-slate-600">{t('lotAmount')}</dt>
              <dd className={`tabular-nums ${lotBad ? 'font-semibold text-red-700' : ''}`}>{money(lotAmountKzt)}</dd>
            </>
          )}
          <dt className="text-slate-600">{t('institutionalTotal')}</dt>
          <dd className={`tabular-nums ${shareBad ? 'font-semibold text-red-700' : ''}`} data-testid="budget-institutional">
            {t('institutionalShare', {
              amount: money(summary.institutionalSupport),
              percent: format.number(summary.institutionalSupportPercent, { maximumFractionDigits: 1 }),
              limit: summary.institutionalSupportLimitPercent,
              max: money(summary.institutionalSupportMax),
            })}
          </dd>
        </dl>
      </div>
      <TableError name="lines" />
      <LocalizedField name="justification" label={t('justification')} multiline maxLength={4000} />
    </section>
  );
}
