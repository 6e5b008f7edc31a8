import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { isCompetitionKind, isOnTime, type EligibilityReason } from '@/lib/rules';
import { ngoDatabaseReportTimelinessFor } from '@/lib/queries/ngo-database-report-status';
import { applicationFormFor } from '@/lib/validation/forms/registry';
import { refuse, type ServiceError, type ServiceResult } from '../result';
import { applicationEligibility } from './application-eligibility';

/**
 * An NGO member starts a DRAFT application for a lot (§4.5, §4.9 "Draft") — a grant topic,
 * a social-order lot, an award direction or a strategic partnership, each with its own form
 * (lib/validation/forms/registry.ts). Refusal codes are i18n keys under
 * `applicationForm.refusals.*`.
 *  - the mechanism has an application form; the competition is OPEN and its deadline has not
 *    passed (DL-1, by the server clock); the lot is open;
 *  - EL-1 (`checkEligibility`: legal form, liquidation, bankruptcy, arrest of property,
 *    suspension), awards AW-12 (cooldown, with the year) and AW-13 (one direction per cycle).
 *    EL-2 (NGO database report) and AW-14 (recommendations) are checked at submission;
 *  - EL-3: one live (not withdrawn) application per NGO per lot — checked first and
 *    guaranteed by the partial unique index Application_one_live_per_lot_and_org.
 * Creates the form's empty sections and the audit event in one transaction.
 */

export interface StartApplicationInput {
  lotId: string;
  /** The organisation to apply for; defaults to the actor's first organisation. */
  organizationId?: string;
}

const lotSelect = {
  id: true,
  number: true,
  titleKk: true,
  titleRu: true,
  titleEn: true,
  budgetKzt: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  competition: {
    select: {
      id: true,
      kind: true,
      code: true,
      status: true,
      year: true,
      settings: true,
      titleKk: true,
      titleRu: true,
      titleEn: true,
      deadlineAt: true,
      languages: true,
      allLanguagesRequired: true,
    },
  },
} as const;

export interface StartPreview {
  lot: NonNullable<Awaited<ReturnType<typeof loadLot>>>;
  organization: { id: string; kind: string; nameKk: string; nameRu: string; legalForm: string; inLiquidation: boolean; bankrupt: boolean; propertyArrested: boolean; activitySuspended: boolean } | null;
  eligibility: { eligible: boolean; reasons: EligibilityReason[] };
  /** The live application of this NGO in this lot, if any (EL-3). */
  existingApplicationId: string | null;
  /** Why the start would be refused, or null when it may go ahead. */
  refusal: ServiceError | null;
}

function loadLot(db: PrismaClient, lotId: string) {
  return db.lot.findUnique({ where: { id: lotId }, select: lotSelect });
}

/**
 * Everything the confirmation page shows and the service decides on: the lot, the
 * competition, the organisation and the eligibility result. Null when the lot does not
 * exist (or belongs to a competition the public may not see).
 */
export async function previewStartApplication(
  db: PrismaClient,
  actor: Actor,
  input: StartApplicationInput,
  now: Date,
): Promise<StartPreview | null> {
  const lot = await loadLot(db, input.lotId);
  if (!lot || lot.competition.status === 'DRAFT') return null;
  const organizationId = input.organizationId ?? actor.organizationIds[0];
  const allowed = organizationId !== undefined && can(actor, 'apply', { type: 'organization', id: organizationId });
  const org = allowed
    ? await db.organization.findUnique({
        where: { id: organizationId },
        select: { id: true, kind: true, nameKk: true, nameRu: true, legalForm: true, inLiquidation: true, bankrupt: true, propertyArrested: true, activitySuspended: true },
      })
    : null;

  const live = org
    ? await db.application.findMany({
        where: { organizationId: org.id, competitionId: lot.competition.id, withdrawnAt: null, lotId: { not: null } },
        select: { id: true, lotId: true },
      })
    : [];
  const existing = live.find((a) => a.lotId === lot.id) ?? null;

  const kind = lot.competition.kind;
  const form = applicationFormFor(kind);
  let eligibility: StartPreview['eligibility'] = { eligible: false, reasons: [] };
  let eligibilityRefusals: ServiceError[] = [];
  if (org && form && isCompetitionKind(kind)) {
    const judged = await applicationEligibility(db, {
      kind,
      competition: lot.competition,
      lotId: lot.id,
      organization: org,
      ngoDatabaseReport: await ngoDatabaseReportTimelinessFor(db, org.id, now),
      stage: 'start',
      recommendations: 0,
      now,
    });
    eligibilityRefusals = judged.reasons;
    eligibility = judged.eligibility
      ? { eligible: judged.eligibility.eligible, reasons: judged.eligibility.reasons }
      : { eligible: false, reasons: judged.reasons.map((r) => r.code as EligibilityReason) };
  }

  let refusal: ServiceError | null = null;
  const deadline = lot.competition.deadlineAt;
  if (!org) refusal = { code: 'notMember' };
  else if (!form) refusal = { code: 'noApplicationForm' };
  else if (lot.competition.status !== 'OPEN' || lot.status !== 'OPEN') refusal = { code: 'competitionNotOpen' };
  // DL-1: after the deadline instant nothing new starts (the server clock decides).
  else if (!deadline || !isOnTime(now, deadline)) refusal = { code: 'deadlinePassed', params: { deadline: deadline?.toISOString() ?? '' } };
  // EL-3: one live application per NGO per lot.
  else if (existing) refusal = { code: 'alreadyApplied', params: { applicationId: existing.id } };
  else if (!eligibility.eligible) {
    // AW-12 names the year of the last award; the others are listed by their codes.
    const cooldown = eligibilityRefusals.find((r) => r.code === 'AWARD_COOLDOWN');
    refusal = cooldown ?? { code: 'notEligible', params: { reasons: eligibility.reasons.join(',') } };
  }

  return {
    lot,
    organization: org,
    eligibility: { eligible: eligibility.eligible, reasons: eligibility.reasons },
    existingApplicationId: existing?.id ?? null,
    refusal,
  };
}

export async function startApplication(
  db: PrismaClient,
  actor: Actor,
  input: StartApplicationInput,
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<{ applicationId: string; firstSectionKey: string }>> {
  const preview = await previewStartApplication(db, actor, input, now);
  if (!preview) return refuse('lotNotFound');
  if (preview.refusal) return { ok: false, error: preview.refusal };
  const { lot } = preview;
  const organization = preview.organization!;
  const form = applicationFormFor(lot.competition.kind)!;

  try {
    return await db.$transaction(async (tx) => {
      const application = await tx.application.create({
        data: {
          competitionId: lot.competition.id,
          lotId: lot.id,
          organizationId: organization.id,
          status: 'DRAFT',
          formVersion: form.version,
          languages: [],
          createdById: actor.id,
          sections: { create: form.sectionKeys.map((key) => ({ key, data: {}, complete: false, version: 0 })) },
        },
        select: { id: true },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'application.started',
          object: { type: 'Application', id: application.id },
          after: { competitionId: lot.competition.id, lotId: lot.id, organizationId: organization.id, status: 'DRAFT', formVersion: form.version },
        },
        context,
      );
      return { ok: true as const, applicationId: application.id, firstSectionKey: form.sectionKeys[0]! };
    });
  } catch (error) {
    // EL-3 race: two starts at once — the partial unique index decides.
    if ((error as { code?: string }).code === 'P2002') {
      const existing = await db.application.findFirst({
        where: { lotId: lot.id, organizationId: organization.id, withdrawnAt: null },
        select: { id: true },
      });
      return refuse('alreadyApplied', { params: { applicationId: existing?.id ?? '' } });
    }
    throw error;
  }
}
