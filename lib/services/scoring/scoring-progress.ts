import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { coiDeclarationGaps } from '@/lib/rules';
import { expertAccessOf, loadCompetitionConflicts } from '@/lib/services/coi/expert-access';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The secretary's / operator's view of scoring progress — COUNTS ONLY (sealed scoring):
 * per expert, COI coverage (CI-2, `coiDeclarationGaps`), conflicts and signed sheets; per
 * application, how many of the experts who may score it have signed. No criterion value,
 * comment or total is ever selected here.
 */
export async function scoringProgress(db: Db, competitionId: string, now: Date) {
  const conflicts = await loadCompetitionConflicts(db, competitionId, { now });
  const appIds = conflicts.applications.map((a) => a.id);
  const [experts, apps, sheets] = await Promise.all([
    db.expert.findMany({ where: { id: { in: conflicts.assignedExpertIds } }, select: { id: true, user: { select: { name: true } } } }),
    db.application.findMany({
      where: { id: { in: appIds } },
      select: { id: true, organization: { select: { nameKk: true, nameRu: true, nameEn: true, bin: true } }, lot: { select: { number: true } } },
    }),
    // Status only — never values (sealed scoring).
    db.scoreSheet.findMany({ where: { applicationId: { in: appIds }, expertId: { in: conflicts.assignedExpertIds } }, select: { expertId: true, applicationId: true, status: true } }),
  ]);
  const access = new Map(appIds.map((id) => [id, expertAccessOf(conflicts, id)]));
  const mayScore = (expertId: string, appId: string) => {
    const a = access.get(appId);
    return !!a && a.noConflictExpertIds.includes(expertId) && !a.conflictedExpertIds.includes(expertId);
  };
  const gaps = coiDeclarationGaps(conflicts.assignedExpertIds, appIds, conflicts.declarations);
  const signed = (expertId: string | null, appId: string | null) =>
    sheets.filter((s) => s.status === 'SIGNED' && (expertId === null || s.expertId === expertId) && (appId === null || s.applicationId === appId) && mayScore(s.expertId, s.applicationId)).length;

  const perExpert = conflicts.assignedExpertIds
    .map((expertId) => {
      const missing = gaps.find((g) => g.expertId === expertId)?.missingApplicationIds.length ?? appIds.length;
      const scorable = appIds.filter((a) => mayScore(expertId, a)).length;
      return {
        expertId,
        name: experts.find((e) => e.id === expertId)?.user.name ?? expertId,
        declared: appIds.length - missing,
        admitted: appIds.length,
        conflicts: appIds.filter((a) => conflicts.all(expertId, a).length > 0).length,
        scorable,
        signed: signed(expertId, null),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const perApplication = appIds.flatMap((id) => {
    const a = apps.find((x) => x.id === id);
    if (!a) return [];
    const expected = conflicts.assignedExpertIds.filter((e) => mayScore(e, id)).length;
    return [
      {
        id,
        organization: a.organization,
        lotNumber: a.lot?.number ?? null,
        expected,
        conflicted: conflicts.assignedExpertIds.filter((e) => conflicts.all(e, id).length > 0).length,
        undeclared: conflicts.assignedExpertIds.filter((e) => !conflicts.declaration(e, id)).length,
        signed: signed(null, id),
      },
    ];
  });
  return {
    perExpert,
    perApplication,
    totals: {
      experts: perExpert.length,
      applications: perApplication.length,
      coiComplete: perExpert.filter((e) => e.declared === e.admitted).length,
      expectedSheets: perApplication.reduce((s, a) => s + a.expected, 0),
      signedSheets: perApplication.reduce((s, a) => s + a.signed, 0),
    },
  };
}
