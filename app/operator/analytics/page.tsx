import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AnalyticsBarChart } from '@/components/analytics/bar-chart';
import { ChartFigure } from '@/components/analytics/chart-figure';
import { CHART_COLORS } from '@/components/analytics/chart-colors';
import { SubmissionsTimelineChart } from '@/components/analytics/timeline-chart';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { COMPETITION_KINDS } from '@/lib/rules';
import { analyticsYears, moneyDatasets, overdueDataset, ratesDataset, scoresDataset, submissionsDataset, timelineCompetitions } from '@/lib/services/analytics/analytics-queries';
import {
  criterionTitle,
  deadlineHoursTable,
  moneyTable,
  overdueByAgreementTable,
  overdueByOrganizationTable,
  ratesTable,
  scoresTable,
  submissionsTable,
  type CellValue,
  type CellType,
} from '@/lib/services/analytics/dataset-tables';
import { filtersQuery, parseAnalyticsFilters, type AnalyticsDataset } from '@/lib/services/analytics/filters';

export const dynamic = 'force-dynamic';

const selectClass = 'rounded border border-slate-400 bg-white px-3 py-2';

/** Issue 8 item 5: operator analytics — charts with tables, filters by year and kind in the URL, XLSX per dataset. */
export default async function OperatorAnalyticsPage({ searchParams }: { searchParams: Promise<{ year?: string; kind?: string; competition?: string }> }) {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/analytics');
  const sp = await searchParams;
  const filters = parseAnalyticsFilters(sp);
  const now = new Date();
  const [t, criteriaT, format, locale] = await Promise.all([getTranslations('analytics'), getTranslations('criteria'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const tt = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const shared = (id: string) => (criteriaT.has(id as never) ? criteriaT(id as never) : null);

  const [years, money, choices, rates, scores, overdue] = await Promise.all([
    analyticsYears(db),
    moneyDatasets(db, filters),
    timelineCompetitions(db, filters),
    ratesDataset(db, filters),
    scoresDataset(db, filters),
    overdueDataset(db, filters, now),
  ]);
  const selected = choices.find((c) => c.id === sp.competition) ?? choices[0] ?? null;
  const timeline = selected ? await submissionsDataset(db, selected.id) : null;

  const formatCell = (v: CellValue, type: CellType): string => {
    if (v === null) return '—';
    if (typeof v === 'string') return v;
    if (type === 'money') return `${format.number(v, { maximumFractionDigits: 0 })} ₸`;
    if (type === 'percent') return format.number(v, { style: 'percent', maximumFractionDigits: 1 });
    if (type === 'decimal') return format.number(v, { maximumFractionDigits: 2 });
    if (type === 'integer' && v >= 1000 && v <= 2100) return String(v); // years stay unseparated
    return format.number(v, { maximumFractionDigits: 0 });
  };
  const exportHref = (dataset: AnalyticsDataset, extra: Record<string, string | null | undefined> = {}) =>
    `/operator/analytics/export?${filtersQuery(filters, { dataset, ...extra })}`;
  const exportLabel = t('export');

  const directionTable = moneyTable(money.byDirection, 'direction', locale, tt);
  const regionTable = moneyTable(money.byRegion, 'region', locale, tt);
  const totalAwarded = money.byDirection.reduce((s, b) => s + b.totalKzt, 0);
  const ratesRows = ratesTable(rates, tt);
  const orgTable = overdueByOrganizationTable(overdue.byOrganization, locale, tt);
  const agreementTable = overdueByAgreementTable(overdue.byAgreement, locale, tt);
  const filterText = [filters.year ?? t('filters.allYears'), filters.kind ? t(`kinds.${filters.kind}`) : t('filters.allKinds')].join(', ');

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>

      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-5" aria-label={t('filters.label')}>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('filters.year')}</span>
          <select name="year" defaultValue={filters.year === null ? '' : String(filters.year)} className={selectClass}>
            <option value="">{t('filters.allYears')}</option>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('filters.kind')}</span>
          <select name="kind" defaultValue={filters.kind ?? ''} className={selectClass}>
            <option value="">{t('filters.allKinds')}</option>
            {COMPETITION_KINDS.map((k) => (
              <option key={k} value={k}>{t(`kinds.${k}`)}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{t('filters.apply')}</button>
        <p className="text-sm text-slate-700" data-testid="analytics-filters">{t('filters.current', { filters: filterText })}</p>
      </form>

      <ChartFigure
        id="money-direction"
        title={t('money.byDirection.title')}
        description={t('money.byDirection.description', { total: formatCell(totalAwarded, 'money') })}
        table={directionTable}
        tableCaption={t('tableCaption', { title: t('money.byDirection.title') })}
        formatCell={formatCell}
        exportHref={exportHref('money-direction')}
        exportLabel={exportLabel}
        empty={money.byDirection.length === 0}
        emptyText={t('money.empty')}
        chart={<AnalyticsBarChart format="money" data={directionTable.rows.map((r) => ({ label: String(r[0]), value: r[1] ?? 0 }))} series={[{ key: 'value', label: t('columns.awardedKzt') }]} height={Math.max(200, directionTable.rows.length * 44 + 60)} />}
      />

      <ChartFigure
        id="money-region"
        title={t('money.byRegion.title')}
        description={t('money.byRegion.description', { total: formatCell(totalAwarded, 'money') })}
        table={regionTable}
        tableCaption={t('tableCaption', { title: t('money.byRegion.title') })}
        formatCell={formatCell}
        exportHref={exportHref('money-region')}
        exportLabel={exportLabel}
        empty={money.byRegion.length === 0}
        emptyText={t('money.empty')}
        chart={<AnalyticsBarChart format="money" data={regionTable.rows.map((r) => ({ label: String(r[0]), value: r[1] ?? 0 }))} series={[{ key: 'value', label: t('columns.awardedKzt') }]} height={Math.max(200, regionTable.rows.length * 44 + 60)} />}
      />

      <section aria-labelledby="submissions-title" className="flex flex-col gap-4">
        <h2 id="submissions-title" className="text-xl font-semibold">{t('submissions.title')}</h2>
        {choices.length === 0 || !selected || !timeline ? (
          <p className="text-slate-600">{t('submissions.empty')}</p>
        ) : (
          <>
            <form method="get" className="flex flex-wrap items-end gap-3">
              {filters.year !== null && <input type="hidden" name="year" value={filters.year} />}
              {filters.kind !== null && <input type="hidden" name="kind" value={filters.kind} />}
              <label className="flex flex-col gap-1">
                <span className="font-medium">{t('submissions.competition')}</span>
                <select name="competition" defaultValue={selected.id} className={`${selectClass} max-w-2xl`}>
                  {choices.map((c) => (
                    <option key={c.id} value={c.id}>{`${c.code ?? ''} ${localized(locale, c.names)} (${c.submissions})`.trim()}</option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded border border-brand-700 px-3 py-2 text-brand-700">{t('submissions.show')}</button>
            </form>
            <ChartFigure
              id="submissions-days"
              headingLevel={3}
              title={t('submissions.days.title', { competition: selected.code ?? localized(locale, selected.names) })}
              description={t('submissions.days.description', {
                total: timeline.total,
                onDeadlineDay: timeline.onDeadlineDay,
                deadline: format.dateTime(selected.deadlineAt, { dateStyle: 'long', timeStyle: 'short' }),
                late: timeline.late,
              })}
              table={submissionsTable(timeline, tt)}
              tableCaption={t('tableCaption', { title: t('submissions.days.caption') })}
              formatCell={(v, type) => (type === 'integer' && typeof v === 'number' && v < 0 ? String(v) : formatCell(v, type))}
              exportHref={exportHref('submissions', { competition: selected.id })}
              exportLabel={exportLabel}
              chart={<SubmissionsTimelineChart days={timeline.days} deadlineDate={timeline.deadlineDate} deadlineLabel={t('submissions.deadline')} seriesLabel={t('columns.submissions')} />}
            />
            <ChartFigure
              id="submissions-hours"
              headingLevel={3}
              title={t('submissions.hours.title')}
              description={t('submissions.hours.description', { onDeadlineDay: timeline.onDeadlineDay, hour: `${String(timeline.deadlineHour).padStart(2, '0')}:00` })}
              table={deadlineHoursTable(timeline, tt)}
              tableCaption={t('tableCaption', { title: t('submissions.hours.title') })}
              formatCell={formatCell}
              chart={
                <AnalyticsBarChart
                  layout="horizontal"
                  format="integer"
                  height={260}
                  data={timeline.hours.filter((h) => h.hour <= timeline.deadlineHour).map((h) => ({ label: String(h.hour).padStart(2, '0'), value: h.count }))}
                  series={[{ key: 'value', label: t('columns.submissions'), color: CHART_COLORS.secondary }]}
                />
              }
            />
          </>
        )}
      </section>

      <ChartFigure
        id="rates"
        title={t('rates.title')}
        description={t('rates.description')}
        table={ratesRows}
        tableCaption={t('tableCaption', { title: t('rates.title') })}
        formatCell={formatCell}
        exportHref={exportHref('rates')}
        exportLabel={exportLabel}
        empty={rates.length === 0}
        emptyText={t('rates.empty')}
        chart={
          <AnalyticsBarChart
            layout="horizontal"
            format="percent"
            domainMax={1}
            data={rates.map((r) => ({ label: `${t(`kindsShort.${r.kind}`)} ${r.year}`, admission: r.admission.rate, notHeld: r.notHeld.rate }))}
            series={[
              { key: 'admission', label: t('columns.admissionRate') },
              { key: 'notHeld', label: t('columns.notHeldRate') },
            ]}
          />
        }
      />

      <section aria-labelledby="scores-title" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h2 id="scores-title" className="text-xl font-semibold">{t('scores.title')}</h2>
          {scores.length > 0 && (
            <a href={exportHref('scores')} className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50" data-testid="export-scores">{exportLabel}</a>
          )}
        </div>
        <p className="text-slate-700">{t('scores.description')}</p>
        {scores.length === 0 ? (
          <p className="text-slate-600">{t('scores.empty')}</p>
        ) : (
          scores.map((c) => {
            const table = scoresTable(c, locale, tt, shared);
            const name = c.code ?? localized(locale, c.names);
            return (
              <ChartFigure
                key={c.competitionId}
                id={`scores-${c.competitionId}`}
                headingLevel={3}
                title={t('scores.competitionTitle', { competition: name })}
                description={t('scores.competitionDescription', { title: localized(locale, c.names), sheets: c.sheets })}
                table={table}
                tableCaption={t('tableCaption', { title: t('scores.competitionTitle', { competition: name }) })}
                formatCell={formatCell}
                chart={
                  <AnalyticsBarChart
                    format="percent"
                    domainMax={1}
                    data={c.criteria.map((cr) => ({ label: criterionTitle(cr, locale, shared), value: cr.shareOfMax }))}
                    series={[{ key: 'value', label: t('columns.shareOfMax') }]}
                    height={Math.max(200, c.criteria.length * 44 + 60)}
                  />
                }
              />
            );
          })
        )}
      </section>

      <ChartFigure
        id="overdue"
        title={t('overdue.title')}
        description={t('overdue.description', { reports: overdue.reports, organizations: overdue.byOrganization.length })}
        table={orgTable}
        tableCaption={t('tableCaption', { title: t('overdue.byOrganization') })}
        formatCell={formatCell}
        exportHref={exportHref('overdue')}
        exportLabel={exportLabel}
        empty={overdue.reports === 0}
        emptyText={t('overdue.empty')}
        chart={
          <AnalyticsBarChart
            format="integer"
            data={orgTable.rows.map((r) => ({ label: String(r[0]), value: r[1] ?? 0 }))}
            series={[{ key: 'value', label: t('columns.overdueReports') }]}
            height={Math.max(200, orgTable.rows.length * 44 + 60)}
          />
        }
      />
      {overdue.reports > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="table-overdue-agreements">
            <caption className="p-2 text-left text-sm font-medium text-slate-700">{t('overdue.byAgreement')}</caption>
            <thead className="bg-slate-100">
              <tr>
                {agreementTable.columns.map((c) => (
                  <th key={c.header} scope="col" className={`p-2 ${c.type === 'text' ? '' : 'text-right'}`}>{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {agreementTable.rows.map((row, i) => (
                <tr key={i} className="border-t border-slate-200">
                  {row.map((v, j) => {
                    const type = agreementTable.columns[j]?.type ?? 'text';
                    return j === 0 ? (
                      <th key={j} scope="row" className="p-2 font-normal">{formatCell(v, type)}</th>
                    ) : (
                      <td key={j} className={`p-2 ${type === 'text' ? '' : 'text-right tabular-nums'}`}>{formatCell(v, type)}</td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
