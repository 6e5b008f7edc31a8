import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { allowedTransitions, isCompetitionKind } from '@/lib/rules';
import { LIVE_COMPETITION_STATUSES } from '@/lib/services/competitions/create-competition';
import { NOT_HELD_BEFORE_SCORING_STATUSES } from '@/lib/services/competitions/declare-not-held';
import { lotCounts, lotNotHeldBeforeScoring } from '@/lib/services/competitions/lot-not-held';
import { publishIssues } from '@/lib/services/competitions/publish-check';
import { competitionTimeline } from '@/lib/services/competitions/timeline';
import { loadWorkCalendar } from '@/lib/services/competitions/work-calendar';
import { LifecycleActions, ReannounceButton } from '@/components/competitions/lifecycle-actions';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { HistoryLink } from '@/components/ui/history-link';

export const dynamic = 'force-dynamic';

const box = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * The competition hub (overview): status, the engine's timeline (DL-3 window, DL-4 COI due,
 * DL-5 scoring due on the Kazakhstan calendar), lots with counts and decisions, and the
 * lifecycle steps this stage allows (publish, start admission, declare not held, cancel,
 * re-announce a not-held lot). Operator staff only.
 */
export default async function CompetitionHubPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/competitions/${id}`);
  const c = await db.competition.findUnique({
    where: { id },
    include: {
      organizer: { select: { nameKk: true, nameRu: true, nameEn: true } },
      plan: { select: { id: true, year: true, titleKk: true, titleRu: true, titleEn: true } },
      repeatOf: { select: { id: true, titleKk: true, titleRu: true, titleEn: true } },
      lots: {
        orderBy: { number: 'asc' },
        include: {
          direction: { select: { nameKk: true, nameRu: true, nameEn: true } },
          region: { select: { nameKk: true, nameRu: true, nameEn: true } },
          decisions: { orderBy: { createdAt: 'desc' }, take: 1, select: { outcome: true, notHeldReason: true } },
        },
      },
    },
  });
  if (!c) notFound();
  const [t, ts, tr, format, locale] = await Promise.all([
    getTranslations('competitionSetup'),
    getTranslations('competitionStatus'),
    getTranslations('competitionSetup.notHeldReasons'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const text = (x: { titleKk?: string | null; titleRu?: string | null; titleEn?: string | null; nameKk?: string | null; nameRu?: string | null; nameEn?: string | null }) =>
    localized(locale, { kk: x.titleKk ?? x.nameKk, ru: x.titleRu ?? x.nameRu, en: x.titleEn ?? x.nameEn });
  const money = (v: bigint | null) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }));
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }) : '—');
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });

  const now = new Date();
  const cal = await loadWorkCalendar(db);
  const timeline = competitionTimeline(c, cal);
  const counts = await lotCounts(db, c.id);
  const appCounts = await db.application.groupBy({ by: ['status'], where: { competitionId: c.id }, _count: { _all: true } });
  const countOf = (pred: (s: string) => boolean) => appCounts.filter((a) => pred(a.status)).reduce((s, a) => s + a._count._all, 0);
  const repeats = await db.competition.findMany({
    where: { repeatOfId: c.id, status: { in: LIVE_COMPETITION_STATUSES } },
    select: { id: true, lots: { select: { planTopicId: true, titleKk: true } } },
  });

  const kind = isCompetitionKind(c.kind) ? c.kind : undefined;
  const manage = can(actor, 'manage', { type: 'competition', status: c.status });
  const moves = manage ? allowedTransitions('competition', c.status, actor.role, { kind }).map((x) => x.to) : [];
  const notHeldReasons = counts.map((lc) => lotNotHeldBeforeScoring(lc, c.criteria, c.thresholdPercent));
  const canDeclareNotHeld =
    manage && NOT_HELD_BEFORE_SCORING_STATUSES.includes(c.status) && moves.includes('NOT_HELD') && counts.length > 0 && notHeldReasons.every((r) => r !== null);
  const issues = c.status === 'DRAFT' ? publishIssues(c, now, cal).issues : [];
  const te = await getTranslations('competitionSetup.errors');

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator" className="text-brand-700 underline">{t('hub.back')}</Link>
      </p>
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {c.code && <span className="font-mono text-slate-600">{t('hub.code', { code: c.code })}</span>}
          <span data-testid="competition-status">
            <StatusBadge status={c.status} label={ts(c.status as never)} />
          </span>
        </div>
        <h1 className="text-3xl font-bold">{text(c)}</h1>
        <p>
          <HistoryLink type="Competition" id={c.id} />
        </p>
        <p className="text-slate-600">
          {t('hub.organizer')}: {text(c.organizer)}
          {c.plan && (
            <>
              {' '}
              · {t('hub.plan')}: {text(c.plan)}
            </>
          )}
        </p>
        {c.repeatOf && (
          <p>
            <Link href={`/operator/competitions/${c.repeatOf.id}`} className="text-brand-700 underline">
              {t('hub.repeatOf', { title: text(c.repeatOf) })}
            </Link>
          </p>
        )}
        <p className="flex flex-wrap gap-4">
          {c.status === 'DRAFT' && (
            <Link href={`/operator/competitions/${c.id}/settings`} className="text-brand-700 underline">
              {t('hub.settingsLink')}
            </Link>
          )}
          {c.status !== 'DRAFT' && (
            <Link href={`/competitions/${c.id}`} className="text-brand-700 underline">
              {t('hub.publicLink')}
            </Link>
          )}
        </p>
        {c.status === 'CANCELLED' && c.cancelledAt && (
          <p className="rounded border border-slate-300 bg-slate-50 p-3">{t('hub.cancelled', { at: when(c.cancelledAt), reason: c.cancellationReason ?? '' })}</p>
        )}
      </header>

      <section aria-labelledby="timeline" className={box} data-testid="timeline">
        <h2 id="timeline" className="mb-3 text-xl font-semibold">{t('hub.timelineTitle')}</h2>
        {!timeline ? (
          <p className="text-slate-600">{t('hub.noTimeline')}</p>
        ) : (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            {c.announcedAt && (
              <>
                <dt className="text-slate-500">{t('hub.announcedAt')}</dt>
                <dd>{when(c.announcedAt)}</dd>
              </>
            )}
            <dt className="text-slate-500">{t('hub.opensAt')}</dt>
            <dd>{when(c.opensAt)}</dd>
            <dt className="text-slate-500">{t('hub.deadlineAt')}</dt>
            <dd className="font-semibold" data-testid="timeline-deadline">{when(c.deadlineAt)}</dd>
            <dt className="text-slate-500">{t('hub.window')}</dt>
            <dd data-testid="timeline-window" className={timeline.windowIssue ? 'font-medium text-red-800' : ''}>
              {t('hub.windowDays', { days: timeline.windowCalendarDays })}
              {timeline.windowIssue && ` — ${te(timeline.windowIssue === 'WINDOW_TOO_SHORT' ? 'windowTooShort' : timeline.windowIssue === 'WINDOW_TOO_LONG' ? 'windowTooLong' : 'windowClosesBeforeOpening', { days: timeline.windowCalendarDays, min: timeline.windowMinDays, max: timeline.windowMaxDays })}`}
            </dd>
            <dt className="text-slate-500">{t('hub.coiDue', { days: c.coiWorkingDays ?? 3 })}</dt>
            <dd data-testid="timeline-coi">{day(timeline.coiDueOn)}</dd>
            <dt className="text-slate-500">{t('hub.scoringDue', { days: c.scoringWorkingDays ?? 15 })}</dt>
            <dd data-testid="timeline-scoring">
              {day(timeline.scoringDueOn)}
              {timeline.scoringDueEstimated && <span className="block text-sm text-slate-600">{t('hub.scoringDueEstimated')}</span>}
            </dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="lots" className="flex flex-col gap-3">
        <h2 id="lots" className="text-xl font-semibold">{t('hub.lotsTitle')}</h2>
        <p>
          {t('hub.totalBudget')}: <span className="font-semibold">{money(c.budgetKzt)}</span> ·{' '}
          <span data-testid="application-counts">
            {t('hub.counts', {
              drafts: countOf((s) => s === 'DRAFT'),
              submitted: counts.reduce((s, x) => s + x.submitted, 0),
              admitted: counts.reduce((s, x) => s + x.admitted, 0),
            })}
          </span>
        </p>
        <DataTable
          caption={t('hub.lotsCaption')}
          testId="hub-lots"
          columns={[
            { label: t('hub.lot') },
            { label: t('hub.budget'), align: 'right' },
            { label: t('hub.submitted'), align: 'right' },
            { label: t('hub.admitted'), align: 'right' },
            { label: t('hub.decision') },
          ]}
        >
          {c.lots.map((lot, i) => {
            const lc = counts[i];
            const decision = lot.decisions[0];
            const repeat = repeats.find((r) => r.lots.some((l) => (lot.planTopicId ? l.planTopicId === lot.planTopicId : l.titleKk === lot.titleKk)));
            const title = `${lot.number}. ${text(lot)}`;
            return (
              <Row key={lot.id}>
                <Cell>
                  <span className="font-medium">{title}</span>
                  <span className="block text-sm text-slate-600">
                    {lot.direction ? text(lot.direction) : ''}
                    {lot.region ? ` · ${text(lot.region)}` : ''}
                  </span>
                </Cell>
                <Cell align="right" className="whitespace-nowrap">{money(lot.budgetKzt)}</Cell>
                <Cell align="right">{lc?.submitted ?? 0}</Cell>
                <Cell align="right">{lc?.admitted ?? 0}</Cell>
                <Cell>
                  {decision ? (
                    decision.outcome === 'NOT_HELD' ? (
                      <div className="flex flex-col gap-2">
                        <span className="font-medium text-amber-900">
                          {t('hub.notHeldReason', { reason: decision.notHeldReason && tr.has(decision.notHeldReason as never) ? tr(decision.notHeldReason as never) : '—' })}
                        </span>
                        {repeat ? (
                          <Link href={`/operator/competitions/${repeat.id}`} className="text-brand-700 underline">
                            {t('hub.reannounced')}
                          </Link>
                        ) : (
                          manage && <ReannounceButton competitionId={c.id} lotId={lot.id} version={c.version} label={`${t('hub.reannounce')}: ${title}`} />
                        )}
                      </div>
                    ) : (
                      <span className="text-green-900">{t('hub.held')}</span>
                    )
                  ) : (
                    '—'
                  )}
                </Cell>
              </Row>
            );
          })}
        </DataTable>
      </section>

      {manage && (
        <section aria-labelledby="actions" className={box} data-testid="hub-actions">
          <h2 id="actions" className="mb-3 text-xl font-semibold">{t('hub.actionsTitle')}</h2>
          {issues.length > 0 && (
            <div className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900" data-testid="publish-issues">
              <p className="font-medium">{t('hub.publishBlocked')}</p>
              <ul className="list-disc pl-5">
                {issues.map((x) => (
                  <li key={x.code}>{te(x.code as never, x.params as never)}</li>
                ))}
              </ul>
            </div>
          )}
          <LifecycleActions
            competitionId={c.id}
            version={c.version}
            canPublish={c.status === 'DRAFT' && moves.includes('ANNOUNCED')}
            canStartAdmission={moves.includes('ADMISSION') && c.status === 'CLOSED'}
            canDeclareNotHeld={canDeclareNotHeld}
            canCancel={moves.includes('CANCELLED')}
          />
        </section>
      )}
    </div>
  );
}
