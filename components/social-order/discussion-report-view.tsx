import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import type { DiscussionReport } from '@/lib/services/social-order/discussion-report';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

/**
 * F-5.1 (L2486–2511): per planned topic the comments (short content), the state body's
 * conclusion, the rejection justification and the accepted / rejected totals; comments
 * received after the close are listed as not considered (L2514–2516).
 */
export async function DiscussionReportView({ report, headingLevel = 2 }: { report: DiscussionReport; headingLevel?: 2 | 3 }) {
  const [t, format, locale] = await Promise.all([getTranslations('socialOrder.report'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const onTime = report.topics.flatMap((topic) => topic.comments.filter((c) => !c.late).map((c) => ({ topic, c })));
  const late = report.topics.flatMap((topic) => topic.comments.filter((c) => c.late).map((c) => ({ topic, c })));
  return (
    <div className="flex flex-col gap-4" data-testid="so-discussion-report">
      <H className="text-xl font-semibold">{t('title')}</H>
      {onTime.length === 0 ? (
        <p className="text-slate-600">{t('noComments')}</p>
      ) : (
        <DataTable caption={t('caption')} columns={[{ label: t('number'), align: 'right' }, { label: t('topic') }, { label: t('comment') }, { label: t('conclusion') }, { label: t('justification') }]}>
          {onTime.map(({ topic, c }, i) => (
            <Row key={c.id}>
              <Cell align="right">{i + 1}</Cell>
              <Cell>{topic.number}. {text(topic.titleKk, topic.titleRu, topic.titleEn)}</Cell>
              <Cell>
                <span className="whitespace-pre-line">{c.text}</span>
                <span className="block text-sm text-slate-600">
                  {c.organization ? text(c.organization.nameKk, c.organization.nameRu, c.organization.nameEn) : c.author} · {format.dateTime(c.submittedAt, { dateStyle: 'medium' })}
                </span>
              </Cell>
              <Cell>{t(`status.${c.status}` as never)}</Cell>
              <Cell>{c.conclusion ?? ''}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <p className="font-medium" data-testid="so-report-totals">
        {t('totals', { accepted: report.totals.accepted, rejected: report.totals.rejected, pending: report.totals.pending })}
      </p>
      {late.length > 0 && (
        <div>
          <p className="font-medium">{t('late', { count: late.length })}</p>
          <ul className="mt-1 list-disc pl-6 text-slate-700">
            {late.map(({ topic, c }) => (
              <li key={c.id}>
                {topic.number}. «{c.text}» — {c.organization ? text(c.organization.nameKk, c.organization.nameRu, c.organization.nameEn) : c.author}, {format.dateTime(c.submittedAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
