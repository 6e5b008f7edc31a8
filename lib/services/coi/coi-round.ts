import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { ConflictCode } from '@/lib/rules';
import { loadCompetitionConflicts } from './expert-access';

type Db = PrismaClient | Prisma.TransactionClient;

export interface CoiRow {
  applicationId: string;
  organization: { nameKk: string; nameRu: string; nameEn: string | null; bin: string };
  partners: { name: string; bin: string | null }[];
  lot: { number: number; titleKk: string; titleRu: string; titleEn: string | null } | null;
  /** CI-1: the engine's conflicts, binding. */
  automatic: ConflictCode[];
  declaration: { hasConflict: boolean; note: string | null; declaredAt: Date } | null;
}

/**
 * The COI round as one expert sees it (GC-10): the admitted applicants of the competition —
 * organisation, BIN, partners only, no content — with the engine's automatic conflicts and
 * the expert's declarations. `null` when the expert is not an active member of a working
 * commission of the competition (the page answers 404).
 */
export async function coiRoundForExpert(db: Db, expertId: string, competitionId: string, now: Date) {
  const membership = await db.commissionMember.findFirst({
    where: { expertId, removedAt: null, commission: { competitionId, purpose: 'SELECTION', status: { in: ['COI_DECLARATION', 'APPROVED'] } } },
    orderBy: { appointedAt: 'desc' },
    select: {
      role: true,
      commission: { select: { id: true, status: true, competition: { select: { id: true, status: true, code: true, titleKk: true, titleRu: true, titleEn: true, coiDueOn: true } } } },
    },
  });
  if (!membership) return null;
  const conflicts = await loadCompetitionConflicts(db, competitionId, { now, onlyExpertIds: [expertId] });
  const ids = conflicts.applications.map((a) => a.id);
  const apps = ids.length
    ? await db.application.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          organization: { select: { nameKk: true, nameRu: true, nameEn: true, bin: true } },
          partners: { select: { name: true, bin: true }, orderBy: { name: 'asc' } },
          lot: { select: { number: true, titleKk: true, titleRu: true, titleEn: true } },
        },
      })
    : [];
  const byId = new Map(apps.map((a) => [a.id, a]));
  const rows: CoiRow[] = ids.flatMap((id) => {
    const a = byId.get(id);
    if (!a) return [];
    const d = conflicts.declaration(expertId, id);
    return [
      {
        applicationId: id,
        organization: a.organization,
        partners: a.partners,
        lot: a.lot,
        automatic: conflicts.automatic(expertId, id),
        declaration: d ? { hasConflict: d.hasConflict, note: d.reason, declaredAt: d.declaredAt } : null,
      },
    ];
  });
  rows.sort((x, y) => (x.lot?.number ?? 0) - (y.lot?.number ?? 0) || x.organization.nameKk.localeCompare(y.organization.nameKk));
  const competitionStatus = membership.commission.competition.status;
  const open = ['COI', 'SCORING'].includes(competitionStatus);
  return {
    competition: membership.commission.competition,
    commission: { id: membership.commission.id, status: membership.commission.status },
    role: membership.role,
    rows,
    declared: rows.filter((r) => r.declaration).length,
    total: rows.length,
    /** Declarations are taken while the competition is in the COI round (or scoring, for a replacement member). */
    open,
  };
}
export type CoiRound = NonNullable<Awaited<ReturnType<typeof coiRoundForExpert>>>;
