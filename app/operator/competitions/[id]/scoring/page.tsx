import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { scoresSealed } from '@/lib/services/scoring/sealing';
import { scoringProgress } from '@/lib/services/scoring/scoring-progress';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

const box = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * The secretary's / operator's scoring progress (issue 5 item 7): per expert COI coverage
 * (CI-2), conflicts and signed sheets; per application signed sheets of the experts who may
 * score it. Counts only — never a score value (sealed scoring, even after the seal lifts:
 * the values are on the results page).
 */
export default async function ScoringProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/competitions/${id}/scoring`);
  const competition = await db.competition.findUnique({
    where: { id },
    select: { id: true, status: true, code: true, titleKk: true, titleRu: true, titleEn: true, coiDueOn: true, scoringDueOn: true },
  });
  if (!competition || !can(actor, 'manage', { type: 'competition', status: competition.status })) notFound();
  const [t, ts, format, locale, progress] = await Promise.all([
    getTranslations('scoringProgress'),
    getTranslations('competitionStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    scoringProgress(db, id, new Date()),
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' });
  const { totals } = progress;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">
          {text(competition.titleKk, competition.titleRu, competition.titleEn)} {competition.code && <span className="text-slate-500">({competition.code})</span>}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={competition.status} label={ts(competition.status as never)} />
          {competition.coiDueOn && <span>{t('coiDue', { date: day(competition.coiDueOn) })}</span>}
          {competition.scoringDueOn && <span>{t('scoringDue', { date: day(competition.scoringDueOn) })}</span>}
        </p>
      </div>
      <section aria-labelledby="totals" className={box} data-testid="scoring-totals">
        <h2 id="totals" className="mb-2 text-xl font-semibold">{t('totalsTitle')}</h2>
        <ul className="flex flex-col gap-1">
          <li>{t('coiComplete', { done: totals.coiComplete, total: totals.experts })}</li>
          <li>{t('sheetsSigned', { done: totals.signedSheets, total: totals.expectedSheets })}</li>
        </ul>
        <p className="mt-3 text-sm text-slate-600">{scoresSealed(competition) ? t('sealedNote') : t('unsealedNote')}</p>
      </section>
      <section aria-labelledby="per-expert">
        <h2 id="per-expert" className="mb-3 text-xl font-semibold">{t('perExpertTitle')}</h2>
        {progress.perExpert.length === 0 ? (
          <p className="text-slate-600">{t('noExperts')}</p>
        ) : (
          <DataTable
            testId="progress-experts"
            columns={[
              { label: t('expert') },
              { label: t('declared'), align: 'right' },
              { label: t('conflicts'), align: 'right' },
              { label: t('signed'), align: 'right' },
            ]}
          >
            {progress.perExpert.map((e) => (
              <Row key={e.expertId}>
                <Cell>{e.name}</Cell>
                <Cell align="right">{t('ratio', { done: e.declared, total: e.admitted })}</Cell>
                <Cell align="right">{e.conflicts}</Cell>
                <Cell align="right">{t('ratio', { done: e.signed, total: e.scorable })}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="per-application">
        <h2 id="per-application" className="mb-3 text-xl font-semibold">{t('perApplicationTitle')}</h2>
        {progress.perApplication.length === 0 ? (
          <p className="text-slate-600">{t('noApplications')}</p>
        ) : (
          <DataTable
            testId="progress-applications"
            columns={[
              { label: t('applicant') },
              { label: t('lot'), align: 'right' },
              { label: t('undeclared'), align: 'right' },
              { label: t('conflicts'), align: 'right' },
              { label: t('signed'), align: 'right' },
            ]}
          >
            {progress.perApplication.map((a) => (
              <Row key={a.id}>
                <Cell>
                  {text(a.organization.nameKk, a.organization.nameRu, a.organization.nameEn)}
                  <span className="block font-mono text-sm text-slate-500">{a.organization.bin}</span>
                </Cell>
                <Cell align="right">{a.lotNumber ?? '—'}</Cell>
                <Cell align="right">{a.undeclared}</Cell>
                <Cell align="right">{a.conflicted}</Cell>
                <Cell align="right">{t('ratio', { done: a.signed, total: a.expected })}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
