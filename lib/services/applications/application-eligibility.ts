import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import {
  checkEligibility,
  isLegalForm,
  requiredNgoDatabaseReportYear,
  type CompetitionKind,
  type EligibilityResult,
  type NgoDatabaseReportTimeliness,
} from '@/lib/rules';
import type { ServiceError } from '../result';

type Db = PrismaClient | Prisma.TransactionClient;

export interface EligibilityQuestion {
  kind: CompetitionKind;
  competition: { id: string; year: number; settings: unknown };
  lotId: string;
  organization: {
    id: string;
    kind: string;
    legalForm: string;
    inLiquidation: boolean;
    bankrupt: boolean;
    propertyArrested: boolean;
    activitySuspended: boolean;
  };
  /** The application being judged (not counted among the NGO's other applications). */
  applicationId?: string;
  /** EL-2: timeliness of the report year checked now (social order: criterion 4's score). */
  ngoDatabaseReport: NgoDatabaseReportTimeliness;
  /**
   * 'start': a draft is being opened — the NGO database report (EL-2) and the
   * recommendations (AW-14) are judged at submission, when the NGO has had time to fix them.
   */
  stage: 'start' | 'submit';
  /** AW-14: recommendations in the nomination (ignored at 'start'). */
  recommendations: number;
  now: Date;
}

function intSetting(settings: unknown, key: string): number | undefined {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return undefined;
  const v = (settings as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/**
 * EL-1..EL-3 for any mechanism, with the facts read from the database and the decision
 * left to lib/rules `checkEligibility`: the NGO's other live applications (in this
 * competition; for awards in any award competition of the cycle year, AW-13), its latest
 * award (AW-12 cooldown) and the competition's own settings. Every reason becomes a
 * refusal with the parameters its message shows (the year of the last award, the report
 * year, the number of recommendations against the minimum).
 */
export async function applicationEligibility(db: Db, q: EligibilityQuestion): Promise<{ eligibility: EligibilityResult | null; reasons: ServiceError[] }> {
  const org = q.organization;
  if (org.kind !== 'NGO' || !isLegalForm(org.legalForm)) return { eligibility: null, reasons: [{ code: 'INELIGIBLE_LEGAL_FORM' }] };

  const award = q.kind === 'AWARD';
  const others = await db.application.findMany({
    where: {
      organizationId: org.id,
      ...(q.applicationId ? { id: { not: q.applicationId } } : {}),
      withdrawnAt: null,
      status: { notIn: ['WITHDRAWN', 'CANCELLED'] },
      lotId: { not: null },
      ...(award ? { competition: { kind: 'AWARD', year: q.competition.year } } : { competitionId: q.competition.id }),
    },
    select: { lotId: true },
  });
  const lastAward = award
    ? await db.laureate.findFirst({ where: { organizationId: org.id, year: { lte: q.competition.year } }, orderBy: { year: 'desc' }, select: { year: true } })
    : null;
  const cooldownYears = intSetting(q.competition.settings, 'cooldownYears');
  const minRecommendations = q.stage === 'start' ? 0 : intSetting(q.competition.settings, 'minRecommendations');

  const eligibility = checkEligibility(
    {
      kind: q.kind,
      organization: {
        legalForm: org.legalForm,
        inLiquidation: org.inLiquidation,
        bankrupt: org.bankrupt,
        propertyArrested: org.propertyArrested,
        activitySuspended: org.activitySuspended,
      },
      ngoDatabaseReport: q.ngoDatabaseReport,
      lotId: q.lotId,
      otherApplicationLotIds: others.map((o) => o.lotId).filter((l): l is string => l !== null),
      ...(award ? { award: { cycleYear: q.competition.year, lastAwardYear: lastAward?.year ?? null, recommendations: q.recommendations } } : {}),
    },
    {
      ...(q.stage === 'start' ? { requireNgoDatabaseReport: false } : {}),
      ...(cooldownYears !== undefined ? { awardCooldownYears: cooldownYears } : {}),
      ...(minRecommendations !== undefined ? { minRecommendations } : {}),
    },
  );
  const reasons = eligibility.reasons.map((reason): ServiceError => {
    if (reason.startsWith('NGO_DATABASE_REPORT')) return { code: reason, params: { year: requiredNgoDatabaseReportYear(q.now) } };
    if (reason === 'AWARD_COOLDOWN') return { code: reason, params: { year: lastAward?.year ?? 0, years: cooldownYears ?? 3 } };
    if (reason === 'AWARD_TOO_FEW_RECOMMENDATIONS') return { code: reason, params: { count: q.recommendations, min: minRecommendations ?? 2 } };
    return { code: reason };
  });
  return { eligibility, reasons };
}
