import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { almatyDateOf, isDumping, isOnTime, minimumNonDumpingPrice } from '@/lib/rules';
import { DIRECT_COMPOSABLE_STATUSES, socialOrderMinMembers } from '@/lib/services/commission/direct-commission';
import { loadWorkCalendar } from '@/lib/services/competitions/work-calendar';
import { allocatedAmountOf } from '@/lib/services/social-order/allocated';
import { checkAnnouncementDates } from '@/lib/services/social-order/announcement-check';
import { socialOrderCommissionViolations, votingMembers } from '@/lib/services/social-order/commission-check';
import { socialOrderSettingsOf } from '@/lib/services/social-order/settings';
import { DirectCommissionSection } from '@/components/commission/direct-commission-section';
import { ApproveCommissionButton, ComputeRankingButton } from '@/components/social-order/social-order-actions';
import { AdmissionDecisionForm, PublishResultsButton, VotesForm } from '@/components/social-order/social-order-forms';
import { ScheduleForm } from '@/components/social-order/schedule-form';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

const card = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * One social-order competition for the operator (stage 6): the announcement dates against
 * L2581–2584, the price offers with the SO-2 dumping flag, the commission against CM-2 and
 * the SO-1 ranking with the commission's vote. Every verdict comes from lib/rules.
 */
export default async function SocialOrderCompetitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('manage', { type: 'competition', status: 'DRAFT' }, `/operator/social-order/${id}`);
  const c = await db.competition.findUnique({
    where: { id },
    select: {
      id: true, kind: true, code: true, status: true, version: true, resultsPublishedAt: true, titleKk: true, titleRu: true, titleEn: true, settings: true, dumpingPercent: true, allocatedKzt: true, announcedAt: true, deadlineAt: true,
      lots: { orderBy: { number: 'asc' }, select: { id: true, number: true, budgetKzt: true } },
      commissions: {
        where: { purpose: 'SELECTION' },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          id: true, status: true, version: true,
          members: {
            where: { removedAt: null },
            orderBy: { appointedAt: 'asc' },
            select: { id: true, role: true, side: true, votingRight: true, user: { select: { name: true } }, expert: { select: { operatorEmployee: true, user: { select: { name: true } } } } },
          },
        },
      },
      decisions: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true, lotId: true, comment: true, status: true,
          votes: { select: { vote: true, member: { select: { id: true } } } },
          rankingRows: { orderBy: { rank: 'asc' }, select: { id: true, rank: true, score: true, discountPercent: true, conditionalPriceKzt: true, winner: true, application: { select: { bidPriceKzt: true, organization: { select: { nameKk: true, nameRu: true, nameEn: true } } } } } },
        },
      },
    },
  });
  if (!c || c.kind !== 'SOCIAL_ORDER') notFound();
  const applications = await db.application.findMany({
    where: { competitionId: id, submittedAt: { not: null }, withdrawnAt: null },
    orderBy: { submittedAt: 'asc' },
    select: { id: true, status: true, version: true, lotId: true, bidPriceKzt: true, marketExperienceYears: true, statusReason: true, organization: { select: { nameKk: true, nameRu: true, nameEn: true } } },
  });

  const [t, tc, ts, tsa, format, locale] = await Promise.all([
    getTranslations('socialOrder'),
    getTranslations('directCommission'),
    getTranslations('competitionStatus'),
    getTranslations('applicationStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const name = (o: { nameKk: string; nameRu: string; nameEn: string | null }) => localized(locale, { kk: o.nameKk, ru: o.nameRu, en: o.nameEn });
  const money = (v: number | bigint) => `${format.number(Number(v))} ₸`;
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const settings = socialOrderSettingsOf(c);
  const dates =
    settings.documentationApprovedOn && c.announcedAt && c.deadlineAt
      ? checkAnnouncementDates({ documentationApprovedOn: settings.documentationApprovedOn, announcedAt: c.announcedAt, deadlineAt: c.deadlineAt }, settings, await loadWorkCalendar(db))
      : null;
  const commission = c.commissions[0] ?? null;
  const storedMembers = commission?.members.map((m) => ({ id: m.id, role: m.role, side: m.side, votingRight: m.votingRight, operatorEmployee: m.expert?.operatorEmployee ?? false })) ?? [];
  const violations = commission ? socialOrderCommissionViolations(storedMembers, settings.singleOrganizer) : [];
  const now = new Date();
  const deadlinePassed = c.deadlineAt !== null && !isOnTime(now, c.deadlineAt); // DL-1: admission after the close
  const overrides = await db.calendarOverride.findMany({ select: { date: true, kind: true } });
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const localValue = (d: Date | null) => (d ? `${almatyDateOf(d)}T${new Date(d.getTime() + 5 * 3600_000).toISOString().slice(11, 16)}` : '');
  const voters = commission
    ? votingMembers(commission.members.map((m) => ({ ...m, operatorEmployee: false }))).map((m) => ({ id: m.id, name: m.expert?.user.name ?? m.user?.name ?? '—', chair: m.role === 'CHAIR' }))
    : [];
  const published = c.status === 'RESULTS_PUBLISHED' || c.status === 'NOT_HELD';
  // CM-2: the protocol exists once the commission has voted on every lot.
  const votesRecorded = c.decisions.length > 0 && c.decisions.every((d) => d.votes.length > 0);
  const allAdopted = c.decisions.length > 0 && c.decisions.every((d) => d.votes.length > 0 && d.comment !== 'NOT_ADOPTED');

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/social-order" className="text-brand-700 underline">{t('detail.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{localized(locale, { kk: c.titleKk, ru: c.titleRu, en: c.titleEn })}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          {c.code && <span className="text-slate-600">{c.code}</span>}
          <StatusBadge status={c.status} label={ts(c.status as never)} />
        </p>
      </div>

      <section aria-labelledby="so-dates" className={card}>
        <h2 id="so-dates" className="text-xl font-semibold">{t('detail.dates')}</h2>
        <dl className="mt-3 grid gap-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('detail.approvedOn')}</dt>
          <dd>{settings.documentationApprovedOn ? format.dateTime(new Date(`${settings.documentationApprovedOn}T12:00:00+05:00`), { dateStyle: 'medium' }) : t('detail.notSet')}</dd>
          <dt className="font-medium">{t('detail.announcedAt')}</dt>
          <dd>{c.announcedAt ? when(c.announcedAt) : t('detail.notSet')}</dd>
          <dt className="font-medium">{t('detail.deadlineAt')}</dt>
          <dd>{c.deadlineAt ? when(c.deadlineAt) : t('detail.notSet')}</dd>
        </dl>
        {dates &&
          (dates.issues.length === 0 ? (
            <p className="mt-3 text-green-800">{t('detail.datesOk')}</p>
          ) : (
            <ul className="mt-3 list-disc rounded border border-amber-300 bg-amber-50 p-3 pl-8 text-amber-900" data-testid="so-date-issues">
              {dates.issues.map((code) => (
                <li key={code}>{t(`errors.${code}` as never, { latestAnnouncementOn: dates.latestAnnouncementOn, earliestDeadlineOn: dates.earliestDeadlineOn } as never)}</li>
              ))}
            </ul>
          ))}
        {c.status === 'DRAFT' && (
          <ScheduleForm
            competitionId={c.id}
            defaults={{ expectedVersion: c.version, documentationApprovedOn: settings.documentationApprovedOn ?? '', announcedAt: localValue(c.announcedAt), deadlineAt: localValue(c.deadlineAt) }}
            settings={{ announceAfterDocsMaxWorkingDays: settings.announceAfterDocsMaxWorkingDays, minAnnouncementCalendarDays: settings.minAnnouncementCalendarDays }}
            overrides={{ extraDaysOff: overrides.filter((o) => o.kind === 'DAY_OFF').map((o) => iso(o.date)), extraWorkingDays: overrides.filter((o) => o.kind === 'WORKING_DAY').map((o) => iso(o.date)) }}
          />
        )}
      </section>

      <section aria-labelledby="so-bids" className={card}>
        <h2 id="so-bids" className="text-xl font-semibold">{t('detail.bids')}</h2>
        {applications.length === 0 ? (
          <p className="mt-2 text-slate-600">{t('detail.noBids')}</p>
        ) : (
          <DataTable caption={t('detail.bidsCaption')} columns={[{ label: t('detail.ngo') }, { label: t('list.status') }, { label: t('detail.bid'), align: 'right' }, { label: t('detail.experience'), align: 'right' }, { label: t('detail.dumping') }, { label: t('admission.decision') }]}>
            {applications.map((a) => {
              const allocated = allocatedAmountOf(c.lots.find((l) => l.id === a.lotId) ?? null, c);
              const dumping = a.bidPriceKzt !== null && allocated !== null && isDumping(Number(a.bidPriceKzt), allocated, settings.dumpingShare); // SO-2
              return (
                <Row key={a.id}>
                  <Cell>{name(a.organization)}</Cell>
                  <Cell>
                    <StatusBadge status={a.status} label={tsa(a.status as never)} />
                  </Cell>
                  <Cell align="right">{a.bidPriceKzt !== null ? money(a.bidPriceKzt) : t('detail.noBid')}</Cell>
                  <Cell align="right">{a.marketExperienceYears ?? '—'}</Cell>
                  <Cell>{dumping && allocated !== null ? <span className="font-semibold text-red-800">{t('detail.dumpingYes', { minimum: money(minimumNonDumpingPrice(allocated, settings.dumpingShare)) })}</span> : t('detail.dumpingNo')}</Cell>
                  <Cell>
                    {a.status === 'SUBMITTED' && deadlinePassed ? (
                      <AdmissionDecisionForm competitionId={c.id} applicationId={a.id} version={a.version} dumping={dumping} label={name(a.organization)} />
                    ) : a.status === 'SUBMITTED' ? (
                      <span className="text-slate-600">{t('admission.afterDeadline')}</span>
                    ) : (
                      <span className="text-sm text-slate-700">{a.statusReason ?? ''}</span>
                    )}
                  </Cell>
                </Row>
              );
            })}
          </DataTable>
        )}
      </section>

      {DIRECT_COMPOSABLE_STATUSES.includes(c.status) && commission?.status !== 'DRAFT' ? (
        <DirectCommissionSection
          competition={{ id: c.id, kind: 'SOCIAL_ORDER', status: c.status, version: c.version, settings: c.settings }}
          lead={tc('leadSocialOrder', { min: socialOrderMinMembers(c.settings) })}
        />
      ) : (
        <section aria-labelledby="so-commission" className={card}>
          <h2 id="so-commission" className="text-xl font-semibold">{t('detail.commission')}</h2>
          {!commission ? (
            <p className="mt-2 text-slate-600">{t('detail.commissionNone')}</p>
          ) : (
            <div className="mt-2 flex flex-col gap-3">
              <p>{t('detail.commissionMembers', { count: votingMembers(storedMembers).length })}</p>
              {violations.length === 0 ? (
                <p className="text-green-800">{t('detail.commissionOk')}</p>
              ) : (
                <ul className="list-disc rounded border border-amber-300 bg-amber-50 p-3 pl-8 text-amber-900" data-testid="so-commission-violations">
                  {violations.map((v) => (
                    <li key={v}>{t(`violations.${v}` as never)}</li>
                  ))}
                </ul>
              )}
              {commission.status === 'DRAFT' && <ApproveCommissionButton competitionId={c.id} commissionId={commission.id} version={commission.version} />}
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="so-ranking" className={card}>
        <h2 id="so-ranking" className="text-xl font-semibold">{t('detail.ranking')}</h2>
        {c.decisions.length === 0 ? (
          <div className="mt-2 flex flex-col gap-3">
            <p className="text-slate-600">{t('detail.noRanking')}</p>
            {commission?.status === 'APPROVED' && <ComputeRankingButton competitionId={c.id} />}
          </div>
        ) : (
          c.decisions.map((d) => {
            const count = (v: string) => d.votes.filter((x) => x.vote === v).length;
            return (
              <div key={d.id} className="mt-3 flex flex-col gap-2">
                <DataTable caption={t('detail.rankingCaption')} columns={[{ label: t('detail.rank'), align: 'right' }, { label: t('detail.ngo') }, { label: t('detail.bid'), align: 'right' }, { label: t('detail.score'), align: 'right' }, { label: t('detail.discount'), align: 'right' }, { label: t('detail.conditionalPrice'), align: 'right' }, { label: t('detail.winner') }]}>
                  {d.rankingRows.map((r) => (
                    <Row key={r.id}>
                      <Cell align="right">{r.rank}</Cell>
                      <Cell>{name(r.application.organization)}</Cell>
                      <Cell align="right">{r.application.bidPriceKzt !== null ? money(r.application.bidPriceKzt) : '—'}</Cell>
                      <Cell align="right">{format.number(Number(r.score))}</Cell>
                      <Cell align="right">{t('detail.percent', { value: r.discountPercent ?? 0 })}</Cell>
                      <Cell align="right">{r.conditionalPriceKzt !== null ? money(r.conditionalPriceKzt) : '—'}</Cell>
                      <Cell>{r.winner ? <strong>{t('detail.winner')}</strong> : ''}</Cell>
                    </Row>
                  ))}
                </DataTable>
                {d.votes.length > 0 && <p data-testid="so-vote-tally">{t('detail.votes', { for: count('FOR'), against: count('AGAINST'), abstain: count('ABSTAIN') })}</p>}
                {d.votes.length > 0 && d.comment !== 'NOT_ADOPTED' && <p className="font-medium text-green-800">{t('detail.adopted')}</p>}
                {d.comment === 'NOT_ADOPTED' && <p className="text-red-800">{t('detail.notAdopted')}</p>}
                {d.votes.length === 0 && d.status === 'DRAFT' && commission?.status === 'APPROVED' && voters.length > 0 && (
                  <div className="mt-2">
                    <h3 className="mb-2 text-lg font-semibold">{t('votes.title')}</h3>
                    <VotesForm competitionId={c.id} decisionId={d.id} members={voters} />
                  </div>
                )}
              </div>
            );
          })
        )}
        {votesRecorded && (
          <p className="mt-3 flex flex-wrap gap-4">
            <a href={`/api/competitions/${c.id}/social-order-protocol?locale=kk`} className="text-brand-700 underline" data-testid="so-protocol-kk">{t('protocol.linkKk')}</a>
            <a href={`/api/competitions/${c.id}/social-order-protocol?locale=ru`} className="text-brand-700 underline" data-testid="so-protocol-ru">{t('protocol.linkRu')}</a>
          </p>
        )}
      </section>

      <section aria-labelledby="so-publish" className={card}>
        <h2 id="so-publish" className="text-xl font-semibold">{t('publish.title')}</h2>
        {published ? (
          <p className="mt-2 text-green-800" data-testid="so-published">
            {t('publish.published', { at: c.resultsPublishedAt ? when(c.resultsPublishedAt) : '—' })}{' '}
            <Link href={`/competitions/${c.id}`} className="text-brand-700 underline">{t('publish.publicPage')}</Link>
          </p>
        ) : allAdopted ? (
          <div className="mt-2 flex flex-col gap-2">
            <p>{t('publish.ready')}</p>
            <PublishResultsButton competitionId={c.id} version={c.version} />
          </div>
        ) : (
          <p className="mt-2 text-slate-600">{t('publish.notReady')}</p>
        )}
      </section>
    </div>
  );
}
