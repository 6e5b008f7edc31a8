import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition, isCompetitionKind, isOnTime } from '@/lib/rules';
import type { ServiceError, ServiceResult } from '../result';
import { decideAdmissionInputSchema, type DecideAdmissionFormValues } from './admission-input';

export interface DecideAdmissionOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

export type DecideAdmissionResult = ServiceResult<{ status: 'ADMITTED' | 'NOT_ADMITTED'; decisionId: string }> | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}): { ok: false; error: ServiceError; fieldErrors: Record<string, string> } => ({
  ok: false,
  error: { code, ...extra },
  fieldErrors: extra.field ? { [extra.field]: code } : {},
});

/**
 * The operator's admission check of a submitted grant application (stage 4, L1019–1028):
 * admitted, or NOT admitted on one or more grounds R1–R4 with a comment (L1197–1203).
 * Only operator staff; only a SUBMITTED application (ST-*: SUBMITTED → ADMITTED /
 * NOT_ADMITTED, role OPERATOR); only after the competition's deadline by the server clock
 * (DL-1: admission happens after the close). Optimistic lock on Application.version: of
 * two operators deciding at once, the later one is told `staleApplication`.
 * In ONE transaction: the AdmissionDecision row, the status, the status history, the audit
 * event (reasons + comment), an in-cabinet notification for every live member of the NGO
 * and the e-mail to the submitter (outbox, PENDING).
 */
export async function decideAdmission(
  db: PrismaClient,
  actor: Actor,
  rawInput: DecideAdmissionFormValues,
  context: RequestContext,
  options: DecideAdmissionOptions = {},
): Promise<DecideAdmissionResult> {
  // Services re-validate: callers other than the server action (tests, jobs) get the same rules.
  const parsed = decideAdmissionInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());

  return db.$transaction(
    async (tx) => {
      const app = await tx.application.findUnique({
        where: { id: input.applicationId },
        select: {
          id: true,
          status: true,
          version: true,
          organizationId: true,
          submittedById: true,
          competition: { select: { id: true, kind: true, deadlineAt: true, titleKk: true, titleRu: true, titleEn: true } },
        },
      });
      if (!app) return refused('applicationNotFound');
      // Re-checked here, whoever calls the service: operator staff only.
      if (!can(actor, 'review', { type: 'application', organizationId: app.organizationId, status: app.status })) return refused('forbidden');

      if (app.status === 'ADMITTED' || app.status === 'NOT_ADMITTED') return refused('alreadyDecided');
      const to = input.admitted ? 'ADMITTED' : 'NOT_ADMITTED';
      const kind = isCompetitionKind(app.competition.kind) ? app.competition.kind : undefined;
      // ST-*: SUBMITTED → ADMITTED / NOT_ADMITTED by the operator.
      if (!checkTransition('application', app.status, to, 'OPERATOR', { kind }).ok) return refused('notSubmitted', { params: { status: app.status } });

      // DL-1: the admission check starts after the close — the deadline must have passed.
      const now = clock();
      const deadlineAt = app.competition.deadlineAt;
      if (deadlineAt === null || isOnTime(now, deadlineAt)) {
        return refused('deadlineNotPassed', deadlineAt ? { params: { deadline: deadlineAt.toISOString() } } : {});
      }
      if (input.expectedVersion !== app.version) return refused('staleApplication');

      // The optimistic lock: the row changes only if nobody decided in between.
      const reasonText = input.admitted ? null : input.reasons.join(', ');
      const updated = await tx.application.updateMany({
        where: { id: app.id, status: 'SUBMITTED', version: input.expectedVersion },
        data: { status: to, statusReason: reasonText, version: { increment: 1 } },
      });
      if (updated.count !== 1) return refused('staleApplication');

      const comment = input.comment.length > 0 ? input.comment : null;
      const reasons = input.admitted ? [] : input.reasons;
      const decision = await tx.admissionDecision.create({
        data: { applicationId: app.id, admitted: input.admitted, reasons, comment, decidedById: actor.id, decidedAt: now },
        select: { id: true },
      });
      await tx.applicationStatusChange.create({
        data: { applicationId: app.id, fromStatus: 'SUBMITTED', toStatus: to, at: now, actorId: actor.id, reason: reasonText },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: input.admitted ? 'application.admitted' : 'application.not_admitted',
          object: { type: 'Application', id: app.id },
          before: { status: 'SUBMITTED', version: app.version },
          after: { status: to, admissionDecisionId: decision.id, admitted: input.admitted, reasons, comment },
          ...(reasonText ? { reason: reasonText } : {}),
        },
        context,
      );

      // The NGO is notified (outbox, same transaction): every live member in the cabinet,
      // the submitter by e-mail (delivered later by the outbox worker).
      const payload = {
        applicationId: app.id,
        competitionId: app.competition.id,
        competitionTitleKk: app.competition.titleKk,
        competitionTitleRu: app.competition.titleRu,
        competitionTitleEn: app.competition.titleEn,
        admitted: input.admitted,
        reasons,
        comment,
      };
      const members = await tx.organizationMembership.findMany({
        where: { organizationId: app.organizationId, endedAt: null, user: { active: true } },
        select: { user: { select: { id: true, locale: true } } },
      });
      const submitter = app.submittedById ? await tx.user.findUnique({ where: { id: app.submittedById }, select: { id: true, locale: true } }) : null;
      await tx.notification.createMany({
        data: [
          ...members.map(({ user }) => ({
            channel: 'IN_APP' as const,
            recipientId: user.id,
            templateKey: 'application.admission',
            locale: user.locale,
            payload,
            objectType: 'Application',
            objectId: app.id,
            dedupeKey: `application.admission:${decision.id}:${user.id}`,
            status: 'SENT',
            attempts: 0,
            nextAttemptAt: null,
            sentAt: now,
            createdAt: now,
          })),
          ...(submitter
            ? [
                {
                  channel: 'EMAIL' as const,
                  recipientId: submitter.id,
                  templateKey: 'application.admission',
                  locale: submitter.locale,
                  payload,
                  objectType: 'Application',
                  objectId: app.id,
                  dedupeKey: `application.admission.email:${decision.id}`,
                  status: 'PENDING',
                  attempts: 0,
                  nextAttemptAt: now,
                  createdAt: now,
                },
              ]
            : []),
        ],
      });

      return { ok: true as const, status: to, decisionId: decision.id };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
