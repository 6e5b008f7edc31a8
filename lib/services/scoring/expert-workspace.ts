import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { expertAccessOf, loadCompetitionConflicts } from '@/lib/services/coi/expert-access';
import { scoringClosedReason } from './score-rules';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The expert's own progress per commission (issue 5 items 6–7): COI declarations made over
 * the admitted applications (CI-2), and sheets signed over the applications they may score
 * (declared "no conflict", no automatic conflict). Only the expert's own rows are counted.
 */
export async function expertWorkspace(db: Db, expertId: string, now: Date) {
  const memberships = await db.commissionMember.findMany({
    where: { expertId, removedAt: null, commission: { purpose: 'SELECTION' } },
    orderBy: { appointedAt: 'desc' },
    select: {
      id: true,
      role: true,
      commission: {
        select: {
          id: true,
          status: true,
          competition: { select: { id: true, code: true, status: true, titleKk: true, titleRu: true, titleEn: true, coiDueOn: true, scoringDueOn: true } },
        },
      },
    },
  });
  return Promise.all(
    memberships.map(async (m) => {
      const c = m.commission.competition;
      const working = m.commission.status === 'COI_DECLARATION' || m.commission.status === 'APPROVED';
      const conflicts = working ? await loadCompetitionConflicts(db, c.id, { now, onlyExpertIds: [expertId] }) : null;
      const admitted = conflicts?.applications.length ?? 0;
      const declared = conflicts ? conflicts.applications.filter((a) => conflicts.declaration(expertId, a.id)).length : 0;
      const scorable = conflicts ? conflicts.applications.filter((a) => expertAccessOf(conflicts, a.id).noConflictExpertIds.includes(expertId) && conflicts.all(expertId, a.id).length === 0) : [];
      const signed = scorable.length
        ? await db.scoreSheet.count({ where: { expertId, status: 'SIGNED', applicationId: { in: scorable.map((a) => a.id) } } })
        : 0;
      return {
        membershipId: m.id,
        role: m.role,
        commission: { id: m.commission.id, status: m.commission.status },
        competition: c,
        working,
        admitted,
        declared,
        scorable: scorable.length,
        signed,
        /** The COI round takes declarations (GC-10; a replacement member declares while scoring). */
        coiOpen: working && (c.status === 'COI' || c.status === 'SCORING') && declared < admitted,
        scoringClosed: scoringClosedReason({ competitionStatus: c.status, commissionStatus: m.commission.status, scoringDueOn: c.scoringDueOn }, now),
      };
    }),
  );
}

/**
 * The applications of one competition as the expert's scoring list: every admitted
 * application with the expert's declaration, whether they may open it (CI-1, CI-2) and
 * their own sheet's status. The project title is shown only where they may open it.
 */
export async function expertCompetitionApplications(db: Db, expertId: string, competitionId: string, now: Date) {
  const conflicts = await loadCompetitionConflicts(db, competitionId, { now, onlyExpertIds: [expertId] });
  if (!conflicts.assignedExpertIds.includes(expertId)) return null;
  const ids = conflicts.applications.map((a) => a.id);
  const [apps, sheets] = await Promise.all([
    db.application.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        projectTitleKk: true,
        projectTitleRu: true,
        organization: { select: { nameKk: true, nameRu: true, nameEn: true, bin: true } },
        lot: { select: { number: true } },
      },
    }),
    db.scoreSheet.findMany({ where: { expertId, applicationId: { in: ids } }, select: { applicationId: true, status: true } }),
  ]);
  const byId = new Map(apps.map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const a = byId.get(id);
    if (!a) return [];
    const access = expertAccessOf(conflicts, id);
    const mayOpen = access.noConflictExpertIds.includes(expertId) && !access.conflictedExpertIds.includes(expertId);
    const d = conflicts.declaration(expertId, id);
    return [
      {
        id,
        organization: a.organization,
        lotNumber: a.lot?.number ?? null,
        projectTitle: mayOpen ? { kk: a.projectTitleKk, ru: a.projectTitleRu } : null,
        declaration: d ? (d.hasConflict ? ('CONFLICT' as const) : ('NO_CONFLICT' as const)) : null,
        conflicted: !mayOpen && (d?.hasConflict === true || conflicts.automatic(expertId, id).length > 0),
        mayOpen,
        sheetStatus: sheets.find((s) => s.applicationId === id)?.status ?? null,
      },
    ];
  });
}
