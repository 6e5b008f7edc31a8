import { getFormatter, getTranslations } from 'next-intl/server';
import { REPORT_SECTIONS, reportTotals, type BilingualText, type NgoDatabaseReportForm, type ReportSection } from '@/lib/validation/ngo-database-report';

type Row = { key: string; label: string; heading?: boolean } & ({ text: BilingualText } | { value: string });

/**
 * A report read-only, Kazakh and Russian side by side (the operator's review page and the
 * NGO's page once sent). Language-neutral values span both columns.
 */
export async function ReportView({ report }: { report: NgoDatabaseReportForm }) {
  const [t, ts, tf, tr, tsrc, format] = await Promise.all([
    getTranslations('ngoReport.view'),
    getTranslations('ngoReport.sections'),
    getTranslations('ngoReport.fields'),
    getTranslations('ngoReport.rows'),
    getTranslations('ngoReport.sourceTypes'),
    getFormatter(),
  ]);
  const money = (n: number | null) => (n === null ? '—' : `${format.number(n)} ₸`);
  const num = (n: number | null) => (n === null ? '—' : format.number(n));
  const f = (section: ReportSection, leaf: string) => tf(`${section}.${leaf}`);
  const row = (section: ReportSection, list: string, i: number) => tr(`${section}.${list}`, { n: i + 1 });
  const totals = reportTotals(report);
  const g = report.general;

  const rows: Record<ReportSection, Row[]> = {
    general: [
      { key: 'a', label: f('general', 'legalAddress'), text: g.legalAddress },
      { key: 'h', label: f('general', 'headFullName'), text: g.headFullName },
      { key: 'act', label: f('general', 'activities'), text: g.activities },
      { key: 'b', label: f('general', 'branches'), text: g.branches },
      { key: 's', label: f('general', 'staffCount'), value: num(g.staffCount) },
      { key: 'v', label: f('general', 'volunteersCount'), value: num(g.volunteersCount) },
      { key: 'ben', label: f('general', 'beneficiariesCount'), value: num(g.beneficiariesCount) },
    ],
    founders: report.founders.items.flatMap((x, i): Row[] => [
      { key: `h${i}`, label: row('founders', 'items', i), heading: true, value: '' },
      { key: `n${i}`, label: f('founders', 'name'), text: x.name },
      { key: `i${i}`, label: f('founders', 'identifier'), value: x.identifier || '—' },
      { key: `s${i}`, label: f('founders', 'sharePercent'), value: x.sharePercent === null ? '—' : `${format.number(x.sharePercent)} %` },
    ]),
    property: [
      ...report.property.items.flatMap((x, i): Row[] => [
        { key: `d${i}`, label: `${row('property', 'items', i)}: ${f('property', 'description')}`, text: x.description },
        { key: `v${i}`, label: `${row('property', 'items', i)}: ${f('property', 'valueKzt')}`, value: money(x.valueKzt) },
      ]),
      { key: 'total', label: t('total'), value: money(totals.propertyKzt) },
    ],
    finances: [
      ...report.finances.sources.flatMap((x, i): Row[] => [
        { key: `sh${i}`, label: row('finances', 'sources', i), heading: true, value: '' },
        { key: `st${i}`, label: f('finances', 'type'), value: x.type ? tsrc(x.type) : '—' },
        { key: `sn${i}`, label: f('finances', 'note'), text: x.note },
        { key: `sa${i}`, label: f('finances', 'amountKzt'), value: money(x.amountKzt) },
      ]),
      { key: 'income', label: t('totalIncome'), value: money(totals.incomeKzt) },
      ...report.finances.spending.flatMap((x, i): Row[] => [
        { key: `pd${i}`, label: `${row('finances', 'spending', i)}: ${f('finances', 'direction')}`, text: x.direction },
        { key: `pa${i}`, label: `${row('finances', 'spending', i)}: ${f('finances', 'amountKzt')}`, value: money(x.amountKzt) },
      ]),
      { key: 'spending', label: t('totalSpending'), value: money(totals.spendingKzt) },
    ],
    projects: report.projects.items.flatMap((x, i): Row[] => [
      { key: `h${i}`, label: row('projects', 'items', i), heading: true, value: '' },
      { key: `t${i}`, label: f('projects', 'title'), text: x.title },
      { key: `c${i}`, label: f('projects', 'customer'), text: x.customer },
      { key: `a${i}`, label: f('projects', 'amountKzt'), value: money(x.amountKzt) },
      { key: `p${i}`, label: t('period'), value: x.startDate || x.endDate ? `${x.startDate || '…'} — ${x.endDate || '…'}` : '—' },
    ]),
    balance: [
      { key: 'a', label: f('balance', 'assetsKzt'), value: money(report.balance.assetsKzt) },
      { key: 'l', label: f('balance', 'liabilitiesKzt'), value: money(report.balance.liabilitiesKzt) },
      { key: 'n', label: f('balance', 'netAssetsKzt'), value: money(totals.netAssetsKzt) },
    ],
  };

  return (
    <div className="flex flex-col gap-6">
      {REPORT_SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`view-${section}`} className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id={`view-${section}`} className="mb-3 text-xl font-semibold">
            {ts(section)}
          </h2>
          {rows[section].length === 0 ? (
            <p className="text-slate-600">{t('empty')}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="w-1/4 p-2">{t('field')}</th>
                    <th scope="col" className="p-2" lang="kk">{t('kk')}</th>
                    <th scope="col" className="p-2" lang="ru">{t('ru')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows[section].map((r) =>
                    r.heading ? (
                      <tr key={r.key} className="border-t border-slate-300 bg-slate-50">
                        <th scope="rowgroup" colSpan={3} className="p-2 font-semibold">{r.label}</th>
                      </tr>
                    ) : (
                      <tr key={r.key} className="border-t border-slate-200 align-top">
                        <th scope="row" className="p-2 font-medium text-slate-700">{r.label}</th>
                        {'text' in r ? (
                          <>
                            <td className="whitespace-pre-line p-2" lang="kk">{r.text.kk || '—'}</td>
                            <td className="whitespace-pre-line p-2" lang="ru">{r.text.ru || '—'}</td>
                          </>
                        ) : (
                          <td colSpan={2} className="p-2">{r.value}</td>
                        )}
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
