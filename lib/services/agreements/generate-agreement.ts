import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { addCalendarDays, assertIsoDate } from '@/lib/rules';
import { reportingScheduleIssues, trancheScheduleViolations } from '@/lib/rules/agreements';
import type { ServiceError, ServiceResult } from '../result';
import { agreementAccess } from './agreement-access';
import { fieldErrorsOf, generateAgreementSchema, type GenerateAgreementValues } from './agreement-input';
import type { AgreementTerms, TrancheCondition } from './agreement-terms';
import { applicationTerms } from './application-terms';
import { dayToDate } from './dates';
import { prepaymentShareOf, REPORT_FORM_VERSION } from './agreement-settings';

export interface GenerateAgreementOptions {
  now?: () => Date;
}

export type GenerateAgreementResult = ServiceResult<{ agreementId: string; number: string }> | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}) => ({
  ok: false as const,
  error: { code, ...extra },
  fieldErrors: extra.field ? { [extra.field]: code } : {},
});

const validDay = (v: string): boolean => {
  try {
    assertIsoDate(v);
    return true;
  } catch {
    return false;
  }
};

/**
 * Stage 7: the operator (grant) or the customer's staff (social order) generates the agreement
 * from the WINNING application: parties with BIN, amount (grant: the requested amount; social
 * order: the bid price), period, the activities and indicators of the application (read via
 * the form registry), the reporting schedule and the tranche plan (MO-1: prepayment ≤ cap,
 * tranches add up to the amount). In ONE transaction: Agreement (DRAFT), AgreementRevision 1
 * (DRAFT, the terms), the Report schedule rows (DRAFT: INTERIM/FINAL × CREATIVE/FINANCIAL),
 * the Tranche rows (later tranches wait for the creative report of their stage,
 * Tranche.afterReportId), the agreement's Indicator rows, and the audit event.
 */
export async function generateAgreement(
  db: PrismaClient,
  actor: Actor,
  rawInput: GenerateAgreementValues,
  context: RequestContext,
  options: GenerateAgreementOptions = {},
): Promise<GenerateAgreementResult> {
  const parsed = generateAgreementSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, code] = Object.entries(fieldErrors)[0] ?? ['form', 'invalidInput'];
    return { ok: false, error: { code, field }, fieldErrors };
  }
  const input = parsed.data;
  for (const f of ['periodStart', 'periodEnd', 'interimDueOn', 'finalDueOn'] as const) if (!validDay(input[f])) return refused('invalidDate', { field: f });
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(
    async (tx) => {
      const app = await tx.application.findUnique({
        where: { id: input.applicationId },
        select: {
          id: true,
          status: true,
          organizationId: true,
          projectTitleKk: true,
          projectTitleRu: true,
          requestedKzt: true,
          bidPriceKzt: true,
          agreement: { select: { id: true } },
          sections: { select: { key: true, data: true } },
          lot: { select: { titleKk: true, titleRu: true } },
          organization: { select: { nameKk: true, nameRu: true, bin: true } },
          competition: {
            select: {
              id: true,
              kind: true,
              code: true,
              titleKk: true,
              titleRu: true,
              prepaymentMaxPercent: true,
              organizer: { select: { nameKk: true, nameRu: true, bin: true, legalAddress: true } },
            },
          },
        },
      });
      if (!app) return refused('applicationNotFound');
      if (!agreementAccess(actor, { organizationId: app.organizationId }).operate) return refused('forbidden');
      const kind = app.competition.kind;
      if (kind !== 'GRANT' && kind !== 'SOCIAL_ORDER') return refused('kindNotSupported');
      if (app.status !== 'WINNER') return refused('applicationNotWinner');
      if (app.agreement) return refused('agreementExists');
      const amountBig = kind === 'GRANT' ? app.requestedKzt : app.bidPriceKzt;
      if (amountBig === null || amountBig <= 0n) return refused('amountMissing');
      const amount = Number(amountBig);

      const dateIssues = reportingScheduleIssues(input.periodStart, input.periodEnd, input.interimDueOn, input.finalDueOn);
      if (dateIssues.includes('PERIOD_INVERTED')) return refused('periodInverted', { field: 'periodEnd' });
      if (dateIssues.includes('INTERIM_OUTSIDE_PERIOD')) return refused('interimOutsidePeriod', { field: 'interimDueOn' });
      if (dateIssues.includes('FINAL_BEFORE_END')) return refused('finalBeforeEnd', { field: 'finalDueOn' });

      // MO-1: the tranche plan — a zero amount means "no such tranche".
      const plan: { amount: number; isPrepayment: boolean; condition: TrancheCondition; plannedOn: string }[] = [
        { amount: Number(input.prepaymentKzt), isPrepayment: true, condition: 'SIGNING' as const, plannedOn: input.periodStart },
        { amount: Number(input.interimTrancheKzt), isPrepayment: false, condition: 'INTERIM_REPORT' as const, plannedOn: addCalendarDays(input.interimDueOn, 15) },
        { amount: Number(input.finalTrancheKzt), isPrepayment: false, condition: 'FINAL_REPORT' as const, plannedOn: addCalendarDays(input.finalDueOn, 15) },
      ].filter((t) => t.amount > 0);
      const share = prepaymentShareOf(kind, app.competition.prepaymentMaxPercent);
      const violations = trancheScheduleViolations(kind, amount, plan, share.share);
      const cap = violations.find((v) => v.code === 'PREPAYMENT_ABOVE_CAP');
      if (cap) return refused('prepaymentAboveCap', { field: 'prepaymentKzt', params: { cap: cap.cap, percent: share.percent } });
      const sum = violations.find((v) => v.code === 'SUM_MISMATCH');
      if (sum) return refused('tranchesSumMismatch', { field: 'finalTrancheKzt', params: { sum: sum.sum, amount: sum.amount } });
      if (violations.length > 0) return refused('invalidSchedule', { field: 'prepaymentKzt' });

      const year = Number(input.periodStart.slice(0, 4));
      const number = await nextNumber(tx, kind, year);
      const fromApp = applicationTerms(kind, app.sections);
      const interimEnd = addCalendarDays(input.interimDueOn, -10) > input.periodStart ? addCalendarDays(input.interimDueOn, -10) : input.interimDueOn;
      const tranches = plan.map((t, i) => ({ seq: i + 1, amountKzt: t.amount, isPrepayment: t.isPrepayment, plannedOn: t.plannedOn, condition: t.condition }));
      const terms: AgreementTerms = {
        kind,
        competition: { code: app.competition.code, title: { kk: app.competition.titleKk, ru: app.competition.titleRu } },
        lot: app.lot ? { kk: app.lot.titleKk, ru: app.lot.titleRu } : null,
        projectTitle: { kk: app.projectTitleKk ?? app.projectTitleRu ?? '', ru: app.projectTitleRu ?? app.projectTitleKk ?? '' },
        operator: {
          name: { kk: app.competition.organizer.nameKk, ru: app.competition.organizer.nameRu },
          bin: app.competition.organizer.bin,
          address: app.competition.organizer.legalAddress,
        },
        ngo: { name: { kk: app.organization.nameKk, ru: app.organization.nameRu }, bin: app.organization.bin },
        amountKzt: amount,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        activities: fromApp.activities,
        indicators: fromApp.indicators,
        reporting: [
          { kind: 'INTERIM', periodStart: input.periodStart, periodEnd: interimEnd, dueOn: input.interimDueOn },
          { kind: 'FINAL', periodStart: input.periodStart, periodEnd: input.periodEnd, dueOn: input.finalDueOn },
        ],
        tranches,
        requisites: fromApp.requisites,
        signatory: null,
      };
      const prepayment = plan.find((t) => t.isPrepayment)?.amount ?? 0;
      const agreement = await tx.agreement.create({
        data: {
          applicationId: app.id,
          competitionId: app.competition.id,
          organizationId: app.organizationId,
          number,
          currentRevision: 1,
          status: 'DRAFT',
          amountKzt: amountBig,
          prepaymentKzt: BigInt(prepayment),
          periodStart: dayToDate(input.periodStart),
          periodEnd: dayToDate(input.periodEnd),
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.agreementRevision.create({
        data: {
          agreementId: agreement.id,
          revision: 1,
          amountKzt: amountBig,
          periodStart: dayToDate(input.periodStart),
          periodEnd: dayToDate(input.periodEnd),
          terms: terms as unknown as Prisma.InputJsonValue,
          status: 'DRAFT',
          createdById: actor.id,
          createdAt: now,
        },
      });
      // The report schedule (B fills and reviews these rows).
      const reportIds: Record<string, string> = {};
      for (const r of terms.reporting) {
        for (const type of ['CREATIVE', 'FINANCIAL'] as const) {
          const row = await tx.report.create({
            data: {
              agreementId: agreement.id,
              kind: r.kind,
              type,
              seq: 1,
              periodStart: dayToDate(r.periodStart),
              periodEnd: dayToDate(r.periodEnd),
              dueOn: dayToDate(r.dueOn),
              status: 'DRAFT',
              formVersion: REPORT_FORM_VERSION[kind],
              createdAt: now,
            },
            select: { id: true },
          });
          reportIds[`${r.kind}:${type}`] = row.id;
        }
      }
      await tx.tranche.createMany({
        data: tranches.map((t) => ({
          agreementId: agreement.id,
          seq: t.seq,
          isPrepayment: t.isPrepayment,
          plannedOn: dayToDate(t.plannedOn),
          amountKzt: BigInt(t.amountKzt),
          status: 'PLANNED',
          // MO-1: the prepayment after signing; later tranches after their stage's report is accepted.
          afterReportId: t.condition === 'INTERIM_REPORT' ? (reportIds['INTERIM:CREATIVE'] ?? null) : t.condition === 'FINAL_REPORT' ? (reportIds['FINAL:CREATIVE'] ?? null) : null,
        })),
      });
      const levels = new Set(['INPUT', 'PROCESS', 'OUTPUT', 'OUTCOME', 'IMPACT']);
      let sortOrder = 0;
      for (const ind of terms.indicators) {
        const target = Number(ind.target);
        if (!Number.isFinite(target) || ind.target === '') continue;
        const baseline = ind.baseline !== null && Number.isFinite(Number(ind.baseline)) ? ind.baseline : null;
        sortOrder += 1;
        await tx.indicator.create({
          data: {
            agreementId: agreement.id,
            applicationId: app.id,
            level: (ind.level && levels.has(ind.level) ? ind.level : 'OUTPUT') as 'OUTPUT',
            kind: ind.kind === 'QUALITATIVE' ? 'QUALITATIVE' : 'QUANTITATIVE',
            nameKk: ind.name.kk,
            nameRu: ind.name.ru,
            unit: ind.unit || '—',
            baseline,
            target: ind.target,
            sortOrder,
          },
        });
      }
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'agreement.generated',
          object: { type: 'Agreement', id: agreement.id },
          after: { number, applicationId: app.id, amountKzt: amount, periodStart: input.periodStart, periodEnd: input.periodEnd, tranches, reporting: terms.reporting },
        },
        context,
      );
      return { ok: true as const, agreementId: agreement.id, number };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/** ГК-2026-001 (grant agreement) / ӘТ-2026-001 (social order); the first free number of the year. */
async function nextNumber(tx: Prisma.TransactionClient, kind: 'GRANT' | 'SOCIAL_ORDER', year: number): Promise<string> {
  const prefix = `${kind === 'GRANT' ? 'ГК' : 'ӘТ'}-${year}-`;
  let n = (await tx.agreement.count({ where: { number: { startsWith: prefix } } })) + 1;
  for (;;) {
    const number = `${prefix}${String(n).padStart(3, '0')}`;
    if (!(await tx.agreement.findUnique({ where: { number }, select: { id: true } }))) return number;
    n += 1;
  }
}
