import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { expertWorkspace } from '@/lib/services/scoring/expert-workspace';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** The expert's workspace: each commission with the expert's own progress (COI declared x/y, sheets signed x/y) and links. */
export default async function ExpertWorkspacePage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'expert' }, '/expert');
  const expertId = actor.expertId!;
  const [t, te, ts, format, locale, commissions, directions] = await Promise.all([
    getTranslations('scoring'),
    getTranslations('expert'),
    getTranslations('competitionStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    expertWorkspace(db, expertId, new Date()),
    db.expertDirection.findMany({ where: { expertId }, include: { direction: true }, orderBy: { direction: { number: 'asc' } } }),
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{te('title')}</h1>
      <section aria-labelledby="commissions">
        <h2 id="commissions" className="mb-3 text-xl font-semibold">{te('commissionsTitle')}</h2>
        {commissions.length === 0 ? (
          <p className="text-slate-600">{te('noCommissions')}</p>
        ) : (
          <DataTable
            testId="expert-commissions"
            columns={[
              { label: te('competitionColumn') },
              { label: te('roleColumn') },
              { label: te('statusColumn') },
              { label: t('workspace.coiColumn'), align: 'right' },
              { label: t('workspace.signedColumn'), align: 'right' },
              { label: t('workspace.actionsColumn'), srOnly: true },
            ]}
          >
            {commissions.map((m) => {
              const c = m.competition;
              return (
                <Row key={m.membershipId}>
                  <Cell>
                    <span className="font-medium">{text(c.titleKk, c.titleRu, c.titleEn)}</span>
                    {c.code && <span className="block text-sm text-slate-500">{c.code}</span>}
                    {c.status === 'COI' && c.coiDueOn && <span className="block text-sm text-slate-600">{t('workspace.coiDue', { date: day(c.coiDueOn) })}</span>}
                    {c.status === 'SCORING' && c.scoringDueOn && <span className="block text-sm text-slate-600">{t('workspace.scoringDue', { date: day(c.scoringDueOn) })}</span>}
                  </Cell>
                  <Cell>{te(`roles.${m.role}`)}</Cell>
                  <Cell>
                    <StatusBadge status={c.status} label={ts(c.status as never)} />
                  </Cell>
                  <Cell align="right">{m.working ? t('workspace.progress', { done: m.declared, total: m.admitted }) : '—'}</Cell>
                  <Cell align="right">{m.working ? t('workspace.progress', { done: m.signed, total: m.scorable }) : '—'}</Cell>
                  <Cell>
                    {m.working && (
                      <span className="flex flex-wrap gap-3">
                        <Link href={`/expert/competitions/${c.id}/coi`} className="text-brand-700 underline">
                          {m.coiOpen ? t('workspace.declareLink') : t('workspace.coiLink')}
                        </Link>
                        <Link href={`/expert/competitions/${c.id}`} className="text-brand-700 underline">
                          {t('workspace.applicationsLink')}
                        </Link>
                        {m.role === 'CHAIR' && ['SCORING', 'COMMISSION_MEETING', 'RESULTS_PUBLISHED'].includes(c.status) && (
                          <Link href={`/expert/competitions/${c.id}/results`} className="text-brand-700 underline">
                            {t('workspace.resultsLink')}
                          </Link>
                        )}
                      </span>
                    )}
                  </Cell>
                </Row>
              );
            })}
          </DataTable>
        )}
      </section>
      <p>
        <Link href="/expert/evaluations" className="text-brand-700 underline">
          {t('workspace.evaluationsLink')}
        </Link>
      </p>
      <section aria-labelledby="directions">
        <h2 id="directions" className="mb-3 text-xl font-semibold">{te('directionsTitle')}</h2>
        <ul className="list-disc pl-6">
          {directions.map((d) => (
            <li key={d.id}>
              {d.direction.number}. {text(d.direction.nameKk, d.direction.nameRu, d.direction.nameEn)} — {te('years', { count: d.yearsOfExperience })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
