/**
 * What the commission services and page read from the database: the competition with its
 * CM-1 settings, the commission and its members, the register, the admitted applications
 * with their parties (CI-1), the declarations (CI-2) and the work calendar (DL-2).
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { conflictsOf, coiDeclarationGaps, kzCalendar, type ConflictCode, type WorkCalendar } from '@/lib/rules';
import { commissionOptionsOf, notSelectableReasons, yearsInDirections, type NominationSource, type NotSelectableReason } from './composition';

type Db = PrismaClient | Prisma.TransactionClient;

/** Application statuses from admission on (the COI list is the admitted applications, CI-2). */
export const ADMITTED_STATUSES = ['ADMITTED', 'UNDER_REVIEW', 'SCORED', 'WINNER', 'NOT_WINNER', 'PAID'];
/** Competition statuses in which the initial composition may still be edited (before the COI round). */
export const COMPOSABLE_COMPETITION_STATUSES = ['DRAFT', 'ANNOUNCED', 'OPEN', 'CLOSED', 'ADMISSION'];

/** DL-2: the Kazakhstan calendar with the operator's decree overrides from the database. */
export async function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  const rows = await db.calendarOverride.findMany({ select: { date: true, kind: true } });
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return kzCalendar({
    extraDaysOff: rows.filter((r) => r.kind === 'DAY_OFF').map((r) => iso(r.date)),
    extraWorkingDays: rows.filter((r) => r.kind === 'WORKING_DAY').map((r) => iso(r.date)),
  });
}

export async function loadCompetitionForCommission(db: Db, competitionId: string) {
  const competition = await db.competition.findUnique({
    where: { id: competitionId },
    select: {
      id: true,
      kind: true,
      status: true,
      version: true,
      organizerId: true,
      titleKk: true,
      titleRu: true,
      titleEn: true,
      settings: true,
      announcedAt: true,
      opensAt: true,
      deadlineAt: true,
      coiWorkingDays: true,
      scoringWorkingDays: true,
      coiDueOn: true,
      scoringDueOn: true,
      lots: { select: { directionId: true } },
    },
  });
  if (!competition) return null;
  const directionIds = [...new Set(competition.lots.map((l) => l.directionId).filter((d): d is string => d !== null))];
  return { ...competition, directionIds, options: commissionOptionsOf(competition.settings) };
}
export type CommissionCompetition = NonNullable<Awaited<ReturnType<typeof loadCompetitionForCommission>>>;

/** The selection commission of a competition (one per competition), with every member row. */
export async function loadCommission(db: Db, competitionId: string) {
  return db.commission.findFirst({
    where: { competitionId, purpose: 'SELECTION' },
    orderBy: { createdAt: 'asc' },
    include: {
      members: {
        orderBy: [{ appointedAt: 'asc' }, { id: 'asc' }],
        include: {
          user: { select: { id: true, name: true, email: true } },
          expert: { select: { id: true, user: { select: { name: true, email: true } } } },
        },
      },
    },
  });
}
export type LoadedCommission = NonNullable<Awaited<ReturnType<typeof loadCommission>>>;

const expertSelect = {
  id: true,
  status: true,
  nominationSource: true,
  nominatedByOrganizationId: true,
  operatorEmployee: true,
  affiliatedOrganizationIds: true,
  relativesOrganizationIds: true,
  employerName: true,
  user: { select: { id: true, name: true, email: true, locale: true, active: true } },
  nominatedBy: { select: { nameKk: true, nameRu: true, nameEn: true } },
  directions: { select: { directionId: true, yearsOfExperience: true } },
} satisfies Prisma.ExpertSelect;

export interface RegisterCandidate {
  id: string;
  name: string;
  email: string;
  status: string;
  nominationSource: NominationSource;
  nominatedBy: { nameKk: string; nameRu: string; nameEn: string | null } | null;
  nominatedByOrganizationId: string | null;
  employerName: string | null;
  operatorEmployee: boolean;
  affiliatedOrganizationIds: string[];
  relativesOrganizationIds: string[];
  userId: string;
  locale: 'kk' | 'ru' | 'en';
  yearsInDirection: number;
  notSelectable: NotSelectableReason[];
}

function toCandidate(e: Prisma.ExpertGetPayload<{ select: typeof expertSelect }>, competition: CommissionCompetition): RegisterCandidate {
  const years = yearsInDirections(
    e.directions.map((d) => ({ directionId: d.directionId, years: d.yearsOfExperience })),
    competition.directionIds,
  );
  // A deactivated account is not an active register entry either.
  const status = e.user.active ? e.status : 'SUSPENDED';
  return {
    id: e.id,
    name: e.user.name,
    email: e.user.email,
    status: e.status,
    nominationSource: e.nominationSource,
    nominatedBy: e.nominatedBy,
    nominatedByOrganizationId: e.nominatedByOrganizationId,
    employerName: e.employerName,
    operatorEmployee: e.operatorEmployee,
    affiliatedOrganizationIds: e.affiliatedOrganizationIds,
    relativesOrganizationIds: e.relativesOrganizationIds,
    userId: e.user.id,
    locale: e.user.locale,
    yearsInDirection: years,
    notSelectable: notSelectableReasons({ status, yearsInDirection: years }, competition.options.grantMinYearsInDirection),
  };
}

/** Every register entry, seen from this competition (years in its directions, selectability). */
export async function loadRegister(db: Db, competition: CommissionCompetition, where: Prisma.ExpertWhereInput = {}): Promise<RegisterCandidate[]> {
  const rows = await db.expert.findMany({ where, select: expertSelect, orderBy: { user: { name: 'asc' } } });
  return rows.map((e) => toCandidate(e, competition));
}

/** Operator staff who may be the secretary: active OPERATOR accounts of the organiser. */
export async function loadSecretaryCandidates(db: Db, organizerId: string) {
  return db.user.findMany({
    where: { role: 'OPERATOR', active: true, memberships: { some: { organizationId: organizerId, endedAt: null } } },
    select: { id: true, name: true, email: true },
    orderBy: { name: 'asc' },
  });
}

/** Submitted, not withdrawn applications of the competition with their parties (CI-1). */
export async function loadApplicationsForCoi(db: Db, competitionId: string) {
  const apps = await db.application.findMany({
    where: { competitionId, submittedAt: { not: null }, withdrawnAt: null, status: { notIn: ['DRAFT', 'WITHDRAWN'] } },
    select: {
      id: true,
      status: true,
      organizationId: true,
      organization: { select: { nameKk: true, nameRu: true, nameEn: true, bin: true } },
      partners: { select: { organizationId: true } },
    },
    orderBy: { submittedAt: 'asc' },
  });
  const admitted = apps.filter((a) => ADMITTED_STATUSES.includes(a.status));
  return {
    all: apps,
    admitted,
    undecided: apps.filter((a) => a.status === 'SUBMITTED'),
    /** GC-8: every NGO that applied in the competition (admitted or not). */
    applicantOrgIds: [...new Set(apps.map((a) => a.organizationId))],
  };
}

export interface MemberCoiStatus {
  expertId: string;
  declared: number;
  missingApplicationIds: string[];
  /** CI-1 per admitted application: the engine's codes (automatic + declared). */
  conflicts: { applicationId: string; codes: ConflictCode[] }[];
}

/**
 * CI-2 coverage and CI-1 conflicts of the given experts over the admitted applications:
 * `coiDeclarationGaps` and `conflictsOf` from the rule engine, fed from the database.
 */
export async function coiStatusOf(
  db: Db,
  experts: Pick<RegisterCandidate, 'id' | 'operatorEmployee' | 'nominatedByOrganizationId' | 'affiliatedOrganizationIds' | 'relativesOrganizationIds'>[],
  apps: Awaited<ReturnType<typeof loadApplicationsForCoi>>,
): Promise<Map<string, MemberCoiStatus>> {
  const admittedIds = apps.admitted.map((a) => a.id);
  const declarations =
    experts.length === 0 || admittedIds.length === 0
      ? []
      : await db.conflictDeclaration.findMany({
          where: { expertId: { in: experts.map((e) => e.id) }, applicationId: { in: admittedIds } },
          select: { expertId: true, applicationId: true, hasConflict: true },
        });
  const gaps = coiDeclarationGaps(
    experts.map((e) => e.id),
    admittedIds,
    declarations,
  );
  const out = new Map<string, MemberCoiStatus>();
  for (const e of experts) {
    const missing = gaps.find((g) => g.expertId === e.id)?.missingApplicationIds ?? [];
    const profile = {
      operatorEmployee: e.operatorEmployee,
      ...(e.nominatedByOrganizationId ? { nominatedByOrgId: e.nominatedByOrganizationId } : {}),
      affiliatedOrgIds: e.affiliatedOrganizationIds,
      relativeOrgIds: e.relativesOrganizationIds,
      declaredConflictApplicationIds: declarations.filter((d) => d.expertId === e.id && d.hasConflict).map((d) => d.applicationId),
    };
    const conflicts = apps.admitted
      .map((a) => ({ applicationId: a.id, codes: conflictsOf(profile, { id: a.id, orgId: a.organizationId, partnerOrgIds: a.partners.map((p) => p.organizationId).filter((p): p is string => p !== null) }, apps.applicantOrgIds) }))
      .filter((c) => c.codes.length > 0);
    out.set(e.id, { expertId: e.id, declared: admittedIds.length - missing.length, missingApplicationIds: missing, conflicts });
  }
  return out;
}
