import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import {
  checkTransition,
  isCompetitionKind,
  isOnTime,
  requiredNgoDatabaseReportYear,
  type CompetitionKind,
  type EligibilityResult,
  type NgoDatabaseReportTimeliness,
} from '@/lib/rules';
import { ngoDatabaseReportTimelinessFor } from '@/lib/queries/ngo-database-report-status';
import { attachmentChecklist, type AttachmentChecklist, type DocumentLanguage } from '@/lib/services/attachments/attachment-checklist';
import { parseRequiredDocuments } from '@/lib/validation/competition-settings';
import type { FormCompleteness } from '@/lib/validation/forms/application-form';
import { applicationFormFor } from '@/lib/validation/forms/registry';
import type { ServiceError } from '../result';
import { applicationEligibility } from './application-eligibility';
import { recordAwardNomination, recommendationsOf } from './award-nomination-rows';
import { formatReceiptNumber, receiptHash, type ReceiptSnapshot } from './receipt';

/** A Prisma client or the transaction client of a running transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;

export interface SubmitApplicationInput {
  applicationId: string;
  /** Generated on the server when the page rendered (hidden input): a retry carries the same key. */
  idempotencyKey: string;
}

export interface SubmitOptions {
  /** The server clock; tests pin it. Pages and actions never pass it (DESIGN.md principle 1). */
  now?: () => Date;
}

export interface Receipt {
  receiptNumber: string;
  /** Server instant of receipt (DL-1). */
  submittedAt: Date;
  receiptHash: string;
}

export type SubmitApplicationResult =
  /** `replayed`: the application was already submitted (a retry, a double click): the same receipt. */
  | { ok: true; receipt: Receipt; replayed: boolean }
  /** Every reason the submission is refused (`error` is the first), each an i18n code with params. */
  | { ok: false; error: ServiceError; reasons: ServiceError[] };

/** An id or key the database can hold: non-empty text of sane length without NUL. */
const isStoredText = (v: string) => typeof v === 'string' && v.length <= 200 && !v.includes('\u0000');

/** Locks the application row for the rest of the transaction; false when there is no such row. */
export async function lockApplication(tx: Prisma.TransactionClient, applicationId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Application" WHERE "id" = ${applicationId} FOR UPDATE`;
  return rows.length === 1;
}

/** Re-checked in the service, not only in the action: a live membership of an active NGO account. */
export async function isLiveMember(db: Db, actor: Actor, organizationId: string): Promise<boolean> {
  if (actor.role !== 'NGO') return false;
  const membership = await db.organizationMembership.findFirst({
    where: { organizationId, userId: actor.id, endedAt: null, user: { active: true, role: 'NGO' } },
    select: { id: true },
  });
  return membership !== null;
}

const submissionInclude = {
  competition: {
    select: {
      id: true,
      code: true,
      kind: true,
      status: true,
      year: true,
      settings: true,
      titleKk: true,
      titleRu: true,
      titleEn: true,
      opensAt: true,
      deadlineAt: true,
      requiredDocuments: true,
      languages: true,
      allLanguagesRequired: true,
    },
  },
  lot: { select: { id: true, number: true, budgetKzt: true, directionId: true, titleKk: true, titleRu: true, titleEn: true } },
  organization: {
    select: { id: true, bin: true, kind: true, legalForm: true, inLiquidation: true, bankrupt: true, propertyArrested: true, activitySuspended: true },
  },
  sections: { select: { key: true, data: true }, orderBy: { key: 'asc' } },
  attachments: { where: { deletedAt: null }, select: { kind: true, language: true, fileName: true, sha256: true }, orderBy: { uploadedAt: 'asc' } },
} satisfies Prisma.ApplicationInclude;

export type ApplicationForSubmission = Prisma.ApplicationGetPayload<{ include: typeof submissionInclude }>;

export function loadApplicationForSubmission(db: Db, applicationId: string): Promise<ApplicationForSubmission | null> {
  return db.application.findUnique({ where: { id: applicationId }, include: submissionInclude });
}

/** Everything the engine decided about submitting this application now (also shown on the overview page). */
export interface SubmissionAssessment {
  now: Date;
  /** DL-1 */
  onTime: boolean;
  deadlineAt: Date | null;
  /** EL-1..EL-3 (null when the mechanism has no application form, see `kindNotSupported`). */
  eligibility: EligibilityResult | null;
  ngoDatabaseReport: { year: number; timeliness: NgoDatabaseReportTimeliness };
  completeness: FormCompleteness;
  checklist: AttachmentChecklist;
  requestedKzt: number | null;
  lotBudgetKzt: number | null;
  /** ALL the reasons the application cannot be submitted now; empty = it can. */
  reasons: ServiceError[];
}

const num = (v: bigint | null | undefined) => (v === null || v === undefined ? null : Number(v));

/** Grant: annex 1's requested amount; the other forms keep it in the column as they are saved. */
function requestedAmountOf(app: ApplicationForSubmission): number | null {
  if (app.competition.kind !== 'GRANT') return num(app.requestedKzt);
  const annex1 = app.sections.find((s) => s.key === 'annex1')?.data;
  const fromForm = annex1 && typeof annex1 === 'object' && !Array.isArray(annex1) ? (annex1 as Record<string, unknown>).requestedKzt : undefined;
  return typeof fromForm === 'number' && Number.isInteger(fromForm) ? fromForm : num(app.requestedKzt);
}

/**
 * The decision, by lib/rules, at instant `now`: deadline (DL-1), eligibility (EL-1 legal
 * form and registry flags, EL-2 NGO database report, EL-3 one live application per lot;
 * awards AW-12..AW-14), completeness of the mechanism's form, the attachment checklist with
 * the language rule, and the requested amount (social order: the bid) within the lot. Returns every reason at once so the NGO can fix
 * them all; never throws for a business refusal.
 */
export async function assessSubmission(db: Db, app: ApplicationForSubmission, now: Date): Promise<SubmissionAssessment> {
  const reasons: ServiceError[] = [];
  const competition = app.competition;
  const kind: CompetitionKind | undefined = isCompetitionKind(competition.kind) ? competition.kind : undefined;

  // DL-1: on time iff received at or before the deadline instant, by the server clock.
  const deadlineAt = competition.deadlineAt;
  const onTime = deadlineAt !== null && isOnTime(now, deadlineAt);
  if (deadlineAt === null) reasons.push({ code: 'noDeadline' });
  else if (!onTime) reasons.push({ code: 'deadlinePassed', params: { deadline: deadlineAt.toISOString() } });
  else if (competition.status !== 'OPEN' || (competition.opensAt !== null && now.getTime() < competition.opensAt.getTime())) {
    reasons.push({ code: 'competitionNotOpen', params: { status: competition.status } });
  }

  const form = applicationFormFor(competition.kind);
  if (!form || !kind) reasons.push({ code: 'kindNotSupported', params: { kind: competition.kind } });
  if (!app.lot) reasons.push({ code: 'lotRequired' });

  // EL-2: the report year a competition checks at this instant, and its timeliness.
  const reportYear = requiredNgoDatabaseReportYear(now);
  const timeliness = await ngoDatabaseReportTimelinessFor(db, app.organizationId, now);

  let eligibility: EligibilityResult | null = null;
  if (form && kind && app.lot) {
    const judged = await applicationEligibility(db, {
      kind,
      competition,
      lotId: app.lot.id,
      organization: app.organization,
      applicationId: app.id,
      ngoDatabaseReport: timeliness,
      stage: 'submit',
      recommendations: recommendationsOf(app.sections).length,
      now,
    });
    eligibility = judged.eligibility;
    reasons.push(...judged.reasons);
  }

  // Completeness of the form under the competition's language rule and lot amount.
  const languages = competition.languages.filter((l): l is 'kk' | 'ru' => l === 'kk' || l === 'ru');
  const lotBudgetKzt = num(app.lot?.budgetKzt);
  const ctx = { languages, allLanguagesRequired: competition.allLanguagesRequired, ...(lotBudgetKzt !== null ? { lotAmountKzt: lotBudgetKzt } : {}) };
  const completeness: FormCompleteness = form ? form.completeness(app.sections, ctx) : { complete: false, sections: {}, completeKeys: [], errors: [] };
  for (const [section, s] of Object.entries(completeness.sections)) {
    if (!s.complete) reasons.push({ code: 'sectionIncomplete', params: { section, missing: s.missing.length + s.errors.length } });
  }
  for (const e of completeness.errors) reasons.push({ code: 'sectionsInconsistent', params: { section: e.section, problem: e.code } });

  // The attachment checklist (§4.5) with the competition's language rule.
  const checklist = attachmentChecklist(
    parseRequiredDocuments(competition.requiredDocuments),
    app.attachments.map((a) => ({ kind: a.kind, language: a.language as DocumentLanguage | null })),
    competition.languages as DocumentLanguage[],
    competition.allLanguagesRequired,
  );
  for (const item of checklist.missing) {
    reasons.push({
      code: 'attachmentMissing',
      params: {
        kind: item.kind,
        titleKk: item.document.titleKk,
        titleRu: item.document.titleRu,
        titleEn: item.document.titleEn ?? item.document.titleRu,
        languages: item.missingLanguages.join(', '),
      },
    });
  }

  // SC-5 / lot: the amount requested may not exceed the lot amount.
  const requestedKzt = requestedAmountOf(app);
  if (requestedKzt !== null && lotBudgetKzt !== null && requestedKzt > lotBudgetKzt) {
    reasons.push({ code: 'requestedAboveLotBudget', params: { requested: requestedKzt, budget: lotBudgetKzt } });
  }

  return {
    now,
    onTime,
    deadlineAt,
    eligibility,
    ngoDatabaseReport: { year: reportYear, timeliness },
    completeness,
    checklist,
    requestedKzt,
    lotBudgetKzt,
    reasons,
  };
}

function receiptOf(app: { receiptNumber: string | null; submittedAt: Date | null; receiptHash: string | null }): Receipt | null {
  return app.receiptNumber && app.submittedAt && app.receiptHash
    ? { receiptNumber: app.receiptNumber, submittedAt: app.submittedAt, receiptHash: app.receiptHash }
    : null;
}

const refused = (reasons: ServiceError[]): SubmitApplicationResult => ({ ok: false, error: reasons[0] ?? { code: 'generic' }, reasons });

/** The application exactly as submitted: what the receipt hash covers. */
export function receiptSnapshotOf(app: ApplicationForSubmission, receiptNumber: string, submittedAt: Date): ReceiptSnapshot {
  const annex1 = app.sections.find((s) => s.key === 'annex1')?.data as Record<string, unknown> | undefined;
  const own = annex1 && typeof annex1.ownContributionKzt === 'number' ? BigInt(annex1.ownContributionKzt) : app.ownContributionKzt;
  const requested = requestedAmountOf(app);
  return {
    applicationId: app.id,
    receiptNumber,
    submittedAt: submittedAt.toISOString(),
    competition: { id: app.competition.id, code: app.competition.code, kind: app.competition.kind },
    lot: app.lot ? { id: app.lot.id, number: app.lot.number } : null,
    organization: { id: app.organization.id, bin: app.organization.bin },
    languages: [...app.languages].sort(),
    requestedKzt: requested === null ? null : BigInt(requested),
    ownContributionKzt: own ?? null,
    sections: Object.fromEntries(app.sections.map((s) => [s.key, s.data])),
    attachments: app.attachments.map((a) => ({ kind: a.kind, language: a.language, fileName: a.fileName, sha256: a.sha256 })),
  };
}

/**
 * The moment of truth (issue 4, part 5): the NGO submits its application. Everything is
 * decided by lib/rules on the server at the moment of the write, inside ONE transaction
 * that holds the application row locked (SELECT … FOR UPDATE), so two submits of the same
 * application — a double click, a retry, two tabs — run one after the other, and the
 * second finds it SUBMITTED and gets the same receipt back instead of a second submission.
 * On success: status SUBMITTED (frozen), the server's timestamp, a receipt number from a
 * PostgreSQL sequence, the receipt hash, the status history row, the audit event, an
 * in-cabinet notification for every member and the e-mail to the submitter (outbox).
 */
export async function submitApplication(
  db: PrismaClient,
  actor: Actor,
  input: SubmitApplicationInput,
  context: RequestContext,
  options: SubmitOptions = {},
): Promise<SubmitApplicationResult> {
  const clock = options.now ?? (() => new Date());
  // PostgreSQL text cannot hold NUL: such an id or key names nothing (R2) — refused, not thrown.
  if (!isStoredText(input.applicationId) || !isStoredText(input.idempotencyKey)) return refused([{ code: 'applicationNotFound' }]);
  try {
    return await db.$transaction(
      async (tx) => {
        if (!(await lockApplication(tx, input.applicationId))) return refused([{ code: 'applicationNotFound' }]);
        const app = await loadApplicationForSubmission(tx, input.applicationId);
        if (!app) return refused([{ code: 'applicationNotFound' }]);
        // Re-checked here, whoever calls the service: only a member of the applicant NGO.
        if (!(await isLiveMember(tx, actor, app.organizationId))) return refused([{ code: 'notMemberOfOrganization' }]);

        // Idempotency: already submitted (a retry with the same key, or a second click that
        // waited for the lock) → the same receipt, nothing written.
        const existing = receiptOf(app);
        if (app.status !== 'DRAFT' && existing && app.withdrawnAt === null) {
          return { ok: true as const, receipt: existing, replayed: true };
        }

        const kind = isCompetitionKind(app.competition.kind) ? app.competition.kind : undefined;
        // ST-*: DRAFT → SUBMITTED for the NGO.
        const transition = checkTransition('application', app.status, 'SUBMITTED', 'NGO', { kind });
        if (!transition.ok) return refused([{ code: 'notSubmittable', params: { status: app.status } }]);

        // A key already spent on another application: the unique index refuses the update
        // below (P2002 → idempotencyKeyReused) — no extra query on the hot path.

        const now = clock();
        const assessment = await assessSubmission(tx, app, now);
        if (assessment.reasons.length > 0) return refused(assessment.reasons);

        const [{ n }] = (await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('application_receipt_seq') AS "n"`) as [{ n: bigint }];
        const receiptNumber = formatReceiptNumber(app.competition.kind, now, n);
        const hash = receiptHash(receiptSnapshotOf(app, receiptNumber, now));
        const annex1 = app.sections.find((s) => s.key === 'annex1')?.data as Record<string, unknown> | undefined;
        const own = annex1 && typeof annex1.ownContributionKzt === 'number' ? BigInt(annex1.ownContributionKzt) : undefined;
        const title = annex1 && typeof annex1.projectTitle === 'object' && annex1.projectTitle !== null ? (annex1.projectTitle as Record<string, unknown>) : {};
        const titleIn = (lang: 'kk' | 'ru') => (typeof title[lang] === 'string' && (title[lang] as string).trim() ? (title[lang] as string).trim() : undefined);

        const updated = await tx.application.updateMany({
          where: { id: app.id, status: 'DRAFT', version: app.version },
          data: {
            status: 'SUBMITTED',
            submittedAt: now,
            submittedById: actor.id,
            receiptNumber,
            receiptHash: hash,
            idempotencyKey: input.idempotencyKey,
            // SC-5 reads the requested amount from the column: frozen as submitted.
            ...(assessment.requestedKzt !== null ? { requestedKzt: BigInt(assessment.requestedKzt) } : {}),
            ...(own !== undefined ? { ownContributionKzt: own } : {}),
            ...(titleIn('kk') ? { projectTitleKk: titleIn('kk') } : {}),
            ...(titleIn('ru') ? { projectTitleRu: titleIn('ru') } : {}),
            version: { increment: 1 },
          },
        });
        if (updated.count !== 1) return refused([{ code: 'concurrentChange' }]);

        await tx.applicationStatusChange.create({
          data: { applicationId: app.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', at: now, actorId: actor.id },
        });
        // AW-14: the award's recommendations become rows the operator's screens and the
        // laureate choice read (the same rows the one-step nomination writes).
        if (kind === 'AWARD' && app.lot?.directionId) await recordAwardNomination(tx, app.id, app.lot.directionId, recommendationsOf(app.sections));

        // Notifications in the same transaction (the outbox): every member sees it in the
        // cabinet; the submitter gets the e-mail (delivered later by the outbox worker).
        const payload = {
          applicationId: app.id,
          receiptNumber,
          submittedAt: now.toISOString(),
          competitionId: app.competition.id,
          competitionTitleKk: app.competition.titleKk,
          competitionTitleRu: app.competition.titleRu,
          competitionTitleEn: app.competition.titleEn,
          lotNumber: app.lot?.number ?? null,
        };
        const members = await tx.organizationMembership.findMany({
          where: { organizationId: app.organizationId, endedAt: null },
          select: { user: { select: { id: true, locale: true } } },
        });
        // The submitter is one of them (isLiveMember above): no second query for the e-mail's locale.
        const submitter = members.find(({ user }) => user.id === actor.id)?.user ?? (await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, locale: true } }));
        await tx.notification.createMany({
          data: [
            ...members.map(({ user }) => ({
              channel: 'IN_APP' as const,
              recipientId: user.id,
              templateKey: 'application.submitted',
              locale: user.locale,
              payload,
              objectType: 'Application',
              objectId: app.id,
              dedupeKey: `application.submitted:${app.id}:${user.id}`,
              status: 'SENT',
              attempts: 0,
              nextAttemptAt: null,
              sentAt: now,
              createdAt: now,
            })),
            {
              channel: 'EMAIL' as const,
              recipientId: submitter.id,
              templateKey: 'application.submitted',
              locale: submitter.locale,
              payload,
              objectType: 'Application',
              objectId: app.id,
              dedupeKey: `application.submitted.email:${app.id}`,
              status: 'PENDING',
              attempts: 0,
              nextAttemptAt: now,
              createdAt: now,
            },
          ],
        });

        // Last before the commit: the audit chain's lock is held from here to the commit, and
        // every writer in the portal waits for it — so nothing else runs while it is held.
        await recordAuditEvent(
          tx,
          {
            actor: { id: actor.id, role: actor.role },
            action: 'application.submitted',
            object: { type: 'Application', id: app.id },
            before: { status: 'DRAFT' },
            after: {
              status: 'SUBMITTED',
              submittedAt: now.toISOString(),
              receiptNumber,
              receiptHash: hash,
              competitionId: app.competition.id,
              lotId: app.lot?.id ?? null,
              attachments: app.attachments.length,
            },
          },
          context,
        );

        return { ok: true as const, receipt: { receiptNumber, submittedAt: now, receiptHash: hash }, replayed: false };
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  } catch (error) {
    // The idempotency key is unique: the same key racing on two applications loses here.
    if ((error as { code?: string }).code === 'P2002') return refused([{ code: 'idempotencyKeyReused' }]);
    throw error;
  }
}
