import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isCompetitionKind } from '@/lib/rules';
import { EVALUATION_CRITERIA } from '@/lib/rules/evaluation';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { isStaff, refused, TX, type EvalResult } from './common';
import { evaluationConflicts } from './conflicts';
import { fieldErrorsOf, formCouncilSchema, type FormCouncilFormValues } from './evaluation-input';

/**
 * §3.4 (L3357–3372): the operator forms the expert council for a COMPLETED social-order
 * project from the expert register and starts the evaluation — the agreement goes COMPLETED →
 * UNDER_EVALUATION (`START_EVALUATION`, SOCIAL_ORDER only, role OPERATOR; optimistic lock on
 * Agreement.version). The council is a Commission with purpose EVALUATION (approved at once;
 * civil-society side, L3362–3365) whose first member chairs. Only approved register experts;
 * one with an automatic conflict with the project (CI-1 `conflictsOf`) is refused. In ONE
 * transaction: commission, members, ProjectEvaluation (PENDING, the seven criteria EV-1), the
 * agreement status, the audit event, notifications to the members and the NGO.
 */
export async function formEvaluationCouncil(
  db: PrismaClient,
  actor: Actor,
  rawInput: FormCouncilFormValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<EvalResult<{ evaluationId: string }>> {
  const parsed = formCouncilSchema.safeParse(rawInput);
  if (!parsed.success) return refused('fixErrors', fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  if (!isStaff(actor)) return refused('forbidden');
  const expertIds = [...new Set(input.expertIds)];
  if (expertIds.length !== input.expertIds.length) return refused('fixErrors', { expertIds: 'evaluation.errors.duplicateMember' });
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(async (tx) => {
    const agreement = await tx.agreement.findUnique({
      where: { id: input.agreementId },
      select: { id: true, number: true, status: true, version: true, organizationId: true, competitionId: true, competition: { select: { kind: true } }, evaluation: { select: { id: true } } },
    });
    if (!agreement) return refused('agreementNotFound');
    if (agreement.evaluation) return refused('councilAlreadyFormed');
    const kind = isCompetitionKind(agreement.competition.kind) ? agreement.competition.kind : undefined;
    if (kind !== 'SOCIAL_ORDER') return refused('notSocialOrder');
    // ST-*: COMPLETED → UNDER_EVALUATION, SOCIAL_ORDER only (agreement machine).
    if (!checkTransition('agreement', agreement.status, 'UNDER_EVALUATION', 'OPERATOR', { kind }).ok) return refused('notCompleted', {}, { status: agreement.status });
    if (agreement.version !== input.expectedVersion) return refused('staleAgreement');

    const experts = await tx.expert.findMany({ where: { id: { in: expertIds } }, select: { id: true, status: true, user: { select: { id: true, locale: true, active: true } } } });
    if (experts.length !== expertIds.length || experts.some((e) => e.status !== 'APPROVED' || !e.user.active)) {
      return refused('fixErrors', { expertIds: 'evaluation.errors.expertNotActive' });
    }
    const conflicts = await evaluationConflicts(tx, agreement.id, expertIds, now);
    const conflicted = expertIds.filter((id) => (conflicts.get(id) ?? []).length > 0);
    if (conflicted.length > 0) return refused('fixErrors', { expertIds: 'evaluation.errors.expertConflicted' }, { count: conflicted.length });

    const locked = await tx.agreement.updateMany({
      where: { id: agreement.id, status: 'COMPLETED', version: input.expectedVersion },
      data: { status: 'UNDER_EVALUATION', version: { increment: 1 } },
    });
    if (locked.count !== 1) return refused('staleAgreement');

    const commission = await tx.commission.create({
      data: {
        competitionId: agreement.competitionId,
        purpose: 'EVALUATION',
        status: 'APPROVED',
        approvedAt: now,
        approvedById: actor.id,
        members: { create: expertIds.map((expertId, i) => ({ expertId, role: i === 0 ? 'CHAIR' : 'MEMBER', side: 'CIVIL', votingRight: true, appointedAt: now })) },
      },
      select: { id: true },
    });
    const evaluation = await tx.projectEvaluation.create({
      data: {
        agreementId: agreement.id,
        commissionId: commission.id,
        status: 'PENDING',
        criteria: EVALUATION_CRITERIA.map((id) => ({ id, min: 1, max: 5 })),
      },
      select: { id: true },
    });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'evaluation.council_formed',
        object: { type: 'ProjectEvaluation', id: evaluation.id },
        before: { agreementStatus: agreement.status },
        after: { agreementId: agreement.id, agreementStatus: 'UNDER_EVALUATION', commissionId: commission.id, expertIds },
      },
      context,
    );
    const payload = { evaluationId: evaluation.id, agreementId: agreement.id, agreementNumber: agreement.number };
    const members = experts.map((e) => ({ id: e.user.id, locale: e.user.locale as 'kk' | 'ru' | 'en' }));
    await enqueueNotifications(tx, {
      templateKey: 'evaluation.council_appointed',
      payload,
      object: { type: 'ProjectEvaluation', id: evaluation.id },
      dedupeKey: `evaluation.council_appointed:${evaluation.id}`,
      now,
      inApp: members,
      email: members,
    });
    const ngo = await tx.organizationMembership.findMany({
      where: { organizationId: agreement.organizationId, endedAt: null, user: { active: true } },
      select: { user: { select: { id: true, locale: true } } },
    });
    await enqueueNotifications(tx, {
      templateKey: 'evaluation.started',
      payload,
      object: { type: 'ProjectEvaluation', id: evaluation.id },
      dedupeKey: `evaluation.started:${evaluation.id}`,
      now,
      inApp: ngo.map((m) => ({ id: m.user.id, locale: m.user.locale as 'kk' | 'ru' | 'en' })),
    });
    return { ok: true as const, evaluationId: evaluation.id };
  }, TX);
}
