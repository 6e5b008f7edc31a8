/**
 * CI-1 for the completion evaluation (§3.4 L3367–3372: council members have no conflict of
 * interest): the rule engine's `conflictsOf` over the evaluated project — the NGO holding the
 * agreement and the partners named in its application. The expert profile is read like the
 * selection COI (lib/services/coi/expert-access.ts): operator employee, nominating NGO,
 * declared and found affiliations (OrganizationPerson by account or IIN, live memberships,
 * employer, BINs), relatives' organisations. Read-only; the COI services are not changed.
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { almatyDateOf, conflictsOf, type ConflictCode, type ExpertProfile } from '@/lib/rules';

type Db = PrismaClient | Prisma.TransactionClient;

async function profilesOf(db: Db, expertIds: string[], now: Date): Promise<Map<string, ExpertProfile>> {
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
      where: { OR: [{ userId: { in: experts.map((e) => e.userId) } }, ...(iins.length ? [{ iin: { in: iins } }] : [])], AND: [{ OR: [{ until: null }, { until: { gte: today } }] }] },
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

/** CI-1: the automatic conflict codes of each expert with the evaluated project (missing expert = []). */
export async function evaluationConflicts(db: Db, agreementId: string, expertIds: string[], now: Date): Promise<Map<string, ConflictCode[]>> {
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: { applicationId: true, organizationId: true, application: { select: { partners: { select: { organizationId: true, bin: true } } } } },
  });
  const partnerBins = agreement.application.partners.filter((p) => !p.organizationId && p.bin).map((p) => p.bin!);
  const binOrgs = partnerBins.length ? await db.organization.findMany({ where: { bin: { in: partnerBins } }, select: { id: true } }) : [];
  const partnerOrgIds = [...new Set([...agreement.application.partners.flatMap((p) => (p.organizationId ? [p.organizationId] : [])), ...binOrgs.map((o) => o.id)])];
  const profiles = await profilesOf(db, expertIds, now);
  const out = new Map<string, ConflictCode[]>();
  for (const id of expertIds) {
    const profile = profiles.get(id);
    out.set(
      id,
      profile ? conflictsOf(profile, { id: agreement.applicationId, orgId: agreement.organizationId, partnerOrgIds }, [agreement.organizationId]) : [],
    );
  }
  return out;
}
