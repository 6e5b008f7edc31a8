/**
 * Issue 8 item 5: the operator analytics datasets on the seeded demo (`seed(prisma)`), their
 * numbers checked against values computed by hand from prisma/seed/grants.ts
 * (`loadPublishedGrantCompetition`, G-2026-004), and the XLSX export's permission check.
 */
import ExcelJS from 'exceljs';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { addCalendarDays, almatyDateOf } from '@/lib/rules';
import { moneyDatasets, overdueDataset, ratesDataset, scoresDataset, submissionsDataset, timelineCompetitions } from '@/lib/services/analytics/analytics-queries';
import { analyticsExportResponse, XLSX_CONTENT_TYPE } from '@/lib/services/analytics/export-response';
import { overdueReports } from '@/lib/services/reports/reports-due';
import { LocalDiskStorage } from '@/lib/storage/local-disk-storage';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testDb } from './test-db';

const db = testDb();
const now = new Date();
const all = { year: null, kind: null };
const PUBLISHED_GRANT = 'G-2026-004';

async function actorOf(email: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } } });
  return {
    id: u.id,
    role: u.role,
    organizationIds: u.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: u.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: u.expert?.id ?? null,
  };
}

async function exportAs(actor: Actor | null, query: string): Promise<Response> {
  const { createTranslator } = await import('next-intl');
  const messages = (file: string) => JSON.parse(readFileSync(path.resolve(process.cwd(), `lib/i18n/messages/en/${file}.json`), 'utf8')) as Record<string, unknown>;
  return analyticsExportResponse(db, actor, new URL(`http://localhost/operator/analytics/export?${query}`), {
    now,
    locale: 'en',
    t: async () => {
      const t = createTranslator({ locale: 'en', messages: messages('analytics'), namespace: 'analytics' } as never) as unknown as (k: string, v?: Record<string, unknown>) => string;
      return (key, values) => t(key, values);
    },
    sharedCriterion: async () => {
      const t = createTranslator({ locale: 'en', messages: messages('common'), namespace: 'criteria' } as never) as unknown as { (k: string): string; has(k: string): boolean };
      return (id) => (t.has(id) ? t(id) : null);
    },
  });
}

async function readWorkbook(res: Response): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

let publishedId = '';
beforeAll(async () => {
  await seed(db, { now, log: () => {}, storage: new LocalDiskStorage(mkdtempSync(path.join(tmpdir(), 'demeu-analytics-'))) });
  publishedId = (await db.competition.findUniqueOrThrow({ where: { code: PUBLISHED_GRANT }, select: { id: true } })).id;
}, 120_000);
afterAll(disconnectTestDb);

describe('analytics datasets on the seeded demo', () => {
  it('money awarded: the one published grant winner (n6, requested 9 800 000 ₸, SC-5) by direction and region', async () => {
    const { byDirection, byRegion } = await moneyDatasets(db, all);
    const lot1 = await db.lot.findFirstOrThrow({ where: { competitionId: publishedId, number: 1 }, select: { directionId: true, regionId: true } });
    expect(byDirection).toEqual([expect.objectContaining({ key: lot1.directionId, totalKzt: 9_800_000, awards: 1 })]);
    expect(byRegion).toEqual([expect.objectContaining({ key: lot1.regionId, totalKzt: 9_800_000, awards: 1 })]);
    // Filters in the query: no published social-order results, nothing for another year.
    expect((await moneyDatasets(db, { year: null, kind: 'SOCIAL_ORDER' })).byDirection).toEqual([]);
    expect((await moneyDatasets(db, { year: 1999 + 1, kind: null })).byDirection).toEqual([]);
  });

  it('submissions around the deadline of G-2026-004: one a day from D-4 to the deadline day, the last at 17:10 (DL-1 Almaty buckets)', async () => {
    const tl = await submissionsDataset(db, publishedId);
    expect(tl).not.toBeNull();
    const byOffset = new Map(tl!.days.map((d) => [d.offset, d.count]));
    expect([-4, -3, -2, -1, 0].map((o) => byOffset.get(o))).toEqual([1, 1, 1, 1, 1]);
    expect(tl!.days.reduce((s, d) => s + d.count, 0)).toBe(5);
    expect(tl).toMatchObject({ total: 5, late: 0, earlier: 0, onDeadlineDay: 1, deadlineHour: 18 });
    expect(tl!.hours.find((h) => h.count > 0)).toEqual({ hour: 17, count: 1 });
    const choices = await timelineCompetitions(db, { year: null, kind: 'GRANT' });
    expect(choices.find((c) => c.id === publishedId)?.submissions).toBe(5);
    expect(choices.every((c) => c.kind === 'GRANT')).toBe(true);
  });

  it('average scores per criterion of G-2026-004 from its 12 signed sheets (3 applications × 4 experts)', async () => {
    const scores = await scoresDataset(db, all);
    const g = scores.find((s) => s.competitionId === publishedId);
    expect(g?.sheets).toBe(12);
    // capacity: (5+4+5+4 + 4+3+4+4 + 3+3+3+3) / 12 = 45/12 = 3.75; specialists: 27/12 = 2.25; content: 60/12 = 5.
    expect(g?.criteria.slice(0, 3).map((c) => [c.criterionId, c.mean, c.shareOfMax])).toEqual([
      ['capacity', 3.75, 0.75],
      ['specialists', 2.25, 0.75],
      ['content', 5, 0.7143],
    ]);
    // Sealed competitions (still scoring) never appear.
    const sealedIds = (await db.competition.findMany({ where: { status: { in: ['ADMISSION', 'COI', 'SCORING'] } }, select: { id: true } })).map((c) => c.id);
    expect(scores.some((s) => sealedIds.includes(s.competitionId))).toBe(false);
  });

  it('admission and not-held rates: every group matches the raw decisions, and G-2026-004 contributes 4 of 5 admitted and 1 of 2 lots not held', async () => {
    const rows = await ratesDataset(db, all);
    const grant = rows.find((r) => r.kind === 'GRANT' && r.year === now.getUTCFullYear()) ?? rows.find((r) => r.kind === 'GRANT');
    expect(grant).toBeDefined();
    const admissions = await db.admissionDecision.findMany({ where: { application: { competition: { kind: 'GRANT', year: grant!.year } } }, orderBy: { decidedAt: 'asc' }, select: { applicationId: true, admitted: true } });
    const latest = new Map(admissions.map((a) => [a.applicationId, a.admitted]));
    expect(grant!.admission.denominator).toBe(latest.size);
    expect(grant!.admission.numerator).toBe([...latest.values()].filter(Boolean).length);
    const decisions = await db.decision.findMany({ where: { competition: { kind: 'GRANT', year: grant!.year } }, select: { outcome: true } });
    expect(grant!.notHeld).toMatchObject({ numerator: decisions.filter((d) => d.outcome === 'NOT_HELD').length, denominator: decisions.length });

    const only = await ratesDataset(db, { year: null, kind: 'GRANT' });
    const pubAdmissions = await db.admissionDecision.findMany({ where: { application: { competitionId: publishedId } }, select: { admitted: true } });
    expect([pubAdmissions.length, pubAdmissions.filter((a) => a.admitted).length]).toEqual([5, 4]);
    expect(only.every((r) => r.kind === 'GRANT')).toBe(true);
  });

  it('reports overdue: the day after the interim due date the published grant agreement has its 2 DRAFT interim reports overdue', async () => {
    const agreement = await db.agreement.findFirstOrThrow({ where: { competitionId: publishedId }, select: { id: true, number: true, reports: { where: { kind: 'INTERIM' }, select: { dueOn: true } } } });
    const dueOn = agreement.reports[0]!.dueOn.toISOString().slice(0, 10);
    const later = new Date(`${addCalendarDays(dueOn, 1)}T06:00:00Z`); // 11:00 Almaty the next day
    expect(almatyDateOf(later)).toBe(addCalendarDays(dueOn, 1));
    const d = await overdueDataset(db, all, later);
    expect(d.byAgreement.find((a) => a.agreementId === agreement.id)).toMatchObject({ agreementNumber: agreement.number, reports: 2, oldestDueOn: dueOn, maxDaysOverdue: 1 });
    expect(d.reports).toBe((await overdueReports(db, later)).length);
    expect(d.byOrganization.reduce((s, o) => s + o.reports, 0)).toBe(d.reports);
    // Today nothing of that agreement is overdue yet (the seed dates the interim report in the future).
    expect((await overdueDataset(db, all, now)).byAgreement.find((a) => a.agreementId === agreement.id)).toBeUndefined();
  });
});

describe('XLSX export (re-checks the operator permission)', () => {
  it('the operator gets a valid workbook: a header row and typed numeric cells', async () => {
    const res = await exportAs(await actorOf('operator@demeu.kz'), 'dataset=money-direction');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    const wb = await readWorkbook(res);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Money by direction');
    expect(ws.getRow(1).values).toEqual([undefined, 'Direction', 'Amount awarded, KZT', 'Winners and laureates']);
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(2).value).toBe(9_800_000);
    expect(typeof ws.getRow(2).getCell(2).value).toBe('number');
    expect(ws.getRow(2).getCell(3).value).toBe(1);
  });

  it('the scores and submissions workbooks carry the same numbers as the datasets', async () => {
    const operator = await actorOf('operator@demeu.kz');
    const scores = await readWorkbook(await exportAs(operator, 'dataset=scores&kind=GRANT'));
    const rows = scores.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    const capacity = rows.find((r) => r[1] === PUBLISHED_GRANT && r[2] === 'General capacity of the organisation');
    expect(capacity?.slice(3)).toEqual([3.75, 5, 0.75, 12]);
    const subs = await readWorkbook(await exportAs(operator, `dataset=submissions&competition=${publishedId}`));
    expect(subs.worksheets.map((w) => w.name)).toEqual(['Submissions by day', 'Deadline day by hour']);
    const dayRows = subs.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    expect(dayRows.slice(-5).map((r) => [r[2], r[3]])).toEqual([[-4, 1], [-3, 1], [-2, 1], [-1, 1], [0, 1]]);
  });

  it('refuses an anonymous visitor (401), an NGO and an expert (403); rejects an unknown dataset (400)', async () => {
    expect((await exportAs(null, 'dataset=rates')).status).toBe(401);
    expect((await exportAs(await actorOf('ngo@demeu.kz'), 'dataset=rates')).status).toBe(403);
    expect((await exportAs(await actorOf('expert@demeu.kz'), 'dataset=overdue')).status).toBe(403);
    expect((await exportAs(await actorOf('operator@demeu.kz'), 'dataset=passwords')).status).toBe(400);
  });
});
