import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { almatyDateOf, almatyInstant, kzCalendar } from '@/lib/rules';
import { EVALUATION_CRITERIA } from '@/lib/rules/evaluation';
import { quarterOf } from '@/lib/rules/monitoring';
import { completeMonitoringMeasure } from '@/lib/services/monitoring/complete-measure';
import { agreementMonitoring, monitoringOverview, monitoringSummary, projectsAtRisk } from '@/lib/services/monitoring/monitoring-queries';
import { recordMonitoringVisit } from '@/lib/services/monitoring/record-monitoring-visit';
import { addEvaluationComment } from '@/lib/services/evaluation/add-evaluation-comment';
import { evaluationConflicts } from '@/lib/services/evaluation/conflicts';
import { declareEvaluationConflict } from '@/lib/services/evaluation/declare-evaluation-conflict';
import { annualEvaluationReport, evaluationDetail } from '@/lib/services/evaluation/evaluation-queries';
import { formEvaluationCouncil } from '@/lib/services/evaluation/form-council';
import { publishFinalReport } from '@/lib/services/evaluation/publish-final-report';
import { publishPreliminaryReport } from '@/lib/services/evaluation/publish-preliminary-report';
import { respondEvaluationComment } from '@/lib/services/evaluation/respond-evaluation-comment';
import { scoreEvaluation } from '@/lib/services/evaluation/score-evaluation';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testContext, testDb } from './test-db';

// The demo's post-award data (prisma/seed/post-award-monitoring.ts): «Мейірім» (ngo2@) has a
// social-order agreement IN_PROGRESS with last quarter's monitoring record; ngo4@'s NGO has one
// COMPLETED waiting for the expert council.
let inProgressId = '';
let completedId = '';
let operator: Actor;
let ngo: Actor;
let ngo2: Actor;
const experts: Actor[] = [];
let outsider: Actor;

async function actorOf(email: string): Promise<Actor> {
  const u = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } } });
  return {
    id: u.id,
    role: u.role as Actor['role'],
    organizationIds: u.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: u.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: u.expert?.id ?? null,
  };
}

const scores = { process: 4, results: 4, satisfaction: 5, impact: 3, coverage: 4, standards: 5 };
const notes = { process: '', results: '', satisfaction: '', impact: '', coverage: '', standards: '' };
const sheet = (v: number) => Object.fromEntries(EVALUATION_CRITERIA.map((k) => [k, v])) as Record<(typeof EVALUATION_CRITERIA)[number], number>;

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  inProgressId = (await db.agreement.findFirstOrThrow({ where: { status: 'IN_PROGRESS', number: { endsWith: '-021/1' } } })).id;
  completedId = (await db.agreement.findFirstOrThrow({ where: { status: 'COMPLETED', number: { endsWith: '-021/2' } } })).id;
  operator = await actorOf('operator@demeu.kz');
  ngo = await actorOf('ngo@demeu.kz');
  ngo2 = await actorOf('ngo2@demeu.kz');
  // Council members: the register experts without an automatic conflict with the project (CI-1).
  const all = await db.expert.findMany({ where: { status: 'APPROVED' }, include: { user: true }, orderBy: { user: { email: 'asc' } } });
  const conflicts = await evaluationConflicts(db, completedId, all.map((e) => e.id), new Date());
  const clean = all.filter((e) => (conflicts.get(e.id) ?? []).length === 0);
  for (const e of clean.slice(0, 2)) experts.push(await actorOf(e.user.email));
  outsider = await actorOf(clean[2]!.user.email);
}, 120_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('monitoring (§3.2, MN-1..MN-5)', () => {
  it('lists the project in progress with its recorded last quarter and the open measure', async () => {
    const overview = await monitoringOverview(testDb(), new Date());
    const row = overview.find((a) => a.id === inProgressId)!;
    expect(row.quarters.some((q) => q.state === 'RECORDED')).toBe(true);
    expect(row.openMeasures).toBe(1);
  });

  it('records the current quarter once; a second record for the same quarter is refused (MN-1)', async () => {
    const now = new Date();
    const q = quarterOf(almatyDateOf(now));
    const input = { agreementId: inProgressId, year: q.year, quarter: q.quarter, visitedOn: almatyDateOf(now), scores, notes, findings: 'Жоба кестеге сай жүріп жатыр.', measures: [{ description: 'Есеп беру журналын толықтыру', deadlineOn: '2099-01-10', responsible: '' }] };
    const first = await recordMonitoringVisit(testDb(), operator, input, testContext);
    expect(first.ok).toBe(true);
    const second = await recordMonitoringVisit(testDb(), operator, input, testContext);
    expect(second).toMatchObject({ ok: false, error: { code: 'quarterAlreadyRecorded' } });
    expect(await testDb().monitoringVisit.count({ where: { agreementId: inProgressId, year: q.year, quarter: q.quarter } })).toBe(1);
    const audit = await testDb().auditEvent.findFirst({ where: { action: 'monitoring.recorded', objectId: first.ok ? first.visitId : '' } });
    expect(audit).not.toBeNull();
    // The NGO is told in its cabinet.
    expect(await testDb().notification.count({ where: { templateKey: 'monitoring.recorded', recipientId: ngo2.id } })).toBe(1);
  });

  it('refuses a score outside 1..5, a future quarter and a non-operator', async () => {
    const now = new Date();
    const q = quarterOf(almatyDateOf(now));
    const base = { agreementId: inProgressId, year: q.year + 1, quarter: q.quarter, visitedOn: almatyDateOf(now), scores, notes, findings: 'Ескертулер жоқ.', measures: [] };
    expect(await recordMonitoringVisit(testDb(), operator, { ...base, scores: { ...scores, impact: 6 } }, testContext)).toMatchObject({ ok: false, fieldErrors: { 'scores.impact': 'monitoring.errors.score' } });
    const future = await recordMonitoringVisit(testDb(), operator, base, testContext);
    expect(future.ok).toBe(false);
    expect(await recordMonitoringVisit(testDb(), ngo2, { ...base, year: q.year }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('IDOR: the NGO sees its own records, another NGO gets nothing', async () => {
    expect(await agreementMonitoring(testDb(), ngo2, inProgressId, new Date())).not.toBeNull();
    expect(await agreementMonitoring(testDb(), ngo, inProgressId, new Date())).toBeNull();
    expect(await agreementMonitoring(testDb(), experts[0]!, inProgressId, new Date())).toBeNull();
    expect(await agreementMonitoring(testDb(), operator, inProgressId, new Date())).not.toBeNull();
  });

  it('a measure goes OPEN → DONE once (MN-3)', async () => {
    const m = await testDb().monitoringMeasure.findFirstOrThrow({ where: { visit: { agreementId: inProgressId }, status: 'OPEN' } });
    expect(await completeMonitoringMeasure(testDb(), ngo2, { measureId: m.id }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await completeMonitoringMeasure(testDb(), operator, { measureId: m.id, note: 'Келісімдер жиналды' }, testContext)).ok).toBe(true);
    expect(await completeMonitoringMeasure(testDb(), operator, { measureId: m.id }, testContext)).toMatchObject({ ok: false, error: { code: 'measureAlreadyDone' } });
  });

  it('projects at risk: overdue measures and indicator lag (MN-5)', async () => {
    const late = new Date(Date.now() + 400 * 86_400_000); // after every deadline but 2099
    const risky = await projectsAtRisk(testDb(), late);
    const row = risky.find((r) => r.agreementId === inProgressId);
    // Nothing reported on the indicators and the period over → 100 points of lag.
    expect(row?.reasons).toContain('INDICATOR_LAG');
    expect(row!.progressPercent).toBe(0);
  });

  it('the semi-annual summary lists the project with the scores of its quarters (MN-4)', async () => {
    const visit = await testDb().monitoringVisit.findFirstOrThrow({ where: { agreementId: inProgressId }, orderBy: [{ year: 'asc' }, { quarter: 'asc' }] });
    const half = visit.quarter === 4 || visit.quarter === 1 ? 'JUNE' : 'DECEMBER';
    const year = visit.quarter === 4 ? visit.year + 1 : visit.year;
    const summary = await monitoringSummary(testDb(), year, half, kzCalendar(), new Date());
    const row = summary.rows.find((r) => r.agreementId === inProgressId)!;
    expect(row.quarters.find((q) => q.key === `${visit.year}-Q${visit.quarter}`)!.scores).toMatchObject({ process: visit.processScore });
  });
});

describe('completion evaluation (§3.4, EV-1..EV-8)', () => {
  let evaluationId = '';

  it('refuses a council for a grant agreement or an agreement in progress (START_EVALUATION is SOCIAL_ORDER only)', async () => {
    const grant = await testDb().agreement.findFirstOrThrow({ where: { competition: { kind: 'GRANT' } } });
    expect(await formEvaluationCouncil(testDb(), operator, { agreementId: grant.id, expertIds: [experts[0]!.expertId!], expectedVersion: grant.version }, testContext)).toMatchObject({ ok: false, error: { code: 'notSocialOrder' } });
    const running = await testDb().agreement.findUniqueOrThrow({ where: { id: inProgressId } });
    expect(await formEvaluationCouncil(testDb(), operator, { agreementId: inProgressId, expertIds: [experts[0]!.expertId!], expectedVersion: running.version }, testContext)).toMatchObject({ ok: false, error: { code: 'notCompleted' } });
  });

  it('refuses an expert with an automatic conflict with the project (CI-1)', async () => {
    const a = await testDb().agreement.findUniqueOrThrow({ where: { id: completedId } });
    const all = await testDb().expert.findMany({ where: { status: 'APPROVED' } });
    const conflicts = await evaluationConflicts(testDb(), completedId, all.map((e) => e.id), new Date());
    const conflicted = all.find((e) => (conflicts.get(e.id) ?? []).length > 0);
    if (!conflicted) throw new Error('the demo register has an expert conflicted with every NGO (operator employee)');
    expect(await formEvaluationCouncil(testDb(), operator, { agreementId: completedId, expertIds: [conflicted.id], expectedVersion: a.version }, testContext)).toMatchObject({ ok: false, fieldErrors: { expertIds: 'evaluation.errors.expertConflicted' } });
  });

  it('the operator forms the council: COMPLETED → UNDER_EVALUATION, an EVALUATION commission', async () => {
    const a = await testDb().agreement.findUniqueOrThrow({ where: { id: completedId } });
    expect(await formEvaluationCouncil(testDb(), ngo2, { agreementId: completedId, expertIds: [experts[0]!.expertId!], expectedVersion: a.version }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const r = await formEvaluationCouncil(testDb(), operator, { agreementId: completedId, expertIds: experts.map((e) => e.expertId!), expectedVersion: a.version }, testContext);
    expect(r.ok).toBe(true);
    evaluationId = r.ok ? r.evaluationId : '';
    expect((await testDb().agreement.findUniqueOrThrow({ where: { id: completedId } })).status).toBe('UNDER_EVALUATION');
    const e = await testDb().projectEvaluation.findUniqueOrThrow({ where: { id: evaluationId }, include: { commission: { include: { members: true } } } });
    expect(e.commission!.purpose).toBe('EVALUATION');
    expect(e.commission!.members).toHaveLength(2);
    // A stale second attempt is refused.
    expect(await formEvaluationCouncil(testDb(), operator, { agreementId: completedId, expertIds: [experts[0]!.expertId!], expectedVersion: a.version }, testContext)).toMatchObject({ ok: false, error: { code: 'councilAlreadyFormed' } });
  });

  it('refuses a score without the COI declaration, and an expert not on the council', async () => {
    expect(await scoreEvaluation(testDb(), experts[0]!, { evaluationId, scores: sheet(4) }, testContext)).toMatchObject({ ok: false, error: { code: 'declarationRequired' } });
    expect(await scoreEvaluation(testDb(), outsider, { evaluationId, scores: sheet(4) }, testContext)).toMatchObject({ ok: false, error: { code: 'evaluationNotFound' } });
    expect(await declareEvaluationConflict(testDb(), outsider, { evaluationId, hasConflict: false }, testContext)).toMatchObject({ ok: false, error: { code: 'evaluationNotFound' } });
    expect(await testDb().evaluationScoreSheet.count({ where: { evaluationId } })).toBe(0);
  });

  it('a member who declared a conflict may not score; a declaration is final', async () => {
    const d = await declareEvaluationConflict(testDb(), experts[1]!, { evaluationId, hasConflict: true, reason: 'Жоба үйлестірушісі — туысым' }, testContext);
    expect(d.ok).toBe(true);
    expect(await declareEvaluationConflict(testDb(), experts[1]!, { evaluationId, hasConflict: false }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyDeclared' } });
    expect(await scoreEvaluation(testDb(), experts[1]!, { evaluationId, scores: sheet(4) }, testContext)).toMatchObject({ ok: false, error: { code: 'conflicted' } });
  });

  it('after "no conflict" the member scores 1–5 per criterion; the last sheet closes the scoring (PENDING → SCORED)', async () => {
    expect((await declareEvaluationConflict(testDb(), experts[0]!, { evaluationId, hasConflict: false }, testContext)).ok).toBe(true);
    expect(await scoreEvaluation(testDb(), experts[0]!, { evaluationId, scores: { ...sheet(4), result: 6 } }, testContext)).toMatchObject({ ok: false, fieldErrors: { 'scores.result': 'evaluation.errors.score' } });
    const r = await scoreEvaluation(testDb(), experts[0]!, { evaluationId, scores: sheet(4), comment: 'Нәтижелер жоспарға сай' }, testContext);
    expect(r).toMatchObject({ ok: true, total: 28, scoringComplete: true });
    expect(await scoreEvaluation(testDb(), experts[0]!, { evaluationId, scores: sheet(5) }, testContext)).toMatchObject({ ok: false });
    const e = await testDb().projectEvaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(e.status).toBe('SCORED');
    expect(e.scoredAt).not.toBeNull();
  });

  const summaryKk = 'Жоба мақсаттарына толық қол жеткізілді, қызмет алушылар қанағаттанған.';
  const summaryRu = 'Цели проекта достигнуты полностью, получатели услуг удовлетворены.';

  it('the operator publishes the preliminary report; the discussion closes 5 working days later (EV-3, EV-4)', async () => {
    const e = await testDb().projectEvaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(await publishFinalReport(testDb(), operator, { evaluationId, summaryKk, summaryRu, expectedVersion: e.version }, testContext)).toMatchObject({ ok: false, error: { code: 'notInDiscussion' } });
    const now = almatyInstant('2030-04-05', '10:00'); // a Friday
    const r = await publishPreliminaryReport(testDb(), operator, { evaluationId, summaryKk, summaryRu, expectedVersion: e.version }, testContext, { now: () => now });
    expect(r).toMatchObject({ ok: true, discussionClosesOn: '2030-04-12' });
  });

  it('a signed-in user comments inside the window; after it the comment is refused (EV-4, L3411–3412)', async () => {
    const inside = await addEvaluationComment(testDb(), ngo, { evaluationId, text: 'Нәтижелерді аудандар бойынша бөліп көрсетуді сұраймыз.' }, testContext, { now: () => almatyInstant('2030-04-12', '23:00') });
    expect(inside.ok).toBe(true);
    const after = await addEvaluationComment(testDb(), ngo, { evaluationId, text: 'Кешігіп жазылған пікір.' }, testContext, { now: () => almatyInstant('2030-04-13', '00:01') });
    expect(after).toMatchObject({ ok: false, error: { code: 'discussionClosed' } });
    expect(await addEvaluationComment(testDb(), null, { evaluationId, text: 'Аноним пікір.' }, testContext, { now: () => almatyInstant('2030-04-08', '12:00') })).toMatchObject({ ok: false, error: { code: 'signInRequired' } });
    expect(await testDb().evaluationComment.count({ where: { evaluationId } })).toBe(1);
  });

  it('the final report needs the discussion closed and every comment answered; then the agreement is CLOSED (EV-5, EV-6)', async () => {
    const e = await testDb().projectEvaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    const input = { evaluationId, summaryKk, summaryRu, expectedVersion: e.version };
    expect(await publishFinalReport(testDb(), operator, input, testContext, { now: () => almatyInstant('2030-04-10', '12:00') })).toMatchObject({ ok: false, error: { code: 'discussionStillOpen' } });
    expect(await publishFinalReport(testDb(), operator, input, testContext, { now: () => almatyInstant('2030-04-15', '12:00') })).toMatchObject({ ok: false, error: { code: 'unansweredComments' } });
    const comment = await testDb().evaluationComment.findFirstOrThrow({ where: { evaluationId } });
    expect(await respondEvaluationComment(testDb(), ngo, { commentId: comment.id, accepted: true, response: 'Қабылданды.' }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await respondEvaluationComment(testDb(), operator, { commentId: comment.id, accepted: true, response: 'Қабылданды, кесте толықтырылды.' }, testContext, { now: () => almatyInstant('2030-04-15', '11:00') })).ok).toBe(true);
    expect(await respondEvaluationComment(testDb(), operator, { commentId: comment.id, accepted: false, response: 'Екінші жауап.' }, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyResponded' } });
    const r = await publishFinalReport(testDb(), operator, input, testContext, { now: () => almatyInstant('2030-04-16', '10:00') });
    expect(r).toMatchObject({ ok: true, late: false });
    const a = await testDb().agreement.findUniqueOrThrow({ where: { id: completedId } });
    expect(a.status).toBe('CLOSED');
    const detail = (await evaluationDetail(testDb(), evaluationId, kzCalendar(), almatyInstant('2030-04-16', '12:00')))!;
    expect(detail.timeline).toMatchObject({ discussionClosesOn: '2030-04-12', responsesDue: '2030-04-17', finalDue: '2030-04-16', finalLate: false });
    const annual = await annualEvaluationReport(testDb(), 2030, kzCalendar());
    expect(annual.due.dueOn).toBe('2031-02-05');
    expect(annual.rows.map((x) => x.id)).toContain(evaluationId);
  });
});
