/**
 * CI-1 / CI-2: who among the experts may open an application's content, computed from the
 * database with the rule engine's `conflictsOf`. One loader for every place that builds an
 * `application` policy subject (pages, the PDF and attachment routes, server actions,
 * services), so a direct URL is judged exactly like a link in the workspace.
 *
 * The data the engine gets:
 *  - the expert's profile: operator employee flag (GC-9); nominating NGO (GC-8); the
 *    organisations the expert belongs to — declared (Expert.affiliatedOrganizationIds,
 *    affiliatedBins), found in the data (OrganizationPerson rows with the expert's account
 *    or IIN, live cabinet memberships) and the employer; relatives' organisations;
 *  - the application's parties: the applicant and the partners named in it;
 *  - the organisations that applied in the competition (submitted, not withdrawn);
 *  - the expert's declarations (DECLARED, GC-12).
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { almatyDateOf, conflictsOf, type ConflictCode, type ExpertProfile } from '@/lib/rules';

type Db = PrismaClient | Prisma.TransactionClient;

/** An application that passed the operator's admission check (the list the COI round covers, CI-2). */
export const ADMITTED_APPLICATION_STATUSES = ['ADMITTED', 'UNDER_REVIEW', 'SCORED', 'WINNER', 'NOT_WINNER', 'PAID'] as const;

/** Commission statuses in which its members work on the applications (GC-10..GC-13). */
export const WORKING_COMMISSION_STATUSES = ['COI_DECLARATION', 'APPROVED'] as const;

export interface DeclarationRow {
  expertId: string;
  applicationId: string;
  hasConflict: boolean;
  reason: string | null;
  declaredAt: Date;
}

export interface CompetitionConflicts {
  competitionId: string;
  /** Active expert members of the competition's working selection commissions. */
  assignedExpertIds: string[];
  /** Admitted applications with their parties (applicant, partners). */
  applications: { id: string; organizationId: string; partnerOrgIds: string[] }[];
  declarations: DeclarationRow[];
  /** The engine's automatic conflicts (everything but DECLARED) of an expert with an application. */
  automatic(expertId: string, applicationId: string): ConflictCode[];
  /** Every conflict code, DECLARED included. */
  all(expertId: string, applicationId: string): ConflictCode[];
  declaration(expertId: string, applicationId: string): DeclarationRow | undefined;
}

/** The profile `conflictsOf` needs, without declarations, for each expert (CI-1). */
async function expertProfiles(db: Db, expertIds: string[], now: Date): Promise<Map<string, ExpertProfile>> {
  if (expertIds.length === 0) return new Map();
  const today = new Date(`${almatyDateOf(now)}T00:00:00.000Z`);
  const experts = await db.expert.findMany({
    where: { id: { in: expertIds } },
    select: {
      id: true,
      userId: true,
      operatorEmployee: true,
      nominatedByOrganizationId: true,
      employerOrganizationId: true,
      affiliatedOrganizationIds: true,
      relativesOrganizationIds: true,
      affiliatedBins: true,
      user: { select: { iin: true, memberships: { where: { endedAt: null }, select: { organizationId: true } } } },
    },
  });
  const iins = experts.flatMap((e) => (e.user.iin ? [e.user.iin] : []));
  const bins = [...new Set(experts.flatMap((e) => e.affiliatedBins))];
  const [persons, binOrgs] = await Promise.all([
    db.organizationPerson.findMany({
      where: {
        OR: [{ userId: { in: experts.map((e) => e.userId) } }, ...(iins.length ? [{ iin: { in: iins } }] : [])],
        AND: [{ OR: [{ until: null }, { until: { gte: today } }] }],
      },
      select: { organizationId: true, userId: true, iin: true },
    }),
    bins.length ? db.organization.findMany({ where: { bin: { in: bins } }, select: { id: true, bin: true } }) : Promise.resolve([]),
  ]);
  const out = new Map<string, ExpertProfile>();
  for (const e of experts) {
    const affiliated = new Set<string>(e.affiliatedOrganizationIds);
    for (const p of persons) if (p.userId === e.userId || (e.user.iin && p.iin === e.user.iin)) affiliated.add(p.organizationId);
    for (const m of e.user.memberships) affiliated.add(m.organizationId);
    if (e.employerOrganizationId) affiliated.add(e.employerOrganizationId);
    for (const o of binOrgs) if (e.affiliatedBins.includes(o.bin)) affiliated.add(o.id);
    out.set(e.id, {
      operatorEmployee: e.operatorEmployee,
      ...(e.nominatedByOrganizationId ? { nominatedByOrgId: e.nominatedByOrganizationId } : {}),
      affiliatedOrgIds: [...affiliated],
      relativeOrgIds: e.relativesOrganizationIds,
      declaredConflictApplicationIds: [],
    });
  }
  return out;
}

/**
 * Everything CI-1/CI-2 decisions of one competition need, in a handful of queries.
 * `onlyApplicationIds` narrows the parties loaded (one application's page); the
 * applicant list (for NOMINATOR_APPLIED) is always the whole competition's.
 */
export async function loadCompetitionConflicts(
  db: Db,
  competitionId: string,
  options: { now?: Date; onlyApplicationIds?: string[]; onlyExpertIds?: string[] } = {},
): Promise<CompetitionConflicts> {
  const now = options.now ?? new Date();
  const [members, applicants, admitted] = await Promise.all([
    db.commissionMember.findMany({
      where: {
        removedAt: null,
        expertId: options.onlyExpertIds ? { in: options.onlyExpertIds } : { not: null },
        commission: { competitionId, purpose: 'SELECTION', status: { in: [...WORKING_COMMISSION_STATUSES] } },
      },
      select: { expertId: true },
    }),
    db.application.findMany({
      where: { competitionId, submittedAt: { not: null }, withdrawnAt: null, status: { not: 'WITHDRAWN' } },
      select: { organizationId: true },
    }),
    db.application.findMany({
      where: {
        competitionId,
        status: { in: [...ADMITTED_APPLICATION_STATUSES] },
        ...(options.onlyApplicationIds ? { id: { in: options.onlyApplicationIds } } : {}),
      },
      select: { id: true, organizationId: true, partners: { select: { organizationId: true, bin: true } } },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const assignedExpertIds = [...new Set(members.map((m) => m.expertId).filter((id): id is string => id !== null))];
  // Partners named by BIN only are matched to registered organisations by their BIN.
  const partnerBins = [...new Set(admitted.flatMap((a) => a.partners.filter((p) => !p.organizationId && p.bin).map((p) => p.bin!)))];
  const binOrgs = partnerBins.length ? await db.organization.findMany({ where: { bin: { in: partnerBins } }, select: { id: true, bin: true } }) : [];
  const applications = admitted.map((a) => ({
    id: a.id,
    organizationId: a.organizationId,
    partnerOrgIds: [
      ...new Set(
        a.partners.flatMap((p) => (p.organizationId ? [p.organizationId] : binOrgs.filter((o) => o.bin === p.bin).map((o) => o.id))),
      ),
    ],
  }));
  const [profiles, declarations] = await Promise.all([
    expertProfiles(db, assignedExpertIds, now),
    assignedExpertIds.length && applications.length
      ? db.conflictDeclaration.findMany({
          where: { expertId: { in: assignedExpertIds }, applicationId: { in: applications.map((a) => a.id) } },
          select: { expertId: true, applicationId: true, hasConflict: true, reason: true, declaredAt: true },
        })
      : Promise.resolve([] as DeclarationRow[]),
  ]);
  const applicantOrgIds = [...new Set(applicants.map((a) => a.organizationId))];
  const byApp = new Map(applications.map((a) => [a.id, a]));
  const byPair = new Map(declarations.map((d) => [`${d.expertId}\u0000${d.applicationId}`, d]));

  const compute = (expertId: string, applicationId: string, withDeclared: boolean): ConflictCode[] => {
    const profile = profiles.get(expertId);
    const app = byApp.get(applicationId);
    if (!profile || !app) return [];
    const declared = withDeclared && byPair.get(`${expertId}\u0000${applicationId}`)?.hasConflict ? [applicationId] : [];
    return conflictsOf(
      { ...profile, declaredConflictApplicationIds: declared },
      { id: app.id, orgId: app.organizationId, partnerOrgIds: app.partnerOrgIds },
      applicantOrgIds,
    );
  };

  return {
    competitionId,
    assignedExpertIds,
    applications,
    declarations,
    automatic: (e, a) => compute(e, a, false),
    all: (e, a) => compute(e, a, true),
    declaration: (e, a) => byPair.get(`${e}\u0000${a}`),
  };
}

export interface ApplicationExpertAccess {
  assignedExpertIds: string[];
  noConflictExpertIds: string[];
  conflictedExpertIds: string[];
}

/** The expert lists of one application's policy subject (CI-1, CI-2). */
export function expertAccessOf(conflicts: CompetitionConflicts, applicationId: string): ApplicationExpertAccess {
  const admitted = conflicts.applications.some((a) => a.id === applicationId);
  const noConflictExpertIds: string[] = [];
  const conflictedExpertIds: string[] = [];
  for (const expertId of conflicts.assignedExpertIds) {
    const d = conflicts.declaration(expertId, applicationId);
    if (d && !d.hasConflict) noConflictExpertIds.push(expertId);
    if (!admitted || conflicts.all(expertId, applicationId).length > 0) conflictedExpertIds.push(expertId);
  }
  // An application outside the admitted list is nobody's to review: every assigned expert is kept out.
  return { assignedExpertIds: conflicts.assignedExpertIds, noConflictExpertIds: admitted ? noConflictExpertIds : [], conflictedExpertIds };
}

/** Loads the expert lists for one application (null when it does not exist). */
export async function applicationExpertAccess(db: Db, applicationId: string, now = new Date()): Promise<ApplicationExpertAccess | null> {
  const app = await db.application.findUnique({ where: { id: applicationId }, select: { competitionId: true } });
  if (!app) return null;
  const conflicts = await loadCompetitionConflicts(db, app.competitionId, { now, onlyApplicationIds: [applicationId] });
  return expertAccessOf(conflicts, applicationId);
}
