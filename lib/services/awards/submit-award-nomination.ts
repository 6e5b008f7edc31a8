/**
 * An NGO nominates itself for the award in ONE direction of a cycle (F-A1..F-A3 + the
 * recommendations, §3.3) and submits it: the application is frozen at once (SUBMITTED,
 * receipt number + hash, DL-1 server time). Decided by lib/rules:
 *  - DL-1: on time, competition OPEN (AW-6: by 1 September);
 *  - EL-1: legal form and registry flags;
 *  - EL-3 / AW-13: one direction per NGO per cycle (any live AWARD application of the same year);
 *  - AW-12: no nomination within 3 years of an award — refused WITH the year of that award;
 *  - AW-14: at least 2 recommendations (competition setting `minRecommendations`), each
 *    with contact details (schema).
 * Every refusal is returned at once as a value (`reasons`), never thrown. In one
 * transaction: application + sections award1..3, nomination + recommendations, status
 * history, audit event, notifications (in-app for members, e-mail to the submitter).
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkEligibility, checkTransition, isLegalForm, isOnTime } from '@/lib/rules';
import { formatReceiptNumber, receiptHash } from '@/lib/services/applications/receipt';
import { recordAwardNomination } from '@/lib/services/applications/award-nomination-rows';
import { isLiveMember } from '@/lib/services/applications/submit-application';
import { enqueueNotifications } from '@/lib/services/notifications/enqueue-notifications';
import type { ServiceError } from '../result';
import { firstIssue, submitAwardNominationSchema, type SubmitAwardNominationInput } from './award-input';

export interface AwardServiceOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

export type SubmitAwardNominationResult =
  | { ok: true; applicationId: string; receiptNumber: string; submittedAt: Date }
  | { ok: false; error: ServiceError; reasons: ServiceError[] };

const refused = (reasons: ServiceError[]): SubmitAwardNominationResult => ({ ok: false, error: reasons[0] ?? { code: 'generic' }, reasons });

export const AWARD_FORM_VERSION = 'award-2026.1';

function intSetting(settings: unknown, key: string): number | undefined {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return undefined;
  const v = (settings as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export async function submitAwardNomination(
  db: PrismaClient,
  actor: Actor,
  rawInput: SubmitAwardNominationInput,
  context: RequestContext,
  options: AwardServiceOptions = {},
): Promise<SubmitAwardNominationResult> {
  const parsed = submitAwardNominationSchema.safeParse(rawInput);
  if (!parsed.success) {
    const { field, code } = firstIssue(parsed.error);
    return refused([{ code, field }]);
  }
  const input = parsed.data;
  const clock = options.now ?? (() => new Date());

  // The NGO may act only for its own organisation (IDOR), re-checked against the DB below.
  if (!can(actor, 'apply', { type: 'organization', id: input.organizationId })) return refused([{ code: 'notMemberOfOrganization' }]);

  return db.$transaction(
    async (tx) => {
      if (!(await isLiveMember(tx, actor, input.organizationId))) return refused([{ code: 'notMemberOfOrganization' }]);
      // Serialise nominations of one NGO: two tabs submitting two directions at once see each other (AW-13).
      await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${input.organizationId} FOR UPDATE`;

      const competition = await tx.competition.findUnique({
        where: { id: input.competitionId },
        select: { id: true, code: true, kind: true, status: true, year: true, opensAt: true, deadlineAt: true, settings: true, titleKk: true, titleRu: true, titleEn: true },
      });
      if (!competition || competition.kind !== 'AWARD') return refused([{ code: 'competitionNotFound' }]);
      const lot = await tx.lot.findFirst({
        where: { id: input.lotId, competitionId: competition.id },
        select: { id: true, number: true, directionId: true, titleKk: true, titleRu: true },
      });
      if (!lot || !lot.directionId) return refused([{ code: 'directionNotFound', field: 'lotId' }]);
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: input.organizationId },
        select: { id: true, bin: true, kind: true, legalForm: true, inLiquidation: true, bankrupt: true, propertyArrested: true, activitySuspended: true },
      });

      const now = clock();
      const reasons: ServiceError[] = [];
      // DL-1 / AW-6
      if (competition.deadlineAt === null) reasons.push({ code: 'noDeadline' });
      else if (!isOnTime(now, competition.deadlineAt)) reasons.push({ code: 'deadlinePassed', params: { deadline: competition.deadlineAt.toISOString() } });
      else if (competition.status !== 'OPEN' || (competition.opensAt !== null && now < competition.opensAt)) {
        reasons.push({ code: 'competitionNotOpen', params: { status: competition.status } });
      }

      // AW-13: the NGO's other live nominations in ANY award competition of the same cycle year.
      const others = await tx.application.findMany({
        where: {
          organizationId: org.id,
          withdrawnAt: null,
          status: { notIn: ['WITHDRAWN', 'CANCELLED'] },
          competition: { kind: 'AWARD', year: competition.year },
        },
        select: { lotId: true },
      });
      // AW-12: the latest award of this NGO up to this cycle.
      const last = await tx.laureate.findFirst({
        where: { organizationId: org.id, year: { lte: competition.year } },
        orderBy: { year: 'desc' },
        select: { year: true },
      });
      const cooldownYears = intSetting(competition.settings, 'cooldownYears');
      const minRecommendations = intSetting(competition.settings, 'minRecommendations');

      if (org.kind !== 'NGO' || !isLegalForm(org.legalForm)) {
        reasons.push({ code: 'INELIGIBLE_LEGAL_FORM' });
      } else {
        const eligibility = checkEligibility(
          {
            kind: 'AWARD',
            organization: {
              legalForm: org.legalForm,
              inLiquidation: org.inLiquidation,
              bankrupt: org.bankrupt,
              propertyArrested: org.propertyArrested,
              activitySuspended: org.activitySuspended,
            },
            lotId: lot.id,
            otherApplicationLotIds: others.map((o) => o.lotId ?? 'no-direction'),
            award: { cycleYear: competition.year, lastAwardYear: last?.year ?? null, recommendations: input.recommendations.length },
          },
          {
            ...(cooldownYears !== undefined ? { awardCooldownYears: cooldownYears } : {}),
            ...(minRecommendations !== undefined ? { minRecommendations } : {}),
          },
        );
        for (const reason of eligibility.reasons) {
          if (reason === 'AWARD_COOLDOWN') reasons.push({ code: reason, params: { year: last?.year ?? 0, years: cooldownYears ?? 3 } });
          else if (reason === 'AWARD_TOO_FEW_RECOMMENDATIONS') {
            reasons.push({ code: reason, field: 'recommendations', params: { count: input.recommendations.length, min: minRecommendations ?? 2 } });
          } else reasons.push({ code: reason });
        }
      }
      // F-A2: the card names this NGO (its BIN), not another one.
      if (input.annex2.bin !== org.bin) reasons.push({ code: 'binMismatch', field: 'annex2.bin' });

      // ST-*: DRAFT → SUBMITTED for the NGO, in this mechanism.
      if (!checkTransition('application', 'DRAFT', 'SUBMITTED', 'NGO', { kind: 'AWARD' }).ok) reasons.push({ code: 'notSubmittable' });
      if (reasons.length > 0) return refused(reasons);

      const sections = {
        award1: { ...input.annex1, directionNumber: lot.number },
        award2: input.annex2,
        award3: { ...input.annex3, directionNumber: lot.number },
      };
      const app = await tx.application.create({
        data: {
          competitionId: competition.id,
          lotId: lot.id,
          organizationId: org.id,
          status: 'DRAFT',
          formVersion: AWARD_FORM_VERSION,
          languages: [],
          projectTitleKk: input.annex2.legalName,
          createdById: actor.id,
          createdAt: now,
          sections: { create: Object.entries(sections).map(([key, data]) => ({ key, data, complete: true })) },
        },
        select: { id: true },
      });
      const [{ n }] = (await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('application_receipt_seq') AS "n"`) as [{ n: bigint }];
      const receiptNumber = formatReceiptNumber('AWARD', now, n);
      const hash = receiptHash({
        applicationId: app.id,
        receiptNumber,
        submittedAt: now.toISOString(),
        competition: { id: competition.id, code: competition.code, kind: competition.kind },
        lot: { id: lot.id, number: lot.number },
        organization: { id: org.id, bin: org.bin },
        languages: [],
        requestedKzt: null,
        ownContributionKzt: null,
        sections: { ...sections, recommendations: input.recommendations },
        attachments: [],
      });
      await tx.application.update({
        where: { id: app.id },
        data: { status: 'SUBMITTED', submittedAt: now, submittedById: actor.id, receiptNumber, receiptHash: hash, version: { increment: 1 } },
      });
      await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', at: now, actorId: actor.id } });
      await recordAwardNomination(tx, app.id, lot.directionId, input.recommendations);
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'award.nomination.submitted',
          object: { type: 'Application', id: app.id },
          after: { status: 'SUBMITTED', competitionId: competition.id, lotId: lot.id, direction: lot.number, recommendations: input.recommendations.length, receiptNumber, receiptHash: hash },
        },
        context,
      );
      const members = await tx.organizationMembership.findMany({
        where: { organizationId: org.id, endedAt: null },
        select: { user: { select: { id: true, locale: true } } },
      });
      const submitter = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, locale: true } });
      await enqueueNotifications(tx, {
        templateKey: 'award.nomination_submitted',
        payload: { applicationId: app.id, receiptNumber, direction: lot.number, directionKk: lot.titleKk, directionRu: lot.titleRu, year: competition.year },
        object: { type: 'Application', id: app.id },
        dedupeKey: `award.nomination_submitted:${app.id}`,
        now,
        inApp: members.map((m) => m.user),
        email: [submitter],
      });
      return { ok: true as const, applicationId: app.id, receiptNumber, submittedAt: now };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
