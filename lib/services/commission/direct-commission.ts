import { z } from 'zod';
import '@/lib/validation/zod-errors';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { DEFAULT_RULE_SETTINGS, type CommissionOptions } from '@/lib/rules';
import { refuse } from '../result';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Kinds whose commission is approved directly, without the grant's COI round (the commission
 * machine's DRAFT → APPROVED path): the state social order (CM-2), the strategic partnership
 * (CM-3) and the NGO award (AW-8; the source names no composition, so only the chair checks
 * apply). The members still declare conflicts per application before they may read and score
 * it (CI-2).
 */
export const DIRECT_COMMISSION_KINDS = ['SOCIAL_ORDER', 'STRATEGIC_PARTNERSHIP', 'AWARD'] as const;
export type DirectCommissionKind = (typeof DIRECT_COMMISSION_KINDS)[number];
export const isDirectCommissionKind = (kind: string): kind is DirectCommissionKind => (DIRECT_COMMISSION_KINDS as readonly string[]).includes(kind);

/** Competition statuses in which the commission may still be (re)formed: before scoring starts. */
export const DIRECT_COMPOSABLE_STATUSES = ['DRAFT', 'ANNOUNCED', 'OPEN', 'CLOSED', 'ADMISSION'];

export interface DirectCommissionServiceOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

const id = z.string().trim().min(1).max(64);

/** The commission: register entries, each on the STATE or the CIVIL side, one chair. */
export const directCommissionSchema = z.object({
  competitionId: id,
  /** null when no commission exists yet. */
  expectedVersion: z.number().int().min(0).nullable(),
  members: z
    .array(z.object({ expertId: id, side: z.enum(['STATE', 'CIVIL']), role: z.enum(['CHAIR', 'DEPUTY', 'MEMBER']) }))
    .max(100, 'tooMany')
    .refine((m) => new Set(m.map((x) => x.expertId)).size === m.length, 'duplicateExpert'),
  orderNumber: z.string().trim().max(100, 'tooLong').default(''),
});
export type DirectCommissionInput = z.output<typeof directCommissionSchema>;
export type DirectCommissionFormValues = z.input<typeof directCommissionSchema>;

/** CM-3 settings of a competition (Competition.settings JSON) as rule options; defaults from lib/rules. */
export function spCommissionOptions(settings: unknown): Required<Pick<CommissionOptions, 'strategicMinState' | 'strategicMinCivil'>> {
  const s = (settings && typeof settings === 'object' ? settings : {}) as Record<string, unknown>;
  const d = DEFAULT_RULE_SETTINGS.commission;
  const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null);
  return { strategicMinState: int(s.minStateMembers) ?? d.strategicMinState, strategicMinCivil: int(s.minCivilMembers) ?? d.strategicMinCivil };
}

/** CM-2: the competition is run by a single organiser (≥ 5 voting members), as socialOrderSettingsOf reads it. */
export function singleOrganizerOf(settings: unknown): boolean {
  return !!settings && typeof settings === 'object' && (settings as Record<string, unknown>).singleOrganizer === true;
}

/** The rule options of a direct commission: CM-2's organiser flag, CM-3's minimums, none for the award. */
export function directCommissionOptions(kind: DirectCommissionKind, settings: unknown): CommissionOptions {
  if (kind === 'SOCIAL_ORDER') return { singleOrganizer: singleOrganizerOf(settings) };
  return kind === 'STRATEGIC_PARTNERSHIP' ? spCommissionOptions(settings) : {};
}

/** CM-2: the least number of voting members of a social-order commission under these settings. */
export function socialOrderMinMembers(settings: unknown): number {
  const d = DEFAULT_RULE_SETTINGS.commission;
  return singleOrganizerOf(settings) ? d.socialOrderMinMembersSingleOrganizer : d.socialOrderMinMembers;
}

export async function loadDirectCompetition(db: Db, competitionId: string) {
  return db.competition.findUnique({
    where: { id: competitionId },
    select: { id: true, kind: true, status: true, version: true, organizerId: true, settings: true, criteria: true, aggregation: true, titleKk: true, titleRu: true },
  });
}
export type DirectCompetition = NonNullable<Awaited<ReturnType<typeof loadDirectCompetition>>> & { kind: DirectCommissionKind };

/** Re-checked by every direct-commission service: operator staff managing a competition of one of these kinds. */
export async function guardDirectCompetition(db: Db, actor: Actor, competitionId: string): Promise<{ ok: true; competition: DirectCompetition } | ReturnType<typeof refuse>> {
  const competition = await loadDirectCompetition(db, competitionId);
  if (!competition) return refuse('competitionNotFound');
  if (!can(actor, 'manage', { type: 'competition', status: competition.status })) return refuse('forbidden');
  if (!isDirectCommissionKind(competition.kind)) return refuse('noDirectCommission');
  return { ok: true, competition: { ...competition, kind: competition.kind } };
}
