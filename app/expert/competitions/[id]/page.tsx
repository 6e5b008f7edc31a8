import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { expertCompetitionApplications } from '@/lib/services/scoring/expert-workspace';
import { scoringClosedReason } from '@/lib/services/scoring/score-rules';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/**
 * The expert's applications in one competition: the admitted applicants with the expert's
 * declaration and own sheet; content links only where CI-1/CI-2 allow (declared "no
 * conflict", no automatic conflict). Members of the commission only; 404 otherwise.
 */
export default async function ExpertCompetitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'expert' }, `/expert/competitions/${id}`);
  const expertId = actor.expertId!;
  const now = new Date();
  const rows = await expertCompetitionApplications(db, expertId, id, now);
  if (!rows) notFound();
  const [competition, membership] = await Promise.all([
    db.competition.findUniqueOrThrow({ where: { id }, select: { code: true, status: true, titleKk: true, titleRu: true, titleEn: true, scoringDueOn: true } }),
    db.commissionMember.findFirst({ where: { expertId, removedAt: null, commission: { competitionId: id, purpose: 'SELECTION' } }, select: { commission: { select: { status: true } } }, orderBy: { appointedAt: 'desc' } }),
  ]);
  const [t, ts, format, locale] = await Promise.all([getTranslations('scoring'), getTranslations('competitionStatus'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const closed = scoringClosedReason({ competitionStatus: competition.status, commissionStatus: membership?.commission.status ?? null, scoringDueOn: competition.scoringDueOn }, now);
  const undeclared = rows.filter((r) => r.declaration === null).length;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/expert" className="text-brand-700 underline">
          {t('list.back')}
        </Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('list.title')}</h1>
        <p className="mt-1 text-slate-700">
          {text(competition.titleKk, competition.titleRu, competition.titleEn)} {competition.code && <span className="text-slate-500">({competition.code})</span>}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={competition.status} label={ts(competition.status as never)} />
          {competition.scoringDueOn && <span>{t('sheet.deadline', { date: format.dateTime(competition.scoringDueOn, { dateStyle: 'long', timeZone: 'UTC' }) })}</span>}
        </p>
        {closed && <p className="mt-2 text-slate-700">{t(`closed.${closed}`)}</p>}
      </div>
      {undeclared > 0 && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t('list.undeclared', { count: undeclared })}{' '}
          <Link href={`/expert/competitions/${id}/coi`} className="font-medium underline">
            {t('list.coiLink')}
          </Link>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="text-slate-600">{t('list.empty')}</p>
      ) : (
        <DataTable
          testId="expert-applications"
          columns={[
            { label: t('list.applicant') },
            { label: t('list.lot') },
            { label: t('list.project') },
            { label: t('list.declaration') },
            { label: t('list.sheet') },
            { label: t('list.actions'), srOnly: true },
          ]}
        >
          {rows.map((r) => (
            <Row key={r.id}>
              <Cell>
                {text(r.organization.nameKk, r.organization.nameRu, r.organization.nameEn)}
                <span className="block font-mono text-sm text-slate-500">{r.organization.bin}</span>
              </Cell>
              <Cell>{r.lotNumber ?? '—'}</Cell>
              <Cell>{r.projectTitle ? text(r.projectTitle.kk, r.projectTitle.ru) : <span className="text-slate-500">{t(r.conflicted ? 'list.conflicted' : 'list.hidden')}</span>}</Cell>
              <Cell>{t(`list.declarations.${r.declaration ?? 'NONE'}`)}</Cell>
              <Cell>{t(`list.sheetStatus.${r.sheetStatus ?? 'NONE'}`)}</Cell>
              <Cell>
                {r.mayOpen && (
                  <span className="flex flex-wrap gap-3">
                    <Link href={`/expert/applications/${r.id}`} className="text-brand-700 underline">
                      {t('list.open')}
                    </Link>
                    <Link href={`/expert/applications/${r.id}/score`} className="text-brand-700 underline">
                      {r.sheetStatus === 'SIGNED' || closed ? t('list.viewSheet') : t('list.score')}
                    </Link>
                  </span>
                )}
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
