import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { LocalDiskStorage } from '@/lib/storage/local-disk-storage';
import { remindReportsDue } from '@/lib/services/reports/remind-reports-due';
import { deleteReportAttachment, uploadReportAttachment } from '@/lib/services/reports/report-attachments';
import { overdueReports, reportsDue } from '@/lib/services/reports/reports-due';
import { loadReport } from '@/lib/services/reports/report-data';
import { buildReportView } from '@/lib/services/reports/report-view';
import { reviewReport } from '@/lib/services/reports/review-report';
import { saveReportSection } from '@/lib/services/reports/save-report-section';
import { submitReport } from '@/lib/services/reports/submit-report';
import { seed } from '@/prisma/seed/load';
import { testContext, testDb } from './test-db';

const pdf = async () => new Uint8Array(await readFile(path.resolve(import.meta.dirname, '../fixtures/files', 'charter.pdf')));

let storageDir: string;
let storage: LocalDiskStorage;
let head: Actor;
let otherNgo: Actor;
let operator: Actor;
let expert: Actor;
let agreementId: string;
let organizationId: string;
let creativeId: string;
let financialId: string;

async function actorOf(email: string): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } } });
  return {
    id: user.id,
    role: user.role,
    organizationIds: user.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: user.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: user.expert?.id ?? null,
  };
}

const version = async (id: string) => (await testDb().report.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const status = async (id: string) => (await testDb().report.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const save = async (actor: Actor, reportId: string, sectionKey: string, data: unknown) =>
  saveReportSection(testDb(), actor, { reportId, sectionKey, expectedVersion: await version(reportId), data }, testContext);
const submit = async (actor: Actor, reportId: string) => submitReport(testDb(), actor, { reportId, expectedVersion: await version(reportId) }, testContext);
const review = async (actor: Actor, reportId: string, decision: 'START_REVIEW' | 'RETURN' | 'ACCEPT', comments: { sectionKey: string; comment: string }[] = []) =>
  reviewReport(testDb(), actor, { reportId, expectedVersion: await version(reportId), decision, comments }, testContext);
const upload = async (actor: Actor, reportId: string, kind: string) => uploadReportAttachment(testDb(), storage, actor, { reportId, kind, fileName: 'evidence.pdf', bytes: await pdf() }, testContext);

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => undefined });
  storageDir = await mkdtemp(path.join(tmpdir(), 'demeu-reports-'));
  storage = new LocalDiskStorage(storageDir);
  // The seeded grant agreement with its interim creative and financial reports (DRAFT).
  const creative = await db.report.findFirstOrThrow({ where: { kind: 'INTERIM', type: 'CREATIVE', status: 'DRAFT' }, select: { id: true, agreementId: true, agreement: { select: { organizationId: true } } } });
  creativeId = creative.id;
  agreementId = creative.agreementId;
  organizationId = creative.agreement.organizationId;
  financialId = (await db.report.findFirstOrThrow({ where: { agreementId, kind: 'INTERIM', type: 'FINANCIAL' }, select: { id: true } })).id;
  const headUser = await db.organizationMembership.findFirstOrThrow({ where: { organizationId, role: 'HEAD', endedAt: null }, select: { user: { select: { email: true } } } });
  head = await actorOf(headUser.user.email);
  const other = await db.organizationMembership.findFirstOrThrow({ where: { organizationId: { not: organizationId }, role: 'HEAD', endedAt: null }, select: { user: { select: { email: true } } } });
  otherNgo = await actorOf(other.user.email);
  operator = await actorOf('operator@demeu.kz');
  expert = await actorOf('expert@demeu.kz');
});

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

describe('who may touch a report', () => {
  it('an NGO of another organisation can neither save nor submit nor upload (IDOR) — it is not even told the report exists', async () => {
    const before = await version(creativeId);
    expect(await save(otherNgo, creativeId, 'rpProblems', { problems: 'x' })).toMatchObject({ ok: false, error: { code: 'reportNotFound' } });
    expect(await submit(otherNgo, creativeId)).toMatchObject({ ok: false, error: { code: 'reportNotFound' } });
    expect(await upload(otherNgo, creativeId, 'ev:1:programme')).toMatchObject({ ok: false, error: { code: 'reportNotFound' } });
    expect(await version(creativeId)).toBe(before);
  });
  it('an expert is denied everything; the operator may not write the NGO’s report', async () => {
    expect(await save(expert, creativeId, 'rpProblems', { problems: 'x' })).toMatchObject({ ok: false, error: { code: 'reportNotFound' } });
    expect(await review(expert, creativeId, 'START_REVIEW')).toMatchObject({ ok: false, error: { code: 'reportNotFound' } });
    expect(await save(operator, creativeId, 'rpProblems', { problems: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await review(head, creativeId, 'ACCEPT')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('the interim creative report: save → submit → review → return → resubmit → accept → frozen', () => {
  it('a broken value refuses the save with field errors and writes nothing', async () => {
    const before = await version(creativeId);
    const r = await save(head, creativeId, 'rpActivities', { activities: [{ name: 'Семинар', plannedParticipants: -5 }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalidSection' }, fieldErrors: { 'activities.0.plannedParticipants': 'negative' } });
    expect(await version(creativeId)).toBe(before);
  });

  it('a stale version is refused (optimistic lock)', async () => {
    const v = await version(creativeId);
    const r = await saveReportSection(testDb(), head, { reportId: creativeId, sectionKey: 'rpProblems', expectedVersion: v - 1 < 0 ? v + 5 : v - 1, data: {} }, testContext);
    expect(r).toMatchObject({ ok: false, error: { code: 'staleReport' } });
  });

  it('submitting an incomplete report is refused with the incomplete sections named', async () => {
    await save(head, creativeId, 'rpProblems', { problems: 'Жабдық кешікті.' });
    const r = await submit(head, creativeId);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('reportIncomplete');
    expect(r.incompleteSections).toEqual(expect.arrayContaining(['rpBaseline', 'rpActivities', 'rpIndicators', 'rpBeneficiaries', 'rpEvidence', 'rpSignoff']));
    expect(r.incompleteSections).not.toContain('rpProblems');
    expect(await status(creativeId)).toBe('DRAFT');
  });

  it('indicator values are written as IndicatorValue rows for the agreement’s indicators only', async () => {
    const indicators = await testDb().indicator.findMany({ where: { agreementId }, orderBy: { sortOrder: 'asc' }, select: { id: true, kind: true } });
    expect(indicators.length).toBeGreaterThan(0);
    const foreign = await testDb().indicator.findFirst({ where: { agreementId: { not: agreementId } }, select: { id: true } });
    if (foreign) expect(await save(head, creativeId, 'rpIndicators', { values: [{ indicatorId: foreign.id, actual: 1 }] })).toMatchObject({ ok: false, error: { code: 'unknownIndicator' } });
    const r = await save(head, creativeId, 'rpIndicators', { values: indicators.map((i) => ({ indicatorId: i.id, actual: i.kind === 'QUALITATIVE' ? 4 : 27, comment: 'Есеп кезеңі' })) });
    expect(r).toMatchObject({ ok: true, complete: true });
    const rows = await testDb().indicatorValue.findMany({ where: { reportId: creativeId } });
    expect(rows).toHaveLength(indicators.length);
    expect(rows.map((v) => Number(v.actual)).sort()).toEqual(indicators.map((i) => (i.kind === 'QUALITATIVE' ? 4 : 27)).sort());
  });

  it('with every section and the F-EV evidence of each event, the report is submitted', async () => {
    expect(await save(head, creativeId, 'rpBaseline', { baseline: 'Жоба басында цифрланған объект болған жоқ.' })).toMatchObject({ ok: true });
    expect(
      await save(head, creativeId, 'rpActivities', {
        activities: [{ name: 'Мұра объектілерін түсіру', eventType: 'other', venue: 'Түркістан', plannedDate: '2026-10-01', actualDate: '2026-10-03', plannedParticipants: 20, actualParticipants: 22 }],
        taskSteps: [{ work: '27 объект түсірілді', analysis: 'Осылайша жоспар орындалды', change: 'Нәтижесінде онлайн-карта толықты' }],
      }),
    ).toMatchObject({ ok: true, complete: true });
    expect(await save(head, creativeId, 'rpBeneficiaries', { rows: [{ category: 'Жастар', total: 22, men: 10, women: 11 }] })).toMatchObject({ ok: true, complete: false }); // sexSplit
    expect(await save(head, creativeId, 'rpBeneficiaries', { rows: [{ category: 'Жастар', total: 22, men: 10, women: 12 }] })).toMatchObject({ ok: true, complete: true });
    expect(await save(head, creativeId, 'rpSignoff', { compiledBy: 'Әлия Сейітова', phone: '+7 701 123 45 67', signedOn: '2026-11-20' })).toMatchObject({ ok: true, complete: true });
    // F-EV: a kind that is not an evidence type of the event is refused.
    expect(await upload(head, creativeId, 'ev:1:script')).toMatchObject({ ok: false, error: { code: 'unknownDocumentKind' } });
    expect(await upload(head, creativeId, 'ev:2:programme')).toMatchObject({ ok: false, error: { code: 'unknownDocumentKind' } });
    expect(await upload(head, creativeId, 'fin:salaries')).toMatchObject({ ok: false, error: { code: 'unknownDocumentKind' } });
    expect((await submit(head, creativeId)).ok).toBe(false); // evidence still missing
    expect(await upload(head, creativeId, 'ev:1:programme')).toMatchObject({ ok: true });
    const extra = await upload(head, creativeId, 'ev:1:photosVideos');
    expect(extra.ok).toBe(true);
    if (extra.ok) expect(await deleteReportAttachment(testDb(), head, { reportId: creativeId, attachmentId: extra.attachment.id }, testContext)).toMatchObject({ ok: true });
    expect(await upload(head, creativeId, 'ev:1:participantList')).toMatchObject({ ok: true });

    const r = await submit(head, creativeId);
    expect(r).toMatchObject({ ok: true, status: 'SUBMITTED' });
    const row = await testDb().report.findUniqueOrThrow({ where: { id: creativeId } });
    expect(row.submittedById).toBe(head.id);
    expect(await testDb().auditEvent.count({ where: { objectId: creativeId, action: 'report.submitted' } })).toBe(1);
  });

  it('a sent report cannot be changed or sent again, and files cannot be added', async () => {
    expect(await save(head, creativeId, 'rpProblems', { problems: 'Өзгеріс' })).toMatchObject({ ok: false, error: { code: 'reportNotEditable' } });
    expect(await submit(head, creativeId)).toMatchObject({ ok: false, error: { code: 'reportNotEditable' } });
    expect(await upload(head, creativeId, 'ev:1:feedbackForms')).toMatchObject({ ok: false, error: { code: 'reportNotEditable' } });
  });

  it('the operator cannot return or accept before starting the review; then returning needs ≥ 1 comment on a section of the report', async () => {
    expect(await review(operator, creativeId, 'ACCEPT')).toMatchObject({ ok: false, error: { code: 'reportWrongStatus' } });
    expect(await review(operator, creativeId, 'START_REVIEW')).toMatchObject({ ok: true, status: 'UNDER_REVIEW' });
    expect(await review(operator, creativeId, 'RETURN')).toMatchObject({ ok: false, error: { code: 'commentRequired' } });
    expect(await review(operator, creativeId, 'RETURN', [{ sectionKey: 'rpProblems', comment: '   ' }])).toMatchObject({ ok: false, error: { code: 'commentRequired' } });
    expect(await review(operator, creativeId, 'RETURN', [{ sectionKey: 'rpBudget', comment: 'Бюджет?' }])).toMatchObject({ ok: false, error: { code: 'unknownSection' } });
    expect(await status(creativeId)).toBe('UNDER_REVIEW');
  });

  it('returned with a comment on one section: the comment is stored with its section key and the NGO is notified', async () => {
    const r = await review(operator, creativeId, 'RETURN', [{ sectionKey: 'rpProblems', comment: 'Қабылданған шараларды нақтылаңыз.' }]);
    expect(r).toMatchObject({ ok: true, status: 'RETURNED' });
    const comments = await testDb().reportReviewComment.findMany({ where: { reportId: creativeId } });
    expect(comments).toEqual([expect.objectContaining({ sectionKey: 'rpProblems', comment: 'Қабылданған шараларды нақтылаңыз.', authorId: operator.id, resolvedAt: null })]);
    const notes = await testDb().notification.findMany({ where: { templateKey: 'report_returned', objectId: creativeId } });
    expect(notes.some((n) => n.recipientId === head.id && n.channel === 'IN_APP')).toBe(true);
    expect(notes.some((n) => n.recipientId === head.id && n.channel === 'EMAIL' && n.status === 'PENDING')).toBe(true);
  });

  it('the NGO fixes the section and resubmits: the comments are resolved', async () => {
    expect(await save(head, creativeId, 'rpProblems', { problems: 'Жабдық кешікті; жеткізушімен келісім жаңартылды.', corrections: 'Кесте 2 аптаға жылжытылды.' })).toMatchObject({ ok: true });
    const r = await submit(head, creativeId);
    expect(r).toMatchObject({ ok: true, status: 'SUBMITTED', resolvedComments: 1 });
    const comment = await testDb().reportReviewComment.findFirstOrThrow({ where: { reportId: creativeId } });
    expect(comment.resolvedAt).not.toBeNull();
    expect(await testDb().auditEvent.count({ where: { objectId: creativeId, action: 'report.resubmitted' } })).toBe(1);
  });

  it('accepted: the NGO is notified, the tranches are not touched, and the report is frozen', async () => {
    const tranchesBefore = await testDb().tranche.findMany({ where: { agreementId }, orderBy: { seq: 'asc' }, select: { status: true, releasedAt: true } });
    expect(await review(operator, creativeId, 'START_REVIEW')).toMatchObject({ ok: true });
    expect(await review(operator, creativeId, 'ACCEPT')).toMatchObject({ ok: true, status: 'ACCEPTED' });
    const row = await testDb().report.findUniqueOrThrow({ where: { id: creativeId } });
    expect(row.acceptedAt).not.toBeNull();
    expect(row.reviewedById).toBe(operator.id);
    expect(await testDb().notification.count({ where: { templateKey: 'report_accepted', objectId: creativeId, recipientId: head.id } })).toBe(2);
    expect(await testDb().tranche.findMany({ where: { agreementId }, orderBy: { seq: 'asc' }, select: { status: true, releasedAt: true } })).toEqual(tranchesBefore);

    expect(await save(head, creativeId, 'rpProblems', { problems: 'Кейін' })).toMatchObject({ ok: false, error: { code: 'reportFrozen' } });
    expect(await submit(head, creativeId)).toMatchObject({ ok: false, error: { code: 'reportFrozen' } });
    expect(await upload(head, creativeId, 'ev:1:feedbackForms')).toMatchObject({ ok: false, error: { code: 'reportFrozen' } });
    expect(await review(operator, creativeId, 'RETURN', [{ sectionKey: 'rpProblems', comment: 'Тағы' }])).toMatchObject({ ok: false, error: { code: 'reportFrozen' } });
  });
});

describe('the interim financial report (F-IFR)', () => {
  it('starts from the winning application’s estimate (Annex 5: quantity × unit cost) as the planned amounts', async () => {
    const view = buildReportView((await loadReport(testDb(), financialId))!, 'kk', new Date());
    const budget = view.sections.find((s) => s.key === 'rpBudget');
    const lines = budget?.data.lines as { item: string; planned: number }[];
    const annex5 = await testDb().applicationSection.findFirstOrThrow({ where: { application: { agreement: { id: agreementId } }, key: 'annex5' }, select: { data: true } });
    const expected = ((annex5.data as { lines: { quantity: number; unitCost: number }[] }).lines ?? []).map((l) => l.quantity * l.unitCost).filter((n) => n > 0);
    expect(expected.length).toBeGreaterThan(0);
    expect(lines.map((l) => l.planned)).toEqual(expected);
    expect(budget?.complete).toBe(false); // a starting point only: nothing is saved yet
  });
  it('balances the budget lines; an overspent line needs a comment; supporting documents are optional for the interim one', async () => {
    expect(await save(head, financialId, 'rpBudget', { lines: [{ item: 'Жалақы', planned: 1_000_000, spent: 1_200_000 }] })).toMatchObject({ ok: true, complete: false });
    expect(await save(head, financialId, 'rpBudget', { lines: [{ item: 'Жалақы', planned: 1_000_000, spent: 1_200_000, comment: 'Қосымша маман тартылды' }] })).toMatchObject({ ok: true, complete: true });
    expect(await upload(head, financialId, 'ev:1:programme')).toMatchObject({ ok: false, error: { code: 'unknownDocumentKind' } });
    expect(await upload(head, financialId, 'fin:salaries')).toMatchObject({ ok: true });
    const att = await testDb().attachment.findFirstOrThrow({ where: { reportId: financialId, kind: 'fin:salaries' } });
    expect(att.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await submit(head, financialId)).toMatchObject({ ok: false, error: { code: 'reportIncomplete' }, incompleteSections: ['rpSignoff'] });
  });
});

describe('due dates: reminders, overdue flags, dashboards (RP-1, RP-2)', () => {
  const at = (isoDay: string, days: number) => new Date(new Date(`${isoDay}T06:00:00.000Z`).getTime() + days * 86_400_000); // 11:00 Almaty

  it('reminds 7 days and 1 day before the due date, once each', async () => {
    const due = (await testDb().report.findUniqueOrThrow({ where: { id: financialId }, select: { dueOn: true } })).dueOn.toISOString().slice(0, 10);
    const count = () => testDb().notification.count({ where: { templateKey: 'report_due', objectId: financialId, channel: 'IN_APP', recipientId: head.id } });
    await remindReportsDue(testDb(), at(due, -8));
    expect(await count()).toBe(0);
    await remindReportsDue(testDb(), at(due, -7));
    expect(await count()).toBe(1);
    await remindReportsDue(testDb(), at(due, -5));
    expect(await count()).toBe(1);
    await remindReportsDue(testDb(), at(due, -1));
    await remindReportsDue(testDb(), at(due, -1));
    expect(await count()).toBe(2);
  });

  it('flags a report overdue once, the day after its due date, and lists it on the dashboards', async () => {
    const due = (await testDb().report.findUniqueOrThrow({ where: { id: financialId }, select: { dueOn: true } })).dueOn.toISOString().slice(0, 10);
    await remindReportsDue(testDb(), at(due, 0));
    expect((await testDb().report.findUniqueOrThrow({ where: { id: financialId } })).overdueAt).toBeNull();
    expect((await overdueReports(testDb(), at(due, 0))).map((r) => r.reportId)).not.toContain(financialId);
    const first = await remindReportsDue(testDb(), at(due, 1));
    expect(first.flaggedOverdue).toBeGreaterThanOrEqual(1);
    const again = await remindReportsDue(testDb(), at(due, 2));
    expect(again.flaggedOverdue).toBe(0);
    expect((await testDb().report.findUniqueOrThrow({ where: { id: financialId } })).overdueAt).not.toBeNull();
    expect(await testDb().auditEvent.count({ where: { objectId: financialId, action: 'report.overdue' } })).toBe(1);
    expect(await testDb().notification.count({ where: { templateKey: 'report_overdue', objectId: financialId, channel: 'IN_APP', recipientId: head.id } })).toBe(1);

    const overdue = await overdueReports(testDb(), at(due, 1));
    expect(overdue.find((r) => r.reportId === financialId)).toMatchObject({ state: 'OVERDUE', daysLeft: -1, organizationId, operatorHref: `/operator/agreements/${agreementId}/reports/${financialId}` });
    expect(overdue.map((r) => r.reportId)).not.toContain(creativeId); // accepted
    const mine = await reportsDue(testDb(), organizationId, at(due, -3));
    expect(mine.find((r) => r.reportId === financialId)).toMatchObject({ state: 'DUE_SOON', daysLeft: 3 });
    expect(mine.map((r) => r.reportId)).not.toContain(creativeId);
    expect(await reportsDue(testDb(), otherNgo.organizationIds[0] ?? 'none', at(due, -3))).not.toContainEqual(expect.objectContaining({ reportId: financialId }));
  });

  it('the audit chain is intact', async () => {
    expect((await verifyAuditChain(testDb())).ok).toBe(true);
  });
});
