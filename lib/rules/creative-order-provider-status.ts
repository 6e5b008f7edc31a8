/**
 * CO-3 — statuses of a creative-order provider's application (a CreativeClub row; selection
 * of providers, seed 002 L30–33): the provider drafts it (saved, editable), submits it
 * (frozen), the operator admits or refuses it with a reason. Admitted and refused are final
 * (a refused provider applies again with a new application).
 *
 * Kept as its own table (not in STATUS_MACHINES) so the seven competition-lifecycle machines
 * stay as they are — like the topic-proposal machine.
 */
import { RuleInputError } from './errors';
import { defineMachine, ROLES, type Role, type TransitionDef } from './status/machine';

export const CREATIVE_PROVIDER_STATUSES = [
  'DRAFT', // being written by the provider
  'SUBMITTED', // sent to the operator, frozen, awaiting the decision
  'ADMITTED', // admitted: the operator may give it places
  'NOT_ADMITTED', // refused with a reason
] as const;
export type CreativeProviderStatus = (typeof CREATIVE_PROVIDER_STATUSES)[number];

export const creativeProviderMachine = defineMachine<CreativeProviderStatus>('creativeProvider', CREATIVE_PROVIDER_STATUSES, 'DRAFT', [
  { action: 'SUBMIT', from: 'DRAFT', to: 'SUBMITTED', roles: ['NGO'], rule: 'CO-1, seed 002 L78–110' },
  { action: 'ADMIT', from: 'SUBMITTED', to: 'ADMITTED', roles: ['OPERATOR', 'ADMIN'], rule: 'seed 002 L30–33' },
  { action: 'REFUSE', from: 'SUBMITTED', to: 'NOT_ADMITTED', roles: ['OPERATOR', 'ADMIN'], rule: 'seed 002 L30–33' },
]);

export function isCreativeProviderStatus(value: unknown): value is CreativeProviderStatus {
  return typeof value === 'string' && (CREATIVE_PROVIDER_STATUSES as readonly string[]).includes(value);
}

export type CreativeProviderTransitionCheck = { ok: true; transition: TransitionDef<CreativeProviderStatus> } | { ok: false; code: 'NOT_A_TRANSITION' | 'ROLE_NOT_ALLOWED' };

/** CO-3 / ST-*: may `role` move a provider application `from → to`? Unknown statuses or roles throw. */
export function checkCreativeProviderTransition(from: string, to: string, role: Role): CreativeProviderTransitionCheck {
  if (!isCreativeProviderStatus(from)) throw new RuleInputError('UNKNOWN', 'from', `'${String(from)}' is not a status of the creativeProvider machine`);
  if (!isCreativeProviderStatus(to)) throw new RuleInputError('UNKNOWN', 'to', `'${String(to)}' is not a status of the creativeProvider machine`);
  if (!(ROLES as readonly unknown[]).includes(role)) throw new RuleInputError('UNKNOWN', 'role', `unknown role '${String(role)}'`);
  const declared = creativeProviderMachine.transitions.filter((t) => t.from === from && t.to === to);
  if (declared.length === 0) return { ok: false, code: 'NOT_A_TRANSITION' };
  const found = declared.find((t) => t.roles.includes(role));
  return found ? { ok: true, transition: found } : { ok: false, code: 'ROLE_NOT_ALLOWED' };
}

/** The transitions `role` may take from `from` (the buttons to show). */
export function creativeProviderActions(from: CreativeProviderStatus, role: Role): TransitionDef<CreativeProviderStatus>[] {
  return creativeProviderMachine.transitions.filter((t) => t.from === from && t.roles.includes(role));
}
