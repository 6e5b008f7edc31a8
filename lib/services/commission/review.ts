import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { CommissionViolation } from '@/lib/rules';
import { coiStatusOf, loadApplicationsForCoi, loadCommission, loadRegister, type CommissionCompetition, type LoadedCommission, type MemberCoiStatus, type RegisterCandidate } from './commission-data';
import { compositionViolations } from './composition';

type Db = PrismaClient | Prisma.TransactionClient;

export type ApprovalBlocker =
  | { code: 'coiIncomplete'; memberId: string; name: string; missing: number }
  | { code: 'conflictedMember'; memberId: string; name: string; codes: string[] }
  | { code: 'violation'; violation: CommissionViolation }
  | { code: 'noDeputy' | 'noSecretary' | 'noMeetingRecord' | 'noAdmittedApplications' };

export interface ReviewedMember {
  memberId: string;
  role: string;
  expert: RegisterCandidate;
  coi: MemberCoiStatus;
}

/**
 * The final composition under review (GC-13): every active expert member with their COI
 * coverage (CI-2, `coiDeclarationGaps`) and the engine's conflicts (CI-1, `conflictsOf`),
 * and what still blocks approval — a gap, a conflicted member (to be replaced), a CM-1
 * violation (chair included now), no deputy, no secretary, the meeting not recorded.
 */
export async function reviewCommission(db: Db, competition: CommissionCompetition, commission: LoadedCommission) {
  const active = commission.members.filter((m) => m.removedAt === null);
  const expertRows = active.filter((m) => m.expertId !== null);
  const register = await loadRegister(db, competition, { id: { in: expertRows.map((m) => m.expertId as string) } });
  const byId = new Map(register.map((e) => [e.id, e]));
  const apps = await loadApplicationsForCoi(db, competition.id);
  const coi = await coiStatusOf(db, register, apps);
  const members: ReviewedMember[] = expertRows.flatMap((m) => {
    const expert = byId.get(m.expertId as string);
    const status = coi.get(m.expertId as string);
    return expert && status ? [{ memberId: m.id, role: m.role, expert, coi: status }] : [];
  });
  const secretary = active.find((m) => m.role === 'SECRETARY') ?? null;

  const blockers: ApprovalBlocker[] = [];
  if (apps.admitted.length === 0) blockers.push({ code: 'noAdmittedApplications' });
  for (const m of members) {
    if (m.coi.missingApplicationIds.length > 0) blockers.push({ code: 'coiIncomplete', memberId: m.memberId, name: m.expert.name, missing: m.coi.missingApplicationIds.length });
  }
  for (const m of members) {
    const codes = [...new Set(m.coi.conflicts.flatMap((c) => c.codes))];
    if (codes.length > 0) blockers.push({ code: 'conflictedMember', memberId: m.memberId, name: m.expert.name, codes });
  }
  const violations = compositionViolations(
    members.map((m) => ({ id: m.expert.id, role: m.role as 'CHAIR' | 'DEPUTY' | 'MEMBER', nominationSource: m.expert.nominationSource, operatorEmployee: m.expert.operatorEmployee, yearsInDirection: m.expert.yearsInDirection })),
    secretary?.userId ?? null,
    competition.options,
    'final',
  );
  for (const v of violations) blockers.push({ code: 'violation', violation: v });
  if (members.filter((m) => m.role === 'DEPUTY').length !== 1) blockers.push({ code: 'noDeputy' });
  if (!secretary) blockers.push({ code: 'noSecretary' });
  if (!commission.orderNumber || !commission.orderDate) blockers.push({ code: 'noMeetingRecord' });

  return { members, secretary, apps, blockers, removed: commission.members.filter((m) => m.removedAt !== null) };
}

export { loadCommission };
