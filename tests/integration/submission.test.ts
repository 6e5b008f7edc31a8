import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import type { Prisma } from '@/lib/generated/prisma/client';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { RECEIPT_NUMBER_PATTERN, receiptHash } from '@/lib/services/applications/receipt';
import { loadApplicationForSubmission, receiptSnapshotOf, submitApplication } from '@/lib/services/applications/submit-application';
import { withdrawApplication } from '@/lib/services/applications/withdraw-application';
import { applicationCompleteness } from '@/lib/validation/forms/grant';
import { COMPLETE_GRANT_SECTIONS } from '../support/complete-grant-sections';
import { disconnectTestDb, testContext, testDb } from './test-db';

// DL-1: the deadline instant — 18:00 Almaty on 30 November 2026.
const DEADLINE = new Date('2026-11-30T13:00:00.000Z');
const BEFORE = new Date(DEADLINE.getTime() - 2 * 86_400_000);
const at = (d: Date) => () => d;
const LOT_BUDGET = 20_000_000;
const kk = (text: string) => ({ kk: text });


const REQUIRED_DOCUMENTS = [
  { kind: 'charter', titleKk: 'Жарғының көшірмесі', titleRu: 'Копия устава', required: true },
  { kind: 'balance', titleKk: 'Бухгалтерлік баланс', titleRu: 'Бухгалтерский баланс', required: true },
  { kind: 'other', titleKk: 'Басқа', titleRu: 'Прочее', required: false },
];

let competitionId = '';
let operatorOrgId = '';
let seq = 0;

interface Ngo {
  orgId: string;
  head: Actor;
  staff: Actor;
}

const actorOf = (userId: string, orgId: string, head: boolean): Actor => ({
  id: userId,
  role: 'NGO',
  organizationIds: [orgId],
  headOfOrganizationIds: head ? [orgId] : [],
  expertId: null,
});

/** A fresh NGO (head + staff) with its 2025 NGO database report sent on time unless told otherwise (EL-2). */
async function newNgo(opts: { report?: 'onTime' | 'late' | 'none'; flags?: Partial<Record<'propertyArrested' | 'inLiquidation', boolean>> } = {}): Promise<Ngo> {
  const db = testDb();
  const n = ++seq;
  const org = await db.organization.create({
    data: { kind: 'NGO', bin: `9901400${String(n).padStart(5, '0')}`, legalForm: 'PUBLIC_ASSOCIATION', nameKk: `ҮЕҰ ${n}`, nameRu: `НПО ${n}`, ...opts.flags },
  });
  const head = await db.user.create({ data: { email: `head${n}@example.kz`, name: `Басшы ${n}`, role: 'NGO', locale: 'kk' } });
  const staff = await db.user.create({ data: { email: `staff${n}@example.kz`, name: `Қызметкер ${n}`, role: 'NGO', locale: 'ru' } });
  await db.organizationMembership.createMany({
    data: [
      { organizationId: org.id, userId: head.id, role: 'HEAD' },
      { organizationId: org.id, userId: staff.id, role: 'STAFF' },
    ],
  });
  const report = opts.report ?? 'onTime';
  if (report !== 'none') {
    await db.ngoDatabaseReport.create({
      data: {
        organizationId: org.id,
        year: 2025,
        status: 'APPROVED',
        // DB-1: due by 31 March 2026 (end of day, Almaty).
        submittedAt: report === 'onTime' ? new Date('2026-03-10T05:00:00Z') : new Date('2026-04-10T05:00:00Z'),
        submittedById: head.id,
      },
    });
  }
  return { orgId: org.id, head: actorOf(head.id, org.id, true), staff: actorOf(staff.id, org.id, false) };
}

async function newLot(): Promise<string> {
  const n = ++seq;
  const lot = await testDb().lot.create({
    data: { competitionId, number: n, titleKk: `Тақырып ${n}`, titleRu: `Тема ${n}`, budgetKzt: BigInt(LOT_BUDGET), status: 'OPEN' },
  });
  return lot.id;
}

/** A draft application with the given sections and attachment kinds (rows only: the checklist reads rows). */
async function newDraft(
  ngo: Ngo,
  lotId: string,
  opts: { sections?: Record<string, Prisma.InputJsonValue>; attachments?: string[] } = {},
): Promise<string> {
  const db = testDb();
  const sections = opts.sections ?? COMPLETE_GRANT_SECTIONS;
  const app = await db.application.create({
    data: {
      competitionId,
      lotId,
      organizationId: ngo.orgId,
      formVersion: 'grant-2026.1',
      languages: ['kk'],
      createdById: ngo.head.id,
      sections: { create: Object.entries(sections).map(([key, data]) => ({ key, data, complete: true, updatedById: ngo.staff.id })) },
    },
  });
  for (const kind of opts.attachments ?? ['charter', 'balance']) {
    await db.attachment.create({
      data: {
        applicationId: app.id,
        kind,
        language: 'kk',
        fileName: `${kind}.pdf`,
        mimeType: 'application/pdf',
        sizeBytes: 1234,
        sha256: randomUUID().replace(/-/g, '').padEnd(64, '0'),
        storageKey: `test/${randomUUID()}`,
        uploadedById: ngo.staff.id,
      },
    });
  }
  return app.id;
}

const submit = (actor: Actor, applicationId: string, now: Date, idempotencyKey: string = randomUUID()) =>
  submitApplication(testDb(), actor, { applicationId, idempotencyKey }, testContext, { now: at(now) });

async function traces(applicationId: string) {
  const db = testDb();
  const [app, changes, audit, notifications] = await Promise.all([
    db.application.findUniqueOrThrow({ where: { id: applicationId } }),
    db.applicationStatusChange.findMany({ where: { applicationId }, orderBy: { at: 'asc' } }),
    db.auditEvent.findMany({ where: { objectType: 'Application', objectId: applicationId }, orderBy: { id: 'asc' } }),
    db.notification.findMany({ where: { objectId: applicationId }, orderBy: { createdAt: 'asc' } }),
  ]);
  return { app, changes, audit, notifications };
}

beforeAll(async () => {
  const db = testDb();
  const operator = await db.organization.create({ data: { kind: 'OPERATOR', bin: '990140099999', legalForm: 'NON_COMMERCIAL_JSC', nameKk: 'Оператор', nameRu: 'Оператор' } });
  operatorOrgId = operator.id;
  const competition = await db.competition.create({
    data: {
      kind: 'GRANT',
      code: 'G-2026-777',
      organizerId: operatorOrgId,
      titleKk: 'Мемлекеттік гранттар конкурсы',
      titleRu: 'Конкурс государственных грантов',
      year: 2026,
      status: 'OPEN',
      opensAt: new Date('2026-11-05T05:00:00Z'),
      deadlineAt: DEADLINE,
      requiredDocuments: REQUIRED_DOCUMENTS,
      languages: ['kk', 'ru'],
      allLanguagesRequired: false,
    },
  });
  competitionId = competition.id;
  // The fixture itself passes the annex schemas (guards the tests below against drift).
  expect(applicationCompleteness(COMPLETE_GRANT_SECTIONS, { languages: ['kk', 'ru'], allLanguagesRequired: false, lotAmountKzt: LOT_BUDGET }).complete).toBe(true);
});

afterAll(async () => {
  await disconnectTestDb();
});

describe('submission (issue 4, part 5)', () => {
  it('DL-1: on time → SUBMITTED with a receipt, the status change, the audit event and the notifications', async () => {
    const ngo = await newNgo();
    const id = await newDraft(ngo, await newLot());
    const key = randomUUID();
    const result = await submit(ngo.staff, id, BEFORE, key);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.replayed).toBe(false);
    expect(result.receipt.receiptNumber).toMatch(RECEIPT_NUMBER_PATTERN);
    expect(result.receipt.receiptNumber.startsWith('G-2026-')).toBe(true);
    expect(result.receipt.submittedAt).toEqual(BEFORE);

    const { app, changes, audit, notifications } = await traces(id);
    expect(app).toMatchObject({
      status: 'SUBMITTED',
      submittedAt: BEFORE,
      submittedById: ngo.staff.id,
      receiptNumber: result.receipt.receiptNumber,
      receiptHash: result.receipt.receiptHash,
      idempotencyKey: key,
      requestedKzt: 10_000_000n,
      ownContributionKzt: 500_000n,
      projectTitleKk: 'Бөлек жина — қаланы сақта',
    });
    // The receipt hash is over the application exactly as submitted.
    const frozen = await loadApplicationForSubmission(testDb(), id);
    expect(receiptHash(receiptSnapshotOf(frozen!, app.receiptNumber!, app.submittedAt!))).toBe(app.receiptHash);

    expect(changes).toEqual([expect.objectContaining({ fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorId: ngo.staff.id, at: BEFORE })]);
    expect(audit).toEqual([expect.objectContaining({ action: 'application.submitted', actorId: ngo.staff.id, ip: '127.0.0.1' })]);
    expect(audit[0]?.after).toMatchObject({ receiptNumber: app.receiptNumber, status: 'SUBMITTED' });

    const inApp = notifications.filter((n) => n.channel === 'IN_APP');
    expect(inApp.map((n) => n.recipientId).sort()).toEqual([ngo.head.id, ngo.staff.id].sort());
    for (const n of inApp) {
      expect(n.templateKey).toBe('application.submitted');
      expect(n.payload).toMatchObject({ receiptNumber: app.receiptNumber, competitionTitleKk: 'Мемлекеттік гранттар конкурсы' });
      expect(n.readAt).toBeNull();
    }
    expect(inApp.find((n) => n.recipientId === ngo.staff.id)?.locale).toBe('ru');
    const email = notifications.filter((n) => n.channel === 'EMAIL');
    expect(email).toEqual([expect.objectContaining({ recipientId: ngo.staff.id, status: 'PENDING', templateKey: 'application.submitted' })]);

    // A retry with the same key after success returns the SAME receipt, writing nothing.
    const retry = await submit(ngo.staff, id, new Date(BEFORE.getTime() + 5_000), key);
    expect(retry).toEqual({ ok: true, replayed: true, receipt: result.receipt });
    expect((await traces(id)).changes).toHaveLength(1);
    expect((await verifyAuditChain(testDb())).ok).toBe(true);
  });

  it('DL-1: late by 1 ms is refused with the deadline, and nothing changes', async () => {
    const ngo = await newNgo();
    const id = await newDraft(ngo, await newLot());
    const before = await traces(id);
    const result = await submit(ngo.head, id, new Date(DEADLINE.getTime() + 1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ code: 'deadlinePassed', params: { deadline: DEADLINE.toISOString() } });
    expect(result.reasons.map((r) => r.code)).toEqual(['deadlinePassed']);
    const after = await traces(id);
    expect(after.app).toEqual(before.app);
    expect(after.app.status).toBe('DRAFT');
    expect(after.app.receiptNumber).toBeNull();
    expect(after.changes).toHaveLength(0);
    expect(after.audit).toHaveLength(0);
    expect(after.notifications).toHaveLength(0);
  });

  it('DL-1: exactly at the deadline instant is on time and accepted', async () => {
    const ngo = await newNgo();
    const id = await newDraft(ngo, await newLot());
    const result = await submit(ngo.head, id, DEADLINE);
    expect(result.ok).toBe(true);
    expect((await traces(id)).app).toMatchObject({ status: 'SUBMITTED', submittedAt: DEADLINE });
  });

  it('withdraw before the deadline (with a reason), then submit a new application for the same lot (EL-3 ignores withdrawn)', async () => {
    const ngo = await newNgo();
    const lotId = await newLot();
    const first = await newDraft(ngo, lotId);
    const submitted = await submit(ngo.head, first, BEFORE);
    expect(submitted.ok).toBe(true);

    // The reason is mandatory.
    const noReason = await withdrawApplication(testDb(), ngo.head, { applicationId: first, reason: '  ' }, testContext, { now: at(BEFORE) });
    expect(noReason).toEqual({ ok: false, error: { code: 'withdrawalReasonRequired', field: 'reason' } });

    const withdrawnAt = new Date(BEFORE.getTime() + 60_000);
    const withdrawn = await withdrawApplication(testDb(), ngo.head, { applicationId: first, reason: 'Бюджетті қайта есептейміз' }, testContext, { now: at(withdrawnAt) });
    expect(withdrawn).toEqual({ ok: true, withdrawnAt });
    const t1 = await traces(first);
    expect(t1.app).toMatchObject({ status: 'WITHDRAWN', withdrawnAt, withdrawalReason: 'Бюджетті қайта есептейміз' });
    // The frozen submission keeps its receipt as a record.
    expect(t1.app.receiptNumber).toBe(submitted.ok ? submitted.receipt.receiptNumber : null);
    expect(t1.changes.map((c) => [c.fromStatus, c.toStatus, c.reason])).toEqual([
      ['DRAFT', 'SUBMITTED', null],
      ['SUBMITTED', 'WITHDRAWN', 'Бюджетті қайта есептейміз'],
    ]);
    expect(t1.audit.map((a) => a.action)).toEqual(['application.submitted', 'application.withdrawn']);
    expect(t1.notifications.filter((n) => n.templateKey === 'application.withdrawn')).toHaveLength(2);

    // A withdrawn application cannot be submitted again: a new one is started instead.
    const again = await submit(ngo.head, first, BEFORE);
    expect(again).toMatchObject({ ok: false, error: { code: 'notSubmittable', params: { status: 'WITHDRAWN' } } });

    const second = await newDraft(ngo, lotId);
    const resubmitted = await submit(ngo.head, second, new Date(BEFORE.getTime() + 120_000));
    expect(resubmitted.ok).toBe(true);
    if (!resubmitted.ok || !submitted.ok) return;
    expect(resubmitted.receipt.receiptNumber).not.toBe(submitted.receipt.receiptNumber);
    const live = await testDb().application.findMany({ where: { lotId, organizationId: ngo.orgId }, select: { status: true } });
    expect(live.map((a) => a.status).sort()).toEqual(['SUBMITTED', 'WITHDRAWN']);
  });

  it('withdrawal after the deadline is refused with the deadline', async () => {
    const ngo = await newNgo();
    const id = await newDraft(ngo, await newLot());
    expect((await submit(ngo.head, id, BEFORE)).ok).toBe(true);
    const late = await withdrawApplication(testDb(), ngo.head, { applicationId: id, reason: 'Кеш қалдық' }, testContext, { now: at(new Date(DEADLINE.getTime() + 1)) });
    expect(late).toEqual({ ok: false, error: { code: 'deadlinePassed', params: { deadline: DEADLINE.toISOString() } } });
    expect((await traces(id)).app.status).toBe('SUBMITTED');
  });

  it('double submit in parallel with the SAME idempotency key → exactly one submission and one receipt', async () => {
    const ngo = await newNgo();
    const id = await newDraft(ngo, await newLot());
    const key = randomUUID();
    const results = await Promise.all([submit(ngo.head, id, BEFORE, key), submit(ngo.head, id, BEFORE, key)]);
    expect(results.every((r) => r.ok)).toBe(true);
    const receipts = new Set(results.map((r) => (r.ok ? r.receipt.receiptNumber : null)));
    expect(receipts.size).toBe(1);
    expect(results.filter((r) => r.ok && r.replayed)).toHaveLength(1);
    const t = await traces(id);
    expect(t.changes).toHaveLength(1);
    expect(t.audit).toHaveLength(1);
    expect(t.notifications.filter((n) => n.channel === 'EMAIL')).toHaveLength(1);
  });

  it('double submit in parallel with DIFFERENT keys (two tabs) → exactly one submission; the second gets the same receipt', async () => {
    const ngo = await newNgo();
    const id = await newDraft(ngo, await newLot());
    const results = await Promise.all([submit(ngo.head, id, BEFORE), submit(ngo.staff, id, BEFORE), submit(ngo.head, id, BEFORE)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.receipt.receiptNumber : null))).size).toBe(1);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    const t = await traces(id);
    expect(t.app.status).toBe('SUBMITTED');
    expect(t.changes).toHaveLength(1);
    expect(t.audit).toHaveLength(1);
  });

  it('EL-1: an NGO whose property is under arrest is refused with the reason, nothing changes', async () => {
    const ngo = await newNgo({ flags: { propertyArrested: true } });
    const id = await newDraft(ngo, await newLot());
    const result = await submit(ngo.head, id, BEFORE);
    expect(result).toMatchObject({ ok: false, reasons: [{ code: 'PROPERTY_ARRESTED' }] });
    const t = await traces(id);
    expect(t.app.status).toBe('DRAFT');
    expect(t.audit).toHaveLength(0);
  });

  it('EL-2: a missing NGO database report for the required year is refused (grant), naming the year', async () => {
    const ngo = await newNgo({ report: 'none' });
    const id = await newDraft(ngo, await newLot());
    const result = await submit(ngo.head, id, BEFORE);
    expect(result).toMatchObject({ ok: false, reasons: [{ code: 'NGO_DATABASE_REPORT_MISSING', params: { year: 2025 } }] });
    expect((await traces(id)).app.status).toBe('DRAFT');
  });

  it('EL-2: a late NGO database report is refused too (grant)', async () => {
    const ngo = await newNgo({ report: 'late' });
    const id = await newDraft(ngo, await newLot());
    const result = await submit(ngo.head, id, BEFORE);
    expect(result).toMatchObject({ ok: false, reasons: [{ code: 'NGO_DATABASE_REPORT_LATE', params: { year: 2025 } }] });
  });

  it('incomplete sections and missing attachments are refused listing ALL that is missing', async () => {
    const ngo = await newNgo({ flags: { inLiquidation: true } });
    const { annex1, annex2, annex3 } = COMPLETE_GRANT_SECTIONS;
    const id = await newDraft(ngo, await newLot(), {
      sections: { annex1, annex2, annex3, annex4: { goal: kk('Мақсат ғана') } },
      attachments: ['charter'],
    });
    const result = await submit(ngo.head, id, BEFORE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons).toEqual([
      { code: 'IN_LIQUIDATION' },
      { code: 'sectionIncomplete', params: { section: 'annex4', missing: expect.any(Number) } },
      { code: 'sectionIncomplete', params: { section: 'annex5', missing: expect.any(Number) } },
      { code: 'attachmentMissing', params: expect.objectContaining({ kind: 'balance', titleKk: 'Бухгалтерлік баланс', titleRu: 'Бухгалтерский баланс' }) },
    ]);
    expect((await traces(id)).app.status).toBe('DRAFT');
  });

  it('the requested amount above the lot budget is refused (SC-5 / lot)', async () => {
    const ngo = await newNgo();
    const lot = await testDb().lot.create({
      data: { competitionId, number: 900, titleKk: 'Шағын лот', titleRu: 'Малый лот', budgetKzt: 9_000_000n, status: 'OPEN' },
    });
    const id = await newDraft(ngo, lot.id);
    const result = await submit(ngo.head, id, BEFORE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons).toContainEqual({ code: 'requestedAboveLotBudget', params: { requested: 10_000_000, budget: 9_000_000 } });
  });

  it("another NGO's member (and an operator) cannot submit it — re-checked in the service", async () => {
    const owner = await newNgo();
    const stranger = await newNgo();
    const id = await newDraft(owner, await newLot());
    expect(await submit(stranger.head, id, BEFORE)).toMatchObject({ ok: false, reasons: [{ code: 'notMemberOfOrganization' }] });
    const forged: Actor = { ...stranger.head, organizationIds: [owner.orgId] };
    expect(await submit(forged, id, BEFORE)).toMatchObject({ ok: false, reasons: [{ code: 'notMemberOfOrganization' }] });
    const operator: Actor = { id: owner.head.id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null };
    expect(await submit(operator, id, BEFORE)).toMatchObject({ ok: false, reasons: [{ code: 'notMemberOfOrganization' }] });
    const denied = await withdrawApplication(testDb(), stranger.head, { applicationId: id, reason: 'Бөгде ұйым' }, testContext, { now: at(BEFORE) });
    expect(denied).toEqual({ ok: false, error: { code: 'notMemberOfOrganization' } });
    expect((await traces(id)).app.status).toBe('DRAFT');
  });

  it('an idempotency key already spent on another application is refused', async () => {
    const ngo = await newNgo();
    const a = await newDraft(ngo, await newLot());
    const b = await newDraft(ngo, await newLot());
    const key = randomUUID();
    expect((await submit(ngo.head, a, BEFORE, key)).ok).toBe(true);
    expect(await submit(ngo.head, b, BEFORE, key)).toMatchObject({ ok: false, reasons: [{ code: 'idempotencyKeyReused' }] });
  });

  it('receipt numbers come from the sequence: unique across many parallel submissions', async () => {
    const ngos = await Promise.all(Array.from({ length: 6 }, () => newNgo()));
    const ids = await Promise.all(ngos.map(async (n) => newDraft(n, await newLot())));
    const results = await Promise.all(ids.map((id, i) => submit(ngos[i]!.head, id, BEFORE)));
    const numbers = results.map((r) => (r.ok ? r.receipt.receiptNumber : 'refused'));
    expect(numbers).not.toContain('refused');
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
