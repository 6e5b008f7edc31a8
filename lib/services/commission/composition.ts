/**
 * Pure helpers shared by the commission page (live, in the browser) and the commission
 * services (again on the server, on every save): they turn register entries into the
 * plain members the rule engine checks, say which register entries may be offered, and
 * read the competition's CM-1 settings. No I/O here — the decisions are lib/rules'.
 */
import { commissionViolations, DEFAULT_RULE_SETTINGS, type CommissionMember, type CommissionOptions, type CommissionRole, type CommissionSide, type CommissionViolation } from '@/lib/rules';

export type NominationSource = 'NGO' | 'OPERATOR' | 'SELF';

/**
 * CM-1 / GC-2 (L981, L1530–1534): the quota counts experts nominated by NGOs against the
 * rest. A self-nominated expert (GC-6) is not NGO-nominated, so they count with the
 * operator's share (≤ 30%).
 */
export function sideOf(source: NominationSource): CommissionSide {
  return source === 'NGO' ? 'NGO' : 'OPERATOR';
}

/**
 * GC-7 / CM-1: an expert's years "in the direction" of a competition — the most years they
 * have in any direction of the competition's lots (a competition of several topics may span
 * directions). A competition without lot directions uses the expert's best direction.
 */
export function yearsInDirections(expertDirections: { directionId: string; years: number }[], competitionDirectionIds: string[]): number {
  const relevant = competitionDirectionIds.length === 0 ? expertDirections : expertDirections.filter((d) => competitionDirectionIds.includes(d.directionId));
  return relevant.reduce((max, d) => Math.max(max, d.years), 0);
}

/** CM-1 settings of a competition (Competition.settings JSON, percent integers) as rule options. */
export function commissionOptionsOf(settings: unknown): Required<Pick<CommissionOptions, 'grantMaxMembers' | 'grantMinNgoShare' | 'grantMinYearsInDirection'>> {
  const s = (settings && typeof settings === 'object' ? settings : {}) as Record<string, unknown>;
  const d = DEFAULT_RULE_SETTINGS.commission;
  const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
  const share = int(s.ngoSharePercentMin);
  return {
    grantMaxMembers: int(s.maxCommissionSize) ?? d.grantMaxMembers,
    grantMinNgoShare: share !== null && share <= 100 ? share / 100 : d.grantMinNgoShare,
    grantMinYearsInDirection: int(s.minExpertYears) ?? d.grantMinYearsInDirection,
  };
}

/** Why a register entry is not offered for a commission. */
export type NotSelectableReason = 'NOT_ACTIVE' | 'EXPERIENCE';

/**
 * GC-7 / CM-1: an expert is selectable for a commission when their register entry is
 * active (account activated, not suspended) and they have at least the minimum years in
 * the competition's direction. Operator employees stay selectable on purpose: the
 * composition check (GC-9, OPERATOR_EMPLOYEE) names them, live and on save.
 */
export function notSelectableReasons(x: { status: string; yearsInDirection: number }, minYears: number): NotSelectableReason[] {
  const out: NotSelectableReason[] = [];
  if (x.status !== 'APPROVED') out.push('NOT_ACTIVE');
  if (x.yearsInDirection < minYears) out.push('EXPERIENCE');
  return out;
}

export interface CompositionExpert {
  id: string;
  role: CommissionRole;
  nominationSource: NominationSource;
  operatorEmployee: boolean;
  yearsInDirection: number;
}

/** The members the rule engine checks: the experts plus the secretary (no vote, GC-1). */
export function toRuleMembers(experts: CompositionExpert[], secretaryUserId: string | null): CommissionMember[] {
  const members: CommissionMember[] = experts.map((e) => ({
    id: `expert:${e.id}`,
    role: e.role,
    side: sideOf(e.nominationSource),
    operatorEmployee: e.operatorEmployee,
    yearsInDirection: e.yearsInDirection,
  }));
  // The secretary is operator staff without a vote; the rule engine leaves them out of the
  // quota and the employee bar (GC-1 "members and a secretary") but counts them in the 15.
  if (secretaryUserId) members.push({ id: `user:${secretaryUserId}`, role: 'SECRETARY', side: 'OPERATOR', operatorEmployee: true, yearsInDirection: 0 });
  return members;
}

/**
 * CM-1 on a composition. `stage: 'initial'` — the chair and deputy are appointed only at
 * the commission's meeting (GC-4, L982), so a missing chair is not a fault yet;
 * `stage: 'final'` — every rule, chair included (GC-13).
 */
export function compositionViolations(
  experts: CompositionExpert[],
  secretaryUserId: string | null,
  opts: CommissionOptions,
  stage: 'initial' | 'final',
): CommissionViolation[] {
  const all = commissionViolations('GRANT', toRuleMembers(experts, secretaryUserId), opts);
  return stage === 'initial' ? all.filter((v) => v !== 'NO_CHAIR') : all;
}
