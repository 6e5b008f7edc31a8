import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { ngoDatabaseReportTimelinessFor } from '@/lib/queries/ngo-database-report-status';
import { almatyInstant } from '@/lib/rules';
import { reviewNgoDatabaseReport } from '@/lib/services/ngo-database-report/review-ngo-database-report';
import { saveNgoDatabaseReport } from '@/lib/services/ngo-database-report/save-ngo-database-report';
import { submitNgoDatabaseReport } from '@/lib/services/ngo-database-report/submit-ngo-database-report';
import { emptyReport, fromLanguageDocuments, type NgoDatabaseReportForm } from '@/lib/validation/ngo-database-report';
import { completeReport } from '../unit/ngo-database-report/fixtures';
import { testContext, testDb } from './test-db';

// The reporting year 2025 is due by the end of 31 March 2026 in Almaty (DB-1, DL-1).
const YEAR = 2025;
const MARCH_20 = almatyInstant('2026-03-20', '10:00');
const APRIL_10 = almatyInstant('2026-04-10', '15:30'); // after the deadline: accepted, LATE
const APRIL_20 = almatyInstant('2026-04-20', '09:00');

let ngoA: Actor;
let ngoB: Actor;
let operator: Actor;
let orgA: string;
let orgB: string;
let orgC: string;

async function makeNgo(bin: string, email: string): Promise<{ actor: Actor; organizationId: string }> {
  const db = testDb();
  const org = await db.organization.create({ data: { bin, legalForm: 'PUBLIC_ASSOCIATION', nameKk: `ҮЕҰ ${bin}`, nameRu: `НПО ${bin}` } });
  const user = await db.user.create({ data: { email, name: email, role: 'NGO' } });
  await db.organizationMembership.create({ data: { organizationId: org.id, userId: user.id, role: 'HEAD' } });
  return { actor: { id: user.id, role: 'NGO', organizationIds: [org.id], headOfOrganizationIds: [org.id], expertId: null }, organizationId: org.id };
}

const input = (organizationId: string, expectedVersion: number, report: NgoDatabaseReportForm, year = YEAR) => ({ organizationId, year, expectedVersion, report });
const row = (organizationId: string, year = YEAR) => testDb().ngoDatabaseReport.findUnique({ where: { organizationId_year: { organizationId, year } } });

beforeAll(async () => {
  const a = await makeNgo('100140000003', 'head.a@example.kz');
  const b = await makeNgo('100140000408', 'head.b@example.kz');
  const c = await makeNgo('100240001235', 'head.c@example.kz');
  ngoA = a.actor;
  ngoB = b.actor;
  orgA = a.organizationId;
  orgB = b.organizationId;
  orgC = c.organizationId;
  const op = await testDb().user.create({ data: { email: 'operator@example.kz', name: 'Operator', role: 'OPERATOR' } });
  operator = { id: op.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
});

describe('NGO database report: draft → sent → returned → resent → approved (DB-1, DB-6, ST-*)', () => {
  it('saves a partial draft (creating the report) with an audit event', async () => {
    const draft = emptyReport();
    draft.general.activities.kk = 'Салауатты өмір салтын насихаттау';
    const result = await saveNgoDatabaseReport(testDb(), ngoA, input(orgA, 0, draft), testContext, MARCH_20);
    expect(result).toMatchObject({ ok: true, version: 1 });
    const stored = await row(orgA);
    expect(stored).toMatchObject({ status: 'DRAFT', version: 1, submittedAt: null });
    expect(fromLanguageDocuments(stored!.sectionsKk, stored!.sectionsRu).general.activities).toEqual({ kk: 'Салауатты өмір салтын насихаттау', ru: '' });
    const events = await testDb().auditEvent.findMany({ where: { objectId: stored!.id } });
    expect(events.map((e) => e.action)).toEqual(['ngoDatabaseReport.saved']);
  });

  it('refuses a save based on a stale version, writing nothing', async () => {
    const result = await saveNgoDatabaseReport(testDb(), ngoA, input(orgA, 0, completeReport()), testContext, MARCH_20);
    expect(result).toEqual({ ok: false, error: { code: 'staleVersion' } });
    expect(await row(orgA)).toMatchObject({ version: 1, status: 'DRAFT' });
  });

  it('refuses a year that has not ended yet', async () => {
    const result = await saveNgoDatabaseReport(testDb(), ngoA, input(orgA, 0, emptyReport(), 2026), testContext, MARCH_20);
    expect(result).toEqual({ ok: false, error: { code: 'yearNotReportable' } });
  });

  it('DB-6: sending with one Russian field empty is refused with the field list, and nothing changes', async () => {
    const before = await row(orgA);
    const report = completeReport();
    report.general.headFullName.ru = '';
    const result = await submitNgoDatabaseReport(testDb(), ngoA, input(orgA, 1, report), testContext, APRIL_10);
    expect(result).toEqual({ ok: false, error: { code: 'incomplete', params: { count: 1 } }, missing: [{ section: 'general', field: 'headFullName', lang: 'ru' }] });
    expect(await row(orgA)).toEqual(before);
  });

  it('DB-1: sending a complete report → SUBMITTED at the server time; after 31 March it is accepted but LATE', async () => {
    const result = await submitNgoDatabaseReport(testDb(), ngoA, input(orgA, 1, completeReport()), testContext, APRIL_10);
    expect(result).toMatchObject({ ok: true, version: 2, timeliness: 'LATE' });
    const stored = await row(orgA);
    expect(stored).toMatchObject({ status: 'SUBMITTED', version: 2, submittedById: ngoA.id });
    expect(stored!.submittedAt?.toISOString()).toBe(APRIL_10.toISOString());
    expect(fromLanguageDocuments(stored!.sectionsKk, stored!.sectionsRu)).toEqual(completeReport());
    const event = await testDb().auditEvent.findFirst({ where: { objectId: stored!.id, action: 'ngoDatabaseReport.submitted' } });
    expect(event?.after).toMatchObject({ status: 'SUBMITTED', timeliness: 'LATE' });
  });

  it('a sent report cannot be edited or sent again by the NGO', async () => {
    expect(await saveNgoDatabaseReport(testDb(), ngoA, input(orgA, 2, completeReport()), testContext, APRIL_10)).toEqual({ ok: false, error: { code: 'notEditable' } });
    expect(await submitNgoDatabaseReport(testDb(), ngoA, input(orgA, 2, completeReport()), testContext, APRIL_10)).toEqual({ ok: false, error: { code: 'notEditable' } });
  });

  it('the NGO cannot review its own report; the operator must give a comment to return it', async () => {
    const id = (await row(orgA))!.id;
    expect(await reviewNgoDatabaseReport(testDb(), ngoA, { reportId: id, expectedVersion: 2, decision: 'APPROVE', comment: '' }, testContext)).toEqual({
      ok: false,
      error: { code: 'notReviewable' },
    });
    expect(await reviewNgoDatabaseReport(testDb(), operator, { reportId: id, expectedVersion: 2, decision: 'RETURN', comment: ' ' }, testContext)).toEqual({
      ok: false,
      error: { code: 'commentRequired', field: 'comment' },
    });
    expect(await row(orgA)).toMatchObject({ status: 'SUBMITTED', version: 2 });
  });

  it('the operator returns it with a comment → RETURNED; a stale decision is refused', async () => {
    const id = (await row(orgA))!.id;
    const result = await reviewNgoDatabaseReport(testDb(), operator, { reportId: id, expectedVersion: 2, decision: 'RETURN', comment: 'Балансты толтырыңыз / Уточните баланс' }, testContext, APRIL_20);
    expect(result).toEqual({ ok: true, status: 'RETURNED', version: 3 });
    expect(await row(orgA)).toMatchObject({ status: 'RETURNED', returnComment: 'Балансты толтырыңыз / Уточните баланс', reviewedById: operator.id, reviewedAt: APRIL_20 });
    expect(await reviewNgoDatabaseReport(testDb(), operator, { reportId: id, expectedVersion: 2, decision: 'APPROVE', comment: '' }, testContext)).toEqual({
      ok: false,
      error: { code: 'notReviewable' },
    });
  });

  it('another NGO can neither update, send nor review it (the services re-check the actor)', async () => {
    const id = (await row(orgA))!.id;
    expect(await saveNgoDatabaseReport(testDb(), ngoB, input(orgA, 3, emptyReport()), testContext, APRIL_20)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await submitNgoDatabaseReport(testDb(), ngoB, input(orgA, 3, completeReport()), testContext, APRIL_20)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await reviewNgoDatabaseReport(testDb(), ngoB, { reportId: id, expectedVersion: 3, decision: 'APPROVE', comment: '' }, testContext)).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await row(orgA)).toMatchObject({ status: 'RETURNED', version: 3 });
  });

  it('the NGO corrects and resends: SUBMITTED again, the first sending time is kept (EL-2)', async () => {
    const report = completeReport();
    report.balance.assetsKzt = 6_000_000;
    const saved = await saveNgoDatabaseReport(testDb(), ngoA, input(orgA, 3, report), testContext, APRIL_20);
    expect(saved).toMatchObject({ ok: true, version: 4 });
    // A stale resend (version 3) is refused.
    expect(await submitNgoDatabaseReport(testDb(), ngoA, input(orgA, 3, report), testContext, APRIL_20)).toEqual({ ok: false, error: { code: 'staleVersion' } });
    const result = await submitNgoDatabaseReport(testDb(), ngoA, input(orgA, 4, report), testContext, APRIL_20);
    expect(result).toMatchObject({ ok: true, version: 5, timeliness: 'LATE' });
    const stored = await row(orgA);
    expect(stored).toMatchObject({ status: 'SUBMITTED', version: 5 });
    expect(stored!.submittedAt?.toISOString()).toBe(APRIL_10.toISOString());
    expect(fromLanguageDocuments(stored!.sectionsKk, stored!.sectionsRu).balance.assetsKzt).toBe(6_000_000);
    expect(await testDb().auditEvent.count({ where: { objectId: stored!.id, action: 'ngoDatabaseReport.resubmitted' } })).toBe(1);
  });

  it('the operator approves («Бекітілді»)', async () => {
    const id = (await row(orgA))!.id;
    const result = await reviewNgoDatabaseReport(testDb(), operator, { reportId: id, expectedVersion: 5, decision: 'APPROVE', comment: '' }, testContext, APRIL_20);
    expect(result).toEqual({ ok: true, status: 'APPROVED', version: 6 });
    expect(await row(orgA)).toMatchObject({ status: 'APPROVED', approvedAt: APRIL_20 });
    expect(await saveNgoDatabaseReport(testDb(), ngoA, input(orgA, 6, completeReport()), testContext, APRIL_20)).toEqual({ ok: false, error: { code: 'notEditable' } });
    const actions = (await testDb().auditEvent.findMany({ where: { objectId: id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual([
      'ngoDatabaseReport.saved',
      'ngoDatabaseReport.submitted',
      'ngoDatabaseReport.returned',
      'ngoDatabaseReport.saved',
      'ngoDatabaseReport.resubmitted',
      'ngoDatabaseReport.approved',
    ]);
    expect((await verifyAuditChain(testDb())).ok).toBe(true);
  });

  it('sending without a saved draft creates and sends in one go; on time before 31 March', async () => {
    const result = await submitNgoDatabaseReport(testDb(), ngoB, input(orgB, 0, completeReport()), testContext, MARCH_20);
    expect(result).toMatchObject({ ok: true, version: 1, timeliness: 'ON_TIME' });
    expect(await row(orgB)).toMatchObject({ status: 'SUBMITTED', submittedAt: MARCH_20 });
  });
});

describe('EL-2 helper: ngoDatabaseReportTimelinessFor', () => {
  const MAY_1 = almatyInstant('2026-05-01', '12:00');

  it('ON_TIME / LATE / MISSING for the year competitions check', async () => {
    expect(await ngoDatabaseReportTimelinessFor(testDb(), orgB, MAY_1)).toBe('ON_TIME'); // sent 20 March
    expect(await ngoDatabaseReportTimelinessFor(testDb(), orgA, MAY_1)).toBe('LATE'); // sent 10 April, approved since
    expect(await ngoDatabaseReportTimelinessFor(testDb(), orgC, MAY_1)).toBe('MISSING'); // nothing
  });

  it('a draft does not count, and a sending later than asOf is not seen', async () => {
    await saveNgoDatabaseReport(testDb(), { ...ngoA, organizationIds: [orgC], headOfOrganizationIds: [orgC] }, input(orgC, 0, completeReport()), testContext, MARCH_20);
    expect(await ngoDatabaseReportTimelinessFor(testDb(), orgC, MAY_1)).toBe('MISSING');
    // On 5 April, orgA (sent 10 April) had not sent yet.
    expect(await ngoDatabaseReportTimelinessFor(testDb(), orgA, almatyInstant('2026-04-05', '12:00'))).toBe('MISSING');
  });

  it('a RETURNED report still counts as sent, and in February the year before last is checked', async () => {
    const id = (await row(orgB))!.id;
    await reviewNgoDatabaseReport(testDb(), operator, { reportId: id, expectedVersion: 1, decision: 'RETURN', comment: 'Толықтырыңыз' }, testContext, APRIL_20);
    expect(await ngoDatabaseReportTimelinessFor(testDb(), orgB, MAY_1)).toBe('ON_TIME');
    // 1 March 2026: the 2025 report is not due yet, so the 2024 one is checked — orgB has none.
    expect(await ngoDatabaseReportTimelinessFor(testDb(), orgB, almatyInstant('2026-03-01', '12:00'))).toBe('MISSING');
  });
});
