/**
 * Who may do what with an agreement. Built on the portal policy (`can`): an agreement belongs
 * to the winner's organisation (Agreement.organizationId) and is managed by operator staff.
 * - read: members of THAT organisation and operator staff;
 * - ngo (edit requisites, accept): members of THAT organisation;
 * - operate (generate, send, countersign, amend, release tranches): operator staff.
 * Every action loads the agreement by id and asks this for THAT agreement (no IDOR).
 */
import { can, type Actor } from '@/lib/auth/policy';

export interface AgreementAccess {
  read: boolean;
  ngo: boolean;
  operate: boolean;
}

export function agreementAccess(actor: Actor | null, agreement: { organizationId: string }): AgreementAccess {
  if (!actor) return { read: false, ngo: false, operate: false };
  const ngo = actor.role === 'NGO' && can(actor, 'update', { type: 'organization', id: agreement.organizationId });
  const operate = can(actor, 'enter', { type: 'area', area: 'operator' });
  return { read: ngo || operate, ngo, operate };
}
