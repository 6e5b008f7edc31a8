import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyDateOf, almatyEndOfDay, grantCriteria } from '@/lib/rules';
import { renderProtocolPdf } from '@/lib/pdf/protocol-document';
import { closeScoring } from '@/lib/services/results/close-scoring';
import { loadFeedbackView } from '@/lib/services/results/feedback-view';
import { protocolData } from '@/lib/services/results/protocol-data';
import { loadPublishedResults } from '@/lib/services/results/published-view';
import { publishResults } from '@/lib/services/results/publish-results';
import { RANKING_SHEET, rankingWorkbook } from '@/lib/services/results/ranking-export';
import { recordMeeting } from '@/lib/services/results/record-meeting';
import { loadResultsView } from '@/lib/services/results/results-view';
import { coverageOf, loadScoringData } from '@/lib/services/results/scoring-results';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testContext, testDb } from './test-db';
import { pdfTitle } from '../support/pdf-title';

const DAY = 86_400_000;
const messages = (locale: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/messages/${locale}/results.json`), 'utf8')) as Record<string, unknown>;
const translator = (locale: 'kk' | 'ru' | 'en') => {
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'results' } as never) as unknown as (k: string, v?: Record<string, unknown>) => string;
  return (key: string, values?: Record<string, string | number>) => t(key, values);
};


let operator: Actor;
let chair: Actor;
let deputy: Actor;
let ngo: Actor;
let scoringId = '';
let operatorOrgId = '';
let seq = 0;

const actorOf = async (email: string): Promise<Actor> => {
  const u = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } }, expert: true } });
  return {
    id: u.id,
    role: u.role,
    organizationIds: u.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: u.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: u.expert?.id ?? null,
  };
};

/** Signs every sheet the seeded competition in SCORING still waits for (values 4/2/5/4/4 = 19, with comments). */
async function signEverything(competitionId: string) {
  const db = testDb();
  const data = (await loadScoringData(db, competitionId))!;
  const ids = grantCriteria({ localBudget: false }).map((c) => c.id);
  for (const m of coverageOf(data).missing) {
    const existing = await db.scoreSheet.findUnique({ where: { expertId_applicationId: { expertId: m.expertId, applicationId: m.applicationId } } });
    if (existing) await db.scoreSheet.delete({ where: { id: existing.id } });
    await db.scoreSheet.create({
      data: {
        expertId: m.expertId,
        applicationId: m.applicationId,
        status: 'SIGNED',
        signedAt: new Date(),
        total: 19,
        comment: 'Жалпы пікір',
        scores: { create: [4, 2, 5, 4, 4].map((value, i) => ({ criterionId: ids[i]!, value, comment: `Пікір ${i + 1}` })) },
      },
    });
  }
}

interface LotSpec {
  budget: number;
  apps: { requested: number; minute: number; totals: number[]; status?: string }[];
}

/** A fresh GRANT competition in SCORING with an approved commission (chair = expert@) and signed sheets. */
async function makeCompetition(lots: LotSpec[], scoringDueOn: string) {
  const db = testDb();
  const n = ++seq;
  const template = await db.competition.findFirstOrThrow({ where: { id: scoringId } });
  const comp = await db.competition.create({
    data: {
      kind: 'GRANT',
      organizerId: operatorOrgId,
      titleKk: `Сынақ конкурсы ${n}`,
      titleRu: `Тестовый конкурс ${n}`,
      year: 2026,
      status: 'SCORING',
      criteria: template.criteria as object,
      thresholdPercent: 50,
      scoringDueOn: new Date(`${scoringDueOn}T00:00:00.000Z`),
      createdById: operator.id,
    },
  });
  const experts = await db.expert.findMany({ where: { user: { email: { in: ['expert@demeu.kz', 'expert2@demeu.kz', 'expert5@demeu.kz', 'expert6@demeu.kz'] } } }, include: { user: true } });
  const byEmail = new Map(experts.map((e) => [e.user.email, e.id]));
  const commission = await db.commission.create({ data: { competitionId: comp.id, status: 'APPROVED', approvedAt: new Date() } });
  const order = ['expert@demeu.kz', 'expert2@demeu.kz', 'expert5@demeu.kz', 'expert6@demeu.kz'];
  await db.commissionMember.createMany({
    data: [
      ...order.map((email, i) => ({ commissionId: commission.id, expertId: byEmail.get(email)!, role: (i === 0 ? 'CHAIR' : i === 1 ? 'DEPUTY' : 'MEMBER') as 'CHAIR', side: (i === 3 ? 'OPERATOR' : 'NGO') as 'NGO' })),
      { commissionId: commission.id, userId: operator.id, role: 'SECRETARY', side: 'OPERATOR', votingRight: false },
    ],
  });
  const appIds: string[][] = [];
  for (const [li, spec] of lots.entries()) {
    const lot = await db.lot.create({ data: { competitionId: comp.id, number: li + 1, titleKk: `Лот ${li + 1}`, titleRu: `Лот ${li + 1}`, budgetKzt: BigInt(spec.budget) } });
    const ids: string[] = [];
    for (const [ai, a] of spec.apps.entries()) {
      const org = await db.organization.create({
        data: { kind: 'NGO', bin: `98${String(n).padStart(3, '0')}${li}${String(ai).padStart(2, '0')}0000`.slice(0, 12), legalForm: 'PUBLIC_ASSOCIATION', nameKk: `ҮЕҰ ${n}-${li}-${ai}`, nameRu: `НПО ${n}-${li}-${ai}` },
      });
      const head = await db.user.create({ data: { email: `res${n}-${li}-${ai}@example.kz`, name: `Басшы ${n}-${li}-${ai}`, role: 'NGO', locale: 'ru' } });
      await db.organizationMembership.create({ data: { organizationId: org.id, userId: head.id, role: 'HEAD' } });
      const app = await db.application.create({
        data: {
          competitionId: comp.id,
          lotId: lot.id,
          organizationId: org.id,
          formVersion: 'grant-2026.1',
          status: a.status ?? 'UNDER_REVIEW',
          submittedAt: new Date(Date.UTC(2026, 2, 1, 5, a.minute)),
          submittedById: head.id,
          requestedKzt: BigInt(a.requested),
          createdById: head.id,
        },
      });
      ids.push(app.id);
      for (const [ti, total] of a.totals.entries()) {
        await db.scoreSheet.create({ data: { expertId: byEmail.get(order[ti]!)!, applicationId: app.id, commissionId: commission.id, status: 'SIGNED', signedAt: new Date(), total } });
      }
    }
    appIds.push(ids);
  }
  return { id: comp.id, appIds };
}

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  operator = await actorOf('operator@demeu.kz');
  chair = await actorOf('expert@demeu.kz');
  deputy = await actorOf('expert2@demeu.kz');
  ngo = await actorOf('ngo@demeu.kz');
  const scoring = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'SCORING', code: { endsWith: '-011' } } });
  scoringId = scoring.id;
  operatorOrgId = scoring.organizerId;
}, 120_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('closeScoring (stage 5, DL-5, SC-2..SC-5)', () => {
  it('refuses before the due day while sheets are unsigned — staff, chair and the clock alike; others are forbidden', async () => {
    const db = testDb();
    const before = await db.competition.findUniqueOrThrow({ where: { id: scoringId } });
    expect(before.scoringDueOn!.getTime()).toBeGreaterThan(Date.now() - DAY);
    const byStaff = await closeScoring(db, operator, { competitionId: scoringId }, testContext);
    expect(byStaff).toMatchObject({ ok: false, error: { code: 'unsignedSheets', params: { signed: expect.any(Number), assigned: expect.any(Number) } } });
    const params = (byStaff as unknown as { error: { params: { signed: number; assigned: number } } }).error.params;
    expect(params.signed).toBeLessThan(params.assigned);
    expect(await closeScoring(db, chair, { competitionId: scoringId }, testContext)).toMatchObject({ ok: false, error: { code: 'unsignedSheets' } });
    expect(await closeScoring(db, null, { competitionId: scoringId }, testContext)).toMatchObject({ ok: false, error: { code: 'scoringNotDue' } });
    expect(await closeScoring(db, deputy, { competitionId: scoringId }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await closeScoring(db, ngo, { competitionId: scoringId }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const after = await db.competition.findUniqueOrThrow({ where: { id: scoringId } });
    expect(after.status).toBe('SCORING');
    expect(await db.decision.count({ where: { competitionId: scoringId } })).toBe(0);
  });

  it('the chair opens the scores once every assigned sheet is signed: COMMISSION_MEETING, DRAFT decisions, ranking, audit; a second call is refused', async () => {
    const db = testDb();
    await signEverything(scoringId);
    const result = await closeScoring(db, chair, { competitionId: scoringId }, testContext);
    expect(result).toMatchObject({ ok: true });
    const c = await db.competition.findUniqueOrThrow({ where: { id: scoringId }, include: { commissions: true, decisions: { include: { rankingRows: { orderBy: { rank: 'asc' } } } }, lots: true } });
    expect(c.status).toBe('COMMISSION_MEETING');
    expect(c.commissions[0]!.scoresOpenedAt).not.toBeNull();
    expect(c.decisions).toHaveLength(c.lots.length);
    for (const d of c.decisions) {
      expect(d.status).toBe('DRAFT');
      expect(d.outcome).toBe('HELD');
      const rows = d.rankingRows;
      expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
      expect(rows.map((r) => Number(r.score))).toEqual([...rows.map((r) => Number(r.score))].sort((a, b) => b - a));
      for (const r of rows) expect(Number(r.score)).toBeCloseTo(r.pointsSum / r.expertsCount, 3);
      const lot = c.lots.find((l) => l.id === d.lotId)!;
      expect(rows.filter((r) => r.winner).reduce((s, r) => s + r.awardedKzt!, 0n)).toBeLessThanOrEqual(lot.budgetKzt);
    }
    const apps = await db.application.findMany({ where: { competitionId: scoringId } });
    expect(apps.filter((a) => a.status === 'SCORED')).toHaveLength(5);
    expect(apps.filter((a) => a.status === 'UNDER_REVIEW')).toHaveLength(0);
    const audit = await db.auditEvent.findMany({ where: { objectType: 'Competition', objectId: scoringId, action: 'competition.scoring_closed' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(chair.id);
    expect(await closeScoring(db, operator, { competitionId: scoringId }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyClosed' } });
  });

  it('the server clock closes after the end of the due day in Asia/Almaty even with unsigned sheets, not a millisecond before', async () => {
    const db = testDb();
    const comp = await makeCompetition([{ budget: 10_000_000, apps: [{ requested: 5_000_000, minute: 1, totals: [20, 21] }, { requested: 5_000_000, minute: 2, totals: [18] }] }], '2026-04-10');
    const endOfDay = almatyEndOfDay('2026-04-10');
    expect(await closeScoring(db, null, { competitionId: comp.id }, testContext, { now: () => endOfDay })).toMatchObject({ ok: false, error: { code: 'scoringNotDue' } });
    expect(await closeScoring(db, null, { competitionId: comp.id }, testContext, { now: () => new Date(endOfDay.getTime() + 1) })).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { objectId: comp.id, action: 'competition.scoring_closed' } });
    expect(audit.actorId).toBeNull();
    const changes = await db.applicationStatusChange.findMany({ where: { applicationId: { in: comp.appIds[0]! } } });
    expect(changes.every((c) => c.toStatus === 'SCORED' && c.actorId === null)).toBe(true);
  });

  it('SC-5 and SC-3: winners bound by the lot budget (a large request skipped, a smaller later one funded); a tie goes to the earlier submission', async () => {
    const db = testDb();
    const comp = await makeCompetition(
      [
        {
          budget: 20_000_000,
          apps: [
            { requested: 12_000_000, minute: 5, totals: [22, 22] }, // rank 1 → winner, 8 M left
            { requested: 9_000_000, minute: 20, totals: [20, 20] }, // tie on 20 …
            { requested: 9_000_000, minute: 10, totals: [21, 19] }, // … submitted earlier → rank 2, does not fit
            { requested: 7_000_000, minute: 1, totals: [18, 17] }, // rank 4 → fits the 8 M left
          ],
        },
      ],
      '2026-04-10',
    );
    expect(await closeScoring(db, operator, { competitionId: comp.id }, testContext, { now: () => new Date(Date.UTC(2026, 3, 20)) })).toMatchObject({ ok: true });
    const rows = await db.rankingRow.findMany({ where: { decision: { competitionId: comp.id } }, orderBy: { rank: 'asc' } });
    const [a, b, c, d] = comp.appIds[0]!;
    expect(rows.map((r) => r.applicationId)).toEqual([a, c, b, d]);
    expect(rows.map((r) => r.winner)).toEqual([true, false, false, true]);
    expect(rows.map((r) => r.awardedKzt)).toEqual([12_000_000n, null, null, 7_000_000n]);
  });

  it('SC-4 not held: no application, a single application, none above 50%; publishing then declares the whole competition NOT_HELD', async () => {
    const db = testDb();
    const comp = await makeCompetition(
      [
        { budget: 5_000_000, apps: [] },
        { budget: 5_000_000, apps: [{ requested: 1_000_000, minute: 1, totals: [24] }] },
        {
          budget: 5_000_000,
          apps: [
            { requested: 1_000_000, minute: 1, totals: [12, 13] },
            { requested: 1_000_000, minute: 2, totals: [10] },
          ],
        },
      ],
      '2026-04-10',
    );
    expect(await closeScoring(db, operator, { competitionId: comp.id }, testContext, { now: () => new Date(Date.UTC(2026, 3, 20)) })).toMatchObject({ ok: true });
    const decisions = await db.decision.findMany({ where: { competitionId: comp.id }, include: { lot: true, rankingRows: true } });
    const byLot = new Map(decisions.map((d) => [d.lot!.number, d]));
    expect(byLot.get(1)).toMatchObject({ outcome: 'NOT_HELD', notHeldReason: 'NO_APPLICATIONS' });
    expect(byLot.get(2)).toMatchObject({ outcome: 'NOT_HELD', notHeldReason: 'SINGLE_SUBMITTED' });
    expect(byLot.get(3)).toMatchObject({ outcome: 'NOT_HELD', notHeldReason: 'BELOW_THRESHOLD' });
    expect(byLot.get(3)!.rankingRows.every((r) => !r.winner)).toBe(true);

    const now = new Date(Date.UTC(2026, 3, 21, 6));
    expect(await publishResults(db, operator, { competitionId: comp.id }, testContext, { now: () => now })).toMatchObject({ ok: false, error: { code: 'meetingNotRecorded' } });
    const view = (await loadResultsView(db, comp.id))!;
    const meeting = await recordMeeting(
      db,
      operator,
      {
        competitionId: comp.id,
        expectedVersion: -1,
        heldAt: '2026-04-21T10:00',
        place: 'Астана',
        protocolNumber: '7',
        protocolDate: '2026-04-21',
        notes: '',
        attendance: view.members.map((m) => ({ memberId: m.id, present: true })),
        decisions: [],
      },
      testContext,
      { now: () => now },
    );
    expect(meeting).toMatchObject({ ok: true });
    const published = await publishResults(db, operator, { competitionId: comp.id }, testContext, { now: () => now });
    expect(published).toMatchObject({ ok: true, status: 'NOT_HELD', winners: 0 });
    expect((await db.competition.findUniqueOrThrow({ where: { id: comp.id } })).status).toBe('NOT_HELD');
    const apps = await db.application.findMany({ where: { competitionId: comp.id } });
    expect(apps.every((a) => a.status === 'NOT_HELD')).toBe(true);
    expect(apps.map((a) => a.statusReason).sort()).toEqual(['BELOW_THRESHOLD', 'BELOW_THRESHOLD', 'SINGLE_SUBMITTED']);
    expect((await db.lot.findMany({ where: { competitionId: comp.id } })).every((l) => l.status === 'NOT_HELD')).toBe(true);
    expect(await db.auditEvent.count({ where: { objectId: comp.id, action: 'competition.declared_not_held' } })).toBe(1);
    expect(await db.notification.count({ where: { templateKey: 'results.published', objectId: { in: apps.map((a) => a.id) } } })).toBeGreaterThanOrEqual(3);
  });
});

describe('the meeting, publication, feedback, export and protocol of the competition closed by the chair', () => {
  it('recordMeeting: staff only; validates attendance, votes and dates; optimistic lock', async () => {
    const db = testDb();
    const view = (await loadResultsView(db, scoringId))!;
    const secretary = view.members.find((m) => m.role === 'SECRETARY')!;
    const voters = view.members.filter((m) => m.votingRight);
    const absent = voters[voters.length - 1]!;
    // An hour ago, as an Almaty wall-clock time (UTC+5).
    const hourAgo = new Date(Date.now() - 3_600_000);
    const today = almatyDateOf(hourAgo);
    const base = {
      competitionId: scoringId,
      expectedVersion: -1,
      heldAt: new Date(hourAgo.getTime() + 5 * 3_600_000).toISOString().slice(0, 16),
      place: 'Астана, Мәңгілік Ел 8',
      protocolNumber: 'Х-11',
      protocolDate: today,
      notes: 'Отырыс кворуммен өтті.',
      attendance: view.members.map((m) => ({ memberId: m.id, present: m.id !== absent.id })),
      decisions: view.lots.map((l) => ({
        decisionId: l.decision!.id,
        comment: `Шешім ${l.number}`,
        votes: voters.filter((m) => m.id !== absent.id).map((m) => ({ memberId: m.id, vote: 'FOR' as const })),
      })),
    };
    expect(await recordMeeting(db, chair, base, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const withAbsentVote = { ...base, decisions: base.decisions.map((d) => ({ ...d, votes: [...d.votes, { memberId: absent.id, vote: 'AGAINST' as const }] })) };
    expect(await recordMeeting(db, operator, withAbsentVote, testContext)).toMatchObject({ ok: false, error: { code: 'voteOfAbsent' } });
    const secretaryVote = { ...base, decisions: base.decisions.map((d) => ({ ...d, votes: [{ memberId: secretary.id, vote: 'FOR' as const }] })) };
    expect(await recordMeeting(db, operator, secretaryVote, testContext)).toMatchObject({ ok: false, error: { code: 'noVotingRight' } });
    expect(await recordMeeting(db, operator, { ...base, heldAt: '2099-01-01T10:00' }, testContext)).toMatchObject({ ok: false, fieldErrors: { heldAt: 'heldAtFuture' } });
    expect(await recordMeeting(db, operator, { ...base, place: '  ' }, testContext)).toMatchObject({ ok: false, fieldErrors: { place: 'placeRequired' } });

    const ok = await recordMeeting(db, operator, base, testContext);
    expect(ok).toMatchObject({ ok: true, version: 0 });
    expect(await recordMeeting(db, operator, base, testContext)).toMatchObject({ ok: false, error: { code: 'staleMeeting' } });
    const updated = await recordMeeting(db, operator, { ...base, expectedVersion: 0, place: 'Астана' }, testContext);
    expect(updated).toMatchObject({ ok: true, version: 1 });
    const meeting = await db.commissionMeeting.findFirstOrThrow({ where: { commission: { competitionId: scoringId } }, include: { attendance: true } });
    expect(meeting).toMatchObject({ place: 'Астана', protocolNumber: 'Х-11' });
    expect(meeting.attendance.filter((a) => a.present)).toHaveLength(view.members.length - 1);
    const votes = await db.decisionVote.findMany({ where: { decision: { competitionId: scoringId } } });
    expect(votes).toHaveLength(view.lots.length * (voters.length - 1));
    const d = await db.decision.findFirstOrThrow({ where: { competitionId: scoringId } });
    expect(d).toMatchObject({ protocolNumber: 'Х-11', comment: expect.stringMatching(/^Шешім/) });
    expect(await db.auditEvent.count({ where: { objectType: 'CommissionMeeting', objectId: meeting.id } })).toBe(2);
  });

  it('feedback and the public list are hidden before publication', async () => {
    const db = testDb();
    const app = await db.application.findFirstOrThrow({ where: { competitionId: scoringId, status: 'SCORED' } });
    expect(await loadFeedbackView(db, app.id)).toEqual({ published: false, competitionId: scoringId });
    expect(await loadPublishedResults(db, scoringId)).toEqual([]);
  });

  it('the ranking exports to XLSX (parsed back with exceljs) and the protocol renders as a PDF in kk and ru', async () => {
    const db = testDb();
    const view = (await loadResultsView(db, scoringId, { allRows: true }))!;
    const bytes = await rankingWorkbook(view, 'ru', translator('ru'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(RANKING_SHEET)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Лот', 'Место', 'НПО']);
    const rows = view.lots.flatMap((l) => l.rows);
    expect(ws.rowCount).toBe(1 + rows.length);
    const first = ws.getRow(2);
    expect(first.getCell(2).value).toBe(1);
    expect(first.getCell(3).value).toBe(view.lots[0]!.rows[0]!.organization.nameRu);
    expect(first.getCell(6).value).toBeCloseTo(view.lots[0]!.rows[0]!.score, 3);
    expect(first.getCell(10).value).toBe(Number(view.lots[0]!.rows[0]!.requestedKzt));

    for (const locale of ['kk', 'ru'] as const) {
      const t = translator(locale);
      const fmt = new Intl.NumberFormat(locale);
      const pdf = await renderProtocolPdf(
        protocolData(view, {
          locale,
          t,
          money: (v) => (v == null ? '—' : `${fmt.format(Number(v))} ₸`),
          number: (v, digits = 2) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(v),
          dateTime: (d) => d.toISOString(),
          day: (d) => d.toISOString().slice(0, 10),
        }),
      );
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const raw = pdf.toString('latin1');
      expect(raw.match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
      // The document title (Info dictionary) names the competition.
      const title = locale === 'kk' ? view.competition.titleKk : view.competition.titleRu;
      expect(pdfTitle(pdf)).toBe(`${t('protocol.heading', { number: 'Х-11' })} — ${title}`);
    }
  });

  it('publishResults: statuses per the application machine, decisions published, NGOs notified, audited; once only', async () => {
    const db = testDb();
    expect(await publishResults(db, chair, { competitionId: scoringId }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const result = await publishResults(db, operator, { competitionId: scoringId }, testContext);
    expect(result).toMatchObject({ ok: true, status: 'RESULTS_PUBLISHED' });
    const c = await db.competition.findUniqueOrThrow({ where: { id: scoringId }, include: { decisions: { include: { rankingRows: true } } } });
    expect(c.status).toBe('RESULTS_PUBLISHED');
    expect(c.resultsPublishedAt).not.toBeNull();
    expect(c.decisions.every((d) => d.status === 'PUBLISHED' && d.publishedAt !== null)).toBe(true);
    const winners = new Set(c.decisions.flatMap((d) => d.rankingRows.filter((r) => r.winner).map((r) => r.applicationId)));
    const apps = await db.application.findMany({ where: { competitionId: scoringId }, include: { statusChanges: { orderBy: { at: 'desc' }, take: 1 } } });
    for (const a of apps) {
      if (a.status === 'NOT_ADMITTED') continue;
      expect(a.status).toBe(winners.has(a.id) ? 'WINNER' : 'NOT_WINNER');
      expect(a.statusChanges[0]).toMatchObject({ fromStatus: 'SCORED', toStatus: a.status, actorId: operator.id });
      const notes = await db.notification.findMany({ where: { templateKey: 'results.published', objectId: a.id } });
      const members = await db.organizationMembership.count({ where: { organizationId: a.organizationId, endedAt: null, user: { active: true } } });
      expect(notes.filter((n) => n.channel === 'IN_APP')).toHaveLength(members);
      expect(notes.filter((n) => n.channel === 'EMAIL')).toEqual([expect.objectContaining({ recipientId: a.submittedById, status: 'PENDING' })]);
      expect(notes[0]!.payload).toMatchObject({ competitionId: scoringId, outcome: a.status, competitionTitleKk: expect.any(String) });
    }
    expect(await db.auditEvent.count({ where: { objectId: scoringId, action: 'competition.results_published' } })).toBe(1);
    expect(await publishResults(db, operator, { competitionId: scoringId }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyPublished' } });
  });

  it('after publication the NGO sees its score, per-criterion averages and every comment — without expert names — and the public sees the ranking', async () => {
    const db = testDb();
    const app = await db.application.findFirstOrThrow({ where: { competitionId: scoringId, organization: { memberships: { some: { user: { email: 'ngo@demeu.kz' } } } } } });
    const view = await loadFeedbackView(db, app.id);
    expect(view).toMatchObject({ published: true, outcome: 'HELD', rank: expect.any(Number) });
    if (!view?.published) throw new Error('unreachable');
    const sheets = await db.scoreSheet.findMany({ where: { applicationId: app.id, status: 'SIGNED' }, include: { scores: true, expert: { include: { user: true } } } });
    expect(view.experts).toBe(sheets.length);
    expect(view.score).toBeCloseTo(sheets.reduce((s, x) => s + x.total!, 0) / sheets.length, 6);
    expect(view.criteria.map((c) => c.id)).toEqual(grantCriteria({ localBudget: false }).map((c) => c.id));
    const capacity = view.criteria[0]!;
    const values = sheets.map((s) => s.scores.find((x) => x.criterionId === capacity.id)!.value);
    expect(capacity.average).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 6);
    const allComments = sheets.flatMap((s) => s.scores.map((x) => x.comment).filter(Boolean));
    expect(view.criteria.flatMap((c) => c.comments).sort()).toEqual((allComments as string[]).map((x) => x.trim()).sort());
    const json = JSON.stringify(view);
    for (const s of sheets) {
      expect(json).not.toContain(s.expert.user.name);
      expect(json).not.toContain(s.expertId);
      expect(json).not.toContain(s.expert.user.email);
    }

    const published = await loadPublishedResults(db, scoringId);
    expect(published.length).toBeGreaterThan(0);
    expect(published.flatMap((d) => d.rows).some((r) => r.applicationId === app.id)).toBe(true);
  });
});

describe('the seeded competition at its commission meeting', () => {
  it('was closed by the clock after its due day: lot 1 held with budget-bound winners, lot 2 not held (SINGLE_ADMITTED)', async () => {
    const db = testDb();
    const c = await db.competition.findFirstOrThrow({
      where: { kind: 'GRANT', status: 'COMMISSION_MEETING', code: { endsWith: '-015' } },
      include: { lots: { orderBy: { number: 'asc' } }, decisions: { include: { rankingRows: { orderBy: { rank: 'asc' } } } }, commissions: true },
    });
    expect(c.scoringDueOn!.getTime()).toBeLessThan(Date.now() - DAY);
    expect(c.commissions[0]!.scoresOpenedAt).not.toBeNull();
    const [lot1, lot2] = c.lots;
    const d1 = c.decisions.find((d) => d.lotId === lot1!.id)!;
    const d2 = c.decisions.find((d) => d.lotId === lot2!.id)!;
    expect(d1).toMatchObject({ outcome: 'HELD', status: 'DRAFT' });
    expect(d1.rankingRows.map((r) => r.winner)).toEqual([true, true, false]);
    expect(d2).toMatchObject({ outcome: 'NOT_HELD', notHeldReason: 'SINGLE_ADMITTED' });
  });
});
