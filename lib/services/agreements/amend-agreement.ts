import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { addCalendarDays, assertIsoDate } from '@/lib/rules';
import { reportingScheduleIssues, trancheScheduleViolations } from '@/lib/rules/agreements';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import type { ServiceError, ServiceResult } from '../result';
import { agreementAccess } from './agreement-access';
import { amendAgreementSchema, fieldErrorsOf, type AmendAgreementValues } from './agreement-input';
import { parseTerms, type AgreementTerms } from './agreement-terms';
import { prepaymentShareOf } from './agreement-settings';
import { dateToDay, dayToDate } from './dates';
import { ngoRecipients } from './recipients';

export type AmendAgreementResult = ServiceResult<{ revision: number }> | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}) => ({ ok: false as const, error: { code, ...extra }, fieldErrors: extra.field ? { [extra.field]: code } : {} });

/** Agreement statuses in which the terms may be amended (signed, not ended). */
const AMENDABLE = new Set(['SIGNED', 'IN_PROGRESS']);

/**
 * Principle 2 (submitted means frozen): a signed agreement changes only by an amendment — a new
 * AgreementRevision N+1 with a reason (amount / period / schedule), sent to the NGO
 * (SENT_TO_NGO) and accepted again by both sides (accept-agreement.ts); it takes effect at the
 * operator's countersignature, and every earlier revision stays readable. The tranche plan is
 * checked again (MO-1 cap on the new amount, tranches add up); released tranches keep their
 * amounts. One pending amendment at a time. Optimistic lock on Agreement.version.
 */
export async function amendAgreement(
  db: PrismaClient,
  actor: Actor,
  rawInput: AmendAgreementValues,
  context: RequestContext,
  options: { now?: () => Date } = {},
): Promise<AmendAgreementResult> {
  const parsed = amendAgreementSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  for (const f of ['periodEnd', 'interimDueOn', 'finalDueOn'] as const) {
    try {
      assertIsoDate(input[f]);
    } catch {
      return refused('invalidDate', { field: f });
    }
  }
  const now = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    const a = await tx.agreement.findUnique({
      where: { id: input.agreementId },
      select: {
        id: true,
        number: true,
        status: true,
        version: true,
        organizationId: true,
        periodStart: true,
        competition: { select: { kind: true, prepaymentMaxPercent: true } },
        tranches: { orderBy: { seq: 'asc' }, select: { seq: true, amountKzt: true, status: true, isPrepayment: true } },
        revisions: { orderBy: { revision: 'desc' }, take: 1, select: { revision: true, status: true, terms: true } },
      },
    });
    if (!a) return refused('agreementNotFound');
    const access = agreementAccess(actor, a);
    if (!access.read) return refused('agreementNotFound');
    if (!access.operate) return refused('forbidden');
    if (!AMENDABLE.has(a.status)) return refused('notAmendable', { params: { status: a.status } });
    const last = a.revisions[0];
    if (!last || last.status !== 'SIGNED') return refused('amendmentPending');
    const terms = parseTerms(last.terms);
    if (!terms) return refused('termsUnreadable');
    if (input.expectedVersion !== a.version) return refused('staleAgreement');

    const periodStart = dateToDay(a.periodStart);
    const issues = reportingScheduleIssues(periodStart, input.periodEnd, input.interimDueOn, input.finalDueOn);
    if (issues.includes('PERIOD_INVERTED')) return refused('periodInverted', { field: 'periodEnd' });
    if (issues.includes('INTERIM_OUTSIDE_PERIOD')) return refused('interimOutsidePeriod', { field: 'interimDueOn' });
    if (issues.includes('FINAL_BEFORE_END')) return refused('finalBeforeEnd', { field: 'finalDueOn' });

    const amount = Number(input.amountKzt);
    const tranches = terms.tranches.map((t) => {
      const row = a.tranches.find((r) => r.seq === t.seq);
      const released = row?.status === 'RELEASED';
      const typed = input.tranches[String(t.seq)];
      const amountKzt = released || typed === undefined ? Number(row?.amountKzt ?? t.amountKzt) : Number(typed);
      const plannedOn = t.condition === 'INTERIM_REPORT' ? addCalendarDays(input.interimDueOn, 15) : t.condition === 'FINAL_REPORT' ? addCalendarDays(input.finalDueOn, 15) : t.plannedOn;
      return { ...t, amountKzt, plannedOn: released ? t.plannedOn : plannedOn };
    });
    if (tranches.some((t) => t.amountKzt <= 0)) return refused('trancheZero', { field: 'tranches' });
    const kind = a.competition.kind === 'SOCIAL_ORDER' ? 'SOCIAL_ORDER' : 'GRANT';
    const share = prepaymentShareOf(kind, a.competition.prepaymentMaxPercent);
    const violations = trancheScheduleViolations(kind, amount, tranches.map((t) => ({ amount: t.amountKzt, isPrepayment: t.isPrepayment })), share.share);
    const cap = violations.find((v) => v.code === 'PREPAYMENT_ABOVE_CAP');
    if (cap) return refused('prepaymentAboveCap', { field: 'tranches', params: { cap: cap.cap, percent: share.percent } });
    const sum = violations.find((v) => v.code === 'SUM_MISMATCH');
    if (sum) return refused('tranchesSumMismatch', { field: 'tranches', params: { sum: sum.sum, amount: sum.amount } });
    if (violations.length > 0) return refused('invalidSchedule', { field: 'tranches' });

    const interim = terms.reporting.find((r) => r.kind === 'INTERIM');
    const newTerms: AgreementTerms = {
      ...terms,
      amountKzt: amount,
      periodEnd: input.periodEnd,
      reporting: terms.reporting.map((r) =>
        r.kind === 'INTERIM' ? { ...r, dueOn: input.interimDueOn, periodEnd: interim && input.interimDueOn > addCalendarDays(r.periodStart, 10) ? addCalendarDays(input.interimDueOn, -10) : r.periodEnd } : { ...r, dueOn: input.finalDueOn, periodEnd: input.periodEnd },
      ),
      tranches,
    };
    const locked = await tx.agreement.updateMany({ where: { id: a.id, version: a.version }, data: { version: { increment: 1 } } });
    if (locked.count !== 1) return refused('staleAgreement');
    const revision = last.revision + 1;
    await tx.agreementRevision.create({
      data: {
        agreementId: a.id,
        revision,
        amountKzt: BigInt(amount),
        periodStart: a.periodStart,
        periodEnd: dayToDate(input.periodEnd),
        terms: newTerms as unknown as Prisma.InputJsonValue,
        reason: input.reason,
        status: 'SENT_TO_NGO',
        createdById: actor.id,
        createdAt: now,
      },
    });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'agreement.amendment_proposed',
        object: { type: 'Agreement', id: a.id },
        before: { revision: last.revision, amountKzt: terms.amountKzt, periodEnd: terms.periodEnd, tranches: terms.tranches, reporting: terms.reporting },
        after: { revision, amountKzt: amount, periodEnd: input.periodEnd, tranches, reporting: newTerms.reporting },
        reason: input.reason,
      },
      context,
    );
    const recipients = await ngoRecipients(tx, a.organizationId);
    await enqueueNotifications(tx, {
      templateKey: 'agreement.amendment_sent',
      payload: { agreementId: a.id, number: a.number, revision, reason: input.reason },
      object: { type: 'Agreement', id: a.id },
      dedupeKey: `agreement.amendment_sent:${a.id}:${revision}`,
      now,
      inApp: recipients,
      email: recipients,
    });
    return { ok: true as const, revision };
  });
}
