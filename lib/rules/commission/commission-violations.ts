/**
 * Commission composition checks (run on the FINAL composition, GC-13):
 *  GRANT (CM-1):
 *   - TOO_MANY: more than 15 people incl. chair, deputy and secretary (GC-3, L984–985);
 *   - NGO_SHARE: under 70% NGO-nominated among the non-secretary members (GC-2, L981,
 *     L1530–1534; the secretary is not an expert, GC-1 L978–979);
 *   - OPERATOR_EMPLOYEE: an operator employee among the members (GC-9, L1002, L1539–1540).
 *     GC-1 (L978–979) calls the commission "members and a secretary", so the secretary —
 *     who runs the paperwork for the operator — is not counted;
 *   - EXPERIENCE: a member with under 2 years in the direction (GC-7, L997–1000);
 *  SOCIAL_ORDER (CM-2, stage 6 L2562–2565; voting members only, the secretary is not one):
 *   - EVEN_SIZE: the number of members is even; TOO_FEW: under 3, or under 5 when the
 *     commission is formed by a single organiser;
 *  STRATEGIC_PARTNERSHIP (CM-3, seed 000 L97–100): STATE_MIN (< 3 STATE members),
 *   CIVIL_MIN (< 4 CIVIL members);
 *  AWARD: the source gives no composition (grants file §3.1, note after AW-14), so only the
 *   checks every kind has apply;
 *  every kind: NO_CHAIR (no chair; GC-4, L2556–2558), MORE_THAN_ONE_CHAIR.
 * Codes come back in the order above. All numbers are settings.
 */
import { RuleInputError } from '../errors';
import { DEFAULT_RULE_SETTINGS } from '../settings';
import { assertArray, assertBoolean, assertNonNegativeNumber, assertPositiveInteger, assertUniqueIds, shareToBasisPoints } from '../validate';

export const COMMISSION_KINDS = ['GRANT', 'SOCIAL_ORDER', 'STRATEGIC_PARTNERSHIP', 'AWARD'] as const;
export type CommissionKind = (typeof COMMISSION_KINDS)[number];
export const COMMISSION_ROLES = ['CHAIR', 'DEPUTY', 'MEMBER', 'SECRETARY'] as const;
export type CommissionRole = (typeof COMMISSION_ROLES)[number];
export const COMMISSION_SIDES = ['NGO', 'OPERATOR', 'STATE', 'CIVIL'] as const;
export type CommissionSide = (typeof COMMISSION_SIDES)[number];

export const COMMISSION_VIOLATIONS = [
  'TOO_MANY',
  'NGO_SHARE',
  'OPERATOR_EMPLOYEE',
  'EXPERIENCE',
  'EVEN_SIZE',
  'TOO_FEW',
  'STATE_MIN',
  'CIVIL_MIN',
  'NO_CHAIR',
  'MORE_THAN_ONE_CHAIR',
] as const;
export type CommissionViolation = (typeof COMMISSION_VIOLATIONS)[number];

export interface CommissionMember {
  id: string;
  role: CommissionRole;
  side: CommissionSide;
  operatorEmployee: boolean;
  yearsInDirection: number;
  /** Set on any member when the social-order commission is formed by a single organiser. */
  singleOrganizer?: boolean;
}

export interface CommissionOptions {
  /** Social order: formed by a single organiser (alternative to the member flag). */
  singleOrganizer?: boolean;
  grantMaxMembers?: number;
  grantMinNgoShare?: number;
  grantMinYearsInDirection?: number;
  socialOrderMinMembers?: number;
  socialOrderMinMembersSingleOrganizer?: number;
  strategicMinState?: number;
  strategicMinCivil?: number;
}

export function commissionViolations(
  kind: CommissionKind,
  members: CommissionMember[],
  opts: CommissionOptions = {},
): CommissionViolation[] {
  if (!COMMISSION_KINDS.includes(kind)) {
    throw new RuleInputError('UNKNOWN', 'kind', `expected one of ${COMMISSION_KINDS.join(', ')}, got '${String(kind)}'`);
  }
  assertArray(members, 'members');
  assertUniqueIds(members.map((m) => m.id), 'members');
  members.forEach((m, i) => {
    if (!COMMISSION_ROLES.includes(m.role)) throw new RuleInputError('UNKNOWN', `members[${i}].role`, `unknown role '${String(m.role)}'`);
    if (!COMMISSION_SIDES.includes(m.side)) throw new RuleInputError('UNKNOWN', `members[${i}].side`, `unknown side '${String(m.side)}'`);
    assertBoolean(m.operatorEmployee, `members[${i}].operatorEmployee`);
    assertNonNegativeNumber(m.yearsInDirection, `members[${i}].yearsInDirection`);
    if (m.singleOrganizer !== undefined) assertBoolean(m.singleOrganizer, `members[${i}].singleOrganizer`);
  });
  const d = DEFAULT_RULE_SETTINGS.commission;
  const voting = members.filter((m) => m.role !== 'SECRETARY');
  const out: CommissionViolation[] = [];

  if (kind === 'GRANT') {
    const maxMembers = opts.grantMaxMembers ?? d.grantMaxMembers;
    const minShare = opts.grantMinNgoShare ?? d.grantMinNgoShare;
    const minYears = opts.grantMinYearsInDirection ?? d.grantMinYearsInDirection;
    assertPositiveInteger(maxMembers, 'opts.grantMaxMembers');
    const minShareBp = shareToBasisPoints(minShare, 'opts.grantMinNgoShare');
    assertNonNegativeNumber(minYears, 'opts.grantMinYearsInDirection');
    if (members.length > maxMembers) out.push('TOO_MANY');
    const ngo = voting.filter((m) => m.side === 'NGO').length;
    // ngo / voting < share, kept in integer basis points to avoid 0.7 float drift.
    if (ngo * 10_000 < voting.length * minShareBp) out.push('NGO_SHARE');
    if (voting.some((m) => m.operatorEmployee)) out.push('OPERATOR_EMPLOYEE');
    if (voting.some((m) => m.yearsInDirection < minYears)) out.push('EXPERIENCE');
  }

  if (kind === 'SOCIAL_ORDER') {
    const single = opts.singleOrganizer ?? members.some((m) => m.singleOrganizer === true);
    const min = single
      ? (opts.socialOrderMinMembersSingleOrganizer ?? d.socialOrderMinMembersSingleOrganizer)
      : (opts.socialOrderMinMembers ?? d.socialOrderMinMembers);
    assertPositiveInteger(min, 'opts.socialOrderMinMembers');
    if (voting.length % 2 === 0) out.push('EVEN_SIZE');
    if (voting.length < min) out.push('TOO_FEW');
  }

  if (kind === 'STRATEGIC_PARTNERSHIP') {
    const minState = opts.strategicMinState ?? d.strategicMinState;
    const minCivil = opts.strategicMinCivil ?? d.strategicMinCivil;
    assertPositiveInteger(minState, 'opts.strategicMinState');
    assertPositiveInteger(minCivil, 'opts.strategicMinCivil');
    if (voting.filter((m) => m.side === 'STATE').length < minState) out.push('STATE_MIN');
    if (voting.filter((m) => m.side === 'CIVIL').length < minCivil) out.push('CIVIL_MIN');
  }

  const chairs = members.filter((m) => m.role === 'CHAIR').length;
  if (chairs === 0) out.push('NO_CHAIR');
  if (chairs > 1) out.push('MORE_THAN_ONE_CHAIR');
  return out;
}
