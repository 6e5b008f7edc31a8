/**
 * Expert register entry lifecycle (GC-5..GC-7, L992–1000): operator staff enter a person
 * nominated by an NGO, by the operator or by themselves (GC-6) and invite them by e-mail —
 * the entry is PENDING until the expert opens the invitation and sets a password, then it
 * is APPROVED (an active register entry; only these can be put on a commission). Staff
 * may suspend an entry (e.g. the person left the field) and reinstate it.
 *
 * Kept as its own table (not in STATUS_MACHINES) so the seven competition-lifecycle machines
 * stay as they are; the questions are the same as `checkTransition` asks of them.
 */
import { RuleInputError } from '../errors';
import { defineMachine, ROLES, type Role, type TransitionDef } from './machine';

export const EXPERT_STATUSES = [
  'PENDING', // entered by staff, invitation sent, account not activated yet
  'APPROVED', // active register entry (account activated)
  'SUSPENDED', // taken off the register by staff; cannot be put on a commission
] as const;
export type ExpertStatus = (typeof EXPERT_STATUSES)[number];

export const expertMachine = defineMachine<ExpertStatus>('expert', EXPERT_STATUSES, 'PENDING', [
  { action: 'ACTIVATE', from: 'PENDING', to: 'APPROVED', roles: ['EXPERT'], rule: 'GC-5: the invited expert sets a password' },
  { action: 'SUSPEND', from: ['PENDING', 'APPROVED'], to: 'SUSPENDED', roles: ['OPERATOR', 'ADMIN'], rule: 'GC-5: the register is formed by the operator' },
  { action: 'REINSTATE', from: 'SUSPENDED', to: 'APPROVED', roles: ['OPERATOR', 'ADMIN'], rule: 'GC-5' },
]);

export function isExpertStatus(value: unknown): value is ExpertStatus {
  return typeof value === 'string' && (EXPERT_STATUSES as readonly string[]).includes(value);
}

export type ExpertTransitionCheck = { ok: true; transition: TransitionDef<ExpertStatus> } | { ok: false; code: 'NOT_A_TRANSITION' | 'ROLE_NOT_ALLOWED' };

/** ST-*: may `role` move a register entry `from → to`? Unknown statuses or roles throw (a typo is not a refusal). */
export function checkExpertTransition(from: string, to: string, role: Role): ExpertTransitionCheck {
  if (!isExpertStatus(from)) throw new RuleInputError('UNKNOWN', 'from', `'${String(from)}' is not a status of the expert machine`);
  if (!isExpertStatus(to)) throw new RuleInputError('UNKNOWN', 'to', `'${String(to)}' is not a status of the expert machine`);
  if (!(ROLES as readonly unknown[]).includes(role)) throw new RuleInputError('UNKNOWN', 'role', `unknown role '${String(role)}'`);
  const declared = expertMachine.transitions.filter((t) => t.from === from && t.to === to);
  if (declared.length === 0) return { ok: false, code: 'NOT_A_TRANSITION' };
  const found = declared.find((t) => t.roles.includes(role));
  return found ? { ok: true, transition: found } : { ok: false, code: 'ROLE_NOT_ALLOWED' };
}

/** The transitions `role` may take from `from` (the buttons to show). */
export function expertActions(from: ExpertStatus, role: Role): TransitionDef<ExpertStatus>[] {
  return expertMachine.transitions.filter((t) => t.from === from && t.roles.includes(role));
}
