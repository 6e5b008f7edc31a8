import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { evaluationsOverview } from '@/lib/services/evaluation/evaluation-queries';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

/** §3.4: completed social-order projects waiting for a council, and every completion evaluation. */
export default async function EvaluationsPage() {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/evaluations');
  const { waiting, evaluations } = await evaluationsOverview(db);
  const [t, format, locale] = await Promise.all([getTranslations('evaluation'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <Link href="/operator/evaluations/annual" className="text-brand-700 underline">{t('annual.link')}</Link>
      </div>
      <section aria-labelledby="waiting-heading" className="flex flex-col gap-2">
        <h2 id="waiting-heading" className="text-xl font-semibold">{t('waiting.title')}</h2>
        {waiting.length === 0 ? (
          <p className="text-slate-600">{t('waiting.empty')}</p>
        ) : (
          <DataTable caption={t('waiting.title')} testId="evaluations-waiting" columns={[{ label: t('columns.agreement') }, { label: t('columns.ngo') }, { label: t('columns.period') }, { label: t('columns.action'), srOnly: true }]}>
            {waiting.map((a) => (
              <Row key={a.id}>
                <Cell>{a.number}</Cell>
                <Cell>{text(a.organization.nameKk, a.organization.nameRu)}</Cell>
                <Cell>{day(a.periodStart)} – {day(a.periodEnd)}</Cell>
                <Cell>
                  <Link href={`/operator/evaluations/council/${a.id}`} className="text-brand-700 underline">{t('waiting.formCouncil', { number: a.number })}</Link>
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="evaluations-heading" className="flex flex-col gap-2">
        <h2 id="evaluations-heading" className="text-xl font-semibold">{t('list.title')}</h2>
        {evaluations.length === 0 ? (
          <p className="text-slate-600">{t('list.empty')}</p>
        ) : (
          <DataTable caption={t('list.title')} columns={[{ label: t('columns.agreement') }, { label: t('columns.ngo') }, { label: t('columns.status') }]}>
            {evaluations.map((e) => (
              <Row key={e.id}>
                <Cell>
                  <Link href={`/operator/evaluations/${e.id}`} className="text-brand-700 underline">{e.agreement.number}</Link>
                </Cell>
                <Cell>{text(e.agreement.organization.nameKk, e.agreement.organization.nameRu)}</Cell>
                <Cell>{t(`status.${e.status}` as never)}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
