import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { scoringDuePassed } from '@/lib/services/results/close-scoring';
import type { ResultsRole } from '@/lib/services/results/results-access';
import type { ResultsView } from '@/lib/services/results/results-view';
import { coverageOf, loadScoringData } from '@/lib/services/results/scoring-results';
import { StatusBadge } from '@/components/ui/status-badge';
import { MeetingForm } from './meeting-form';
import { InterRaterPanel, RankingTables } from './ranking-tables';
import { ResultsActionButton } from './results-action-button';

/** '2026-05-04T10:30' in Asia/Almaty (UTC+5, DL-1) for a datetime-local input. */
function almatyLocal(d: Date): string {
  return new Date(d.getTime() + 5 * 3_600_000).toISOString().slice(0, 16);
}

/**
 * The results of one competition for operator staff and the commission chair: while
 * scoring, the signed-sheet count (values sealed) and the "close scoring" step; after it,
 * the ranking per lot, the inter-rater panel, the meeting record (staff edit it), the
 * protocol and the export, and publication (staff).
 */
export async function ResultsWorkspace({ view, role, basePath }: { view: ResultsView; role: ResultsRole; basePath: string }) {
  const [t, tStatus, format, locale] = await Promise.all([getTranslations('results'), getTranslations('competitionStatus'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const { competition } = view;
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' }) : '—');
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }) : '—');
  const staff = role === 'staff';
  const meeting = view.commission?.meeting ?? null;
  const memberName = new Map(view.members.map((m) => [m.id, m.name]));
  const roleLabel = (r: string) => t(`roles.${r}` as never);

  let coverage: { assigned: number; signed: number } | null = null;
  if (competition.status === 'SCORING') {
    const data = await loadScoringData(db, competition.id);
    if (data) coverage = coverageOf(data);
  }
  const duePassed = scoringDuePassed(competition.scoringDueOn, new Date());

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="results-state" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="results-state" className="text-xl font-semibold">
          {t('state.title')}
        </h2>
        <p>
          <StatusBadge status={competition.status} label={tStatus.has(competition.status as never) ? tStatus(competition.status as never) : competition.status} />
        </p>
        {competition.status === 'SCORING' && coverage && (
          <>
            <p data-testid="scoring-coverage">{t('state.coverage', { signed: coverage.signed, assigned: coverage.assigned })}</p>
            <p className="text-sm text-slate-700">{t('state.due', { due: day(competition.scoringDueOn) })}</p>
            <p className="text-sm text-slate-700">{duePassed ? t('state.duePassed') : coverage.signed === coverage.assigned && coverage.assigned > 0 ? t('state.allSigned') : t('state.sealed')}</p>
            {(duePassed || (coverage.assigned > 0 && coverage.signed === coverage.assigned)) && (
              <ResultsActionButton competitionId={competition.id} kind="close" confirmText={t('state.closeConfirm')} />
            )}
          </>
        )}
        {view.sealed && competition.status !== 'SCORING' && <p className="text-slate-700">{t('state.notYet')}</p>}
        {view.commission?.scoresOpenedAt && <p className="text-sm text-slate-700">{t('state.openedAt', { at: when(view.commission.scoresOpenedAt) })}</p>}
        {competition.resultsPublishedAt && <p className="text-sm text-slate-700">{t('state.publishedAt', { at: when(competition.resultsPublishedAt) })}</p>}
      </section>

      {!view.sealed && (
        <>
          <section aria-labelledby="ranking" className="flex flex-col gap-4">
            <h2 id="ranking" className="text-xl font-semibold">
              {t('rankingTitle')}
            </h2>
            <p className="text-sm text-slate-700">
              {t('rankingIntro', { max: view.settings.maxScore, threshold: Math.round(view.settings.thresholdShare * 100), aggregation: view.settings.aggregation })}
            </p>
            <RankingTables view={view} basePath={basePath} />
          </section>

          <InterRaterPanel view={view} />

          <section aria-labelledby="meeting" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" data-testid="meeting">
            <h2 id="meeting" className="text-xl font-semibold">
              {t('meeting.title')}
            </h2>
            {meeting ? (
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid="meeting-summary">
                <dt className="text-slate-600">{t('meeting.heldAt')}</dt>
                <dd>{when(meeting.heldAt)}</dd>
                <dt className="text-slate-600">{t('meeting.place')}</dt>
                <dd>{meeting.place}</dd>
                <dt className="text-slate-600">{t('meeting.protocol')}</dt>
                <dd>{t('meeting.protocolValue', { number: meeting.protocolNumber, date: day(meeting.protocolDate) })}</dd>
                <dt className="text-slate-600">{t('meeting.present')}</dt>
                <dd>
                  {meeting.attendance
                    .filter((a) => a.present)
                    .map((a) => memberName.get(a.memberId) ?? '—')
                    .join(', ') || '—'}
                </dd>
                <dt className="text-slate-600">{t('meeting.absent')}</dt>
                <dd>
                  {meeting.attendance
                    .filter((a) => !a.present)
                    .map((a) => memberName.get(a.memberId) ?? '—')
                    .join(', ') || '—'}
                </dd>
                {view.lots.map((lot) =>
                  lot.decision ? (
                    <div key={lot.id} className="contents">
                      <dt className="text-slate-600">{t('meeting.votesOf', { number: lot.number })}</dt>
                      <dd>
                        {t('meeting.tally', {
                          forCount: lot.decision.votes.filter((v) => v.vote === 'FOR').length,
                          againstCount: lot.decision.votes.filter((v) => v.vote === 'AGAINST').length,
                          abstainCount: lot.decision.votes.filter((v) => v.vote === 'ABSTAIN').length,
                        })}
                        {lot.decision.comment && <span className="block text-sm text-slate-700">{lot.decision.comment}</span>}
                      </dd>
                    </div>
                  ) : null,
                )}
              </dl>
            ) : (
              <p className="text-slate-700">{t('meeting.notRecorded')}</p>
            )}
            {staff && competition.status === 'COMMISSION_MEETING' && (
              <MeetingForm
                competitionId={competition.id}
                members={view.members.map((m) => ({ id: m.id, name: m.name, roleLabel: roleLabel(m.role), votingRight: m.votingRight }))}
                decisions={view.lots.flatMap((lot) =>
                  lot.decision
                    ? [
                        {
                          decisionId: lot.decision.id,
                          title: `${t('lot', { number: lot.number })}. ${text(lot.titleKk, lot.titleRu, lot.titleEn)}`,
                          outcomeLabel: lot.decision.outcome === 'HELD' ? t('held') : t('notHeld', { reason: t(`notHeldReasons.${lot.decision.notHeldReason ?? 'UNKNOWN'}` as never) }),
                        },
                      ]
                    : [],
                )}
                defaults={{
                  competitionId: competition.id,
                  expectedVersion: meeting?.version ?? -1,
                  heldAt: meeting ? almatyLocal(meeting.heldAt) : '',
                  place: meeting?.place ?? '',
                  protocolNumber: meeting?.protocolNumber ?? '',
                  protocolDate: meeting ? meeting.protocolDate.toISOString().slice(0, 10) : '',
                  notes: meeting?.notes ?? '',
                  attendance: view.members.map((m) => ({ memberId: m.id, present: meeting ? meeting.attendance.some((a) => a.memberId === m.id && a.present) : true })),
                  decisions: view.lots.flatMap((lot) =>
                    lot.decision
                      ? [
                          {
                            decisionId: lot.decision.id,
                            comment: lot.decision.comment ?? '',
                            votes: view.members
                              .filter((m) => m.votingRight)
                              .map((m) => ({ memberId: m.id, vote: lot.decision!.votes.find((v) => v.memberId === m.id)?.vote ?? '' })),
                          },
                        ]
                      : [],
                  ),
                }}
              />
            )}
          </section>

          <section aria-labelledby="documents" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="documents" className="text-xl font-semibold">
              {t('documents.title')}
            </h2>
            {meeting ? (
              <ul className="flex flex-col gap-1">
                <li>
                  <a className="text-brand-700 underline" href={`/api/competitions/${competition.id}/protocol?locale=kk`} data-testid="protocol-kk">
                    {t('documents.protocolKk')}
                  </a>
                </li>
                <li>
                  <a className="text-brand-700 underline" href={`/api/competitions/${competition.id}/protocol?locale=ru`} data-testid="protocol-ru">
                    {t('documents.protocolRu')}
                  </a>
                </li>
              </ul>
            ) : (
              <p className="text-slate-700">{t('documents.protocolAfterMeeting')}</p>
            )}
            {staff && (
              <p>
                <a className="text-brand-700 underline" href={`/api/competitions/${competition.id}/ranking.xlsx`} data-testid="ranking-xlsx">
                  {t('documents.xlsx')}
                </a>
              </p>
            )}
          </section>

          {staff && competition.status === 'COMMISSION_MEETING' && (
            <section aria-labelledby="publish" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
              <h2 id="publish" className="text-xl font-semibold">
                {t('publish.title')}
              </h2>
              <p className="text-slate-700">
                {view.lots.every((l) => l.decision?.outcome === 'NOT_HELD') ? t('publish.allNotHeld') : t('publish.intro')}
              </p>
              {meeting ? <ResultsActionButton competitionId={competition.id} kind="publish" confirmText={t('publish.confirm')} /> : <p className="text-slate-700">{t('publish.needsMeeting')}</p>}
            </section>
          )}
        </>
      )}
    </div>
  );
}
