import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { checkEligibility, isLegalForm, isOnTime, type EligibilityReason } from '@/lib/rules';
import { GRANT_FORM_VERSION, GRANT_SECTION_KEYS } from '@/lib/validation/forms/grant';
import { refuse, type ServiceError, type ServiceResult } from '../result';

/**
 * An NGO member starts a DRAFT grant application for a lot (§4.5, §4.9 "Draft").
 * Refusal codes are i18n keys under `applicationForm.refusals.*`.
 *  - the competition is a GRANT competition, OPEN, and its deadline has not passed (DL-1,
 *    by the server clock); the lot is open;
 *  - EL-1 (`checkEligibility`: legal form, liquidation, bankruptcy, arrest of property,
 *    suspension). EL-2 (NGO database report) is checked at submission;
 *  - EL-3: one live (not withdrawn) application per NGO per lot — checked first and
 *    guaranteed by the partial unique index Application_one_live_per_lot_and_org.
 * Creates the 5 empty sections (annex1–annex5) and the audit event in one transaction.
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
  organization: { id: string; nameKk: string; nameRu: string; legalForm: string } | null;
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
        select: { id: true, nameKk: true, nameRu: true, legalForm: true, inLiquidation: true, bankrupt: true, propertyArrested: true, activitySuspended: true },
      })
    : null;

  const live = org
    ? await db.application.findMany({
        where: { organizationId: org.id, competitionId: lot.competition.id, withdrawnAt: null, lotId: { not: null } },
        select: { id: true, lotId: true },
      })
    : [];
  const existing = live.find((a) => a.lotId === lot.id) ?? null;

  let eligibility: StartPreview['eligibility'] = { eligible: false, reasons: [] };
  if (org && isLegalForm(org.legalForm) && (lot.competition.kind === 'GRANT')) {
    // EL-1 and EL-3; EL-2 (NGO database report) is judged at submission.
    eligibility = checkEligibility(
      {
        kind: 'GRANT',
        organization: {
          legalForm: org.legalForm,
          inLiquidation: org.inLiquidation,
          bankrupt: org.bankrupt,
          propertyArrested: org.propertyArrested,
          activitySuspended: org.activitySuspended,
        },
        lotId: lot.id,
        otherApplicationLotIds: live.map((a) => a.lotId).filter((l): l is string => l !== null),
      },
      { requireNgoDatabaseReport: false },
    );
  }

  let refusal: ServiceError | null = null;
  const deadline = lot.competition.deadlineAt;
  if (!org) refusal = { code: 'notMember' };
  else if (lot.competition.kind !== 'GRANT') refusal = { code: 'notGrantCompetition' };
  else if (lot.competition.status !== 'OPEN' || lot.status !== 'OPEN') refusal = { code: 'competitionNotOpen' };
  // DL-1: after the deadline instant nothing new starts (the server clock decides).
  else if (!deadline || !isOnTime(now, deadline)) refusal = { code: 'deadlinePassed', params: { deadline: deadline?.toISOString() ?? '' } };
  // EL-3: one live application per NGO per lot.
  else if (existing) refusal = { code: 'alreadyApplied', params: { applicationId: existing.id } };
  else if (!eligibility.eligible) refusal = { code: 'notEligible', params: { reasons: eligibility.reasons.join(',') } };

  return {
    lot,
    organization: org ? { id: org.id, nameKk: org.nameKk, nameRu: org.nameRu, legalForm: org.legalForm } : null,
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
): Promise<ServiceResult<{ applicationId: string; firstSectionKey: (typeof GRANT_SECTION_KEYS)[number] }>> {
  const preview = await previewStartApplication(db, actor, input, now);
  if (!preview) return refuse('lotNotFound');
  if (preview.refusal) return { ok: false, error: preview.refusal };
  const { lot } = preview;
  const organization = preview.organization!;

  try {
    return await db.$transaction(async (tx) => {
      const application = await tx.application.create({
        data: {
          competitionId: lot.competition.id,
          lotId: lot.id,
          organizationId: organization.id,
          status: 'DRAFT',
          formVersion: GRANT_FORM_VERSION,
          languages: [],
          createdById: actor.id,
          sections: { create: GRANT_SECTION_KEYS.map((key) => ({ key, data: {}, complete: false, version: 0 })) },
        },
        select: { id: true },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'application.started',
          object: { type: 'Application', id: application.id },
          after: { competitionId: lot.competition.id, lotId: lot.id, organizationId: organization.id, status: 'DRAFT', formVersion: GRANT_FORM_VERSION },
        },
        context,
      );
      return { ok: true as const, applicationId: application.id, firstSectionKey: GRANT_SECTION_KEYS[0] };
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
