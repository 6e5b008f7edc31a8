// The one place that answers "may this actor do this to this object?". Pure: it takes the
// actor and a plain description of the object, so pages, server actions, services and
// tests all ask the same question the same way. Anything not granted here is denied.

export type Role = 'NGO' | 'OPERATOR' | 'EXPERT' | 'ADMIN';

export interface Actor {
  id: string;
  role: Role;
  /** Organisations whose cabinet the user may act in (live memberships). */
  organizationIds: string[];
  /** The subset of organizationIds where the user is the head (may invite staff). */
  headOfOrganizationIds: string[];
  /** Expert register row, for users with the EXPERT role. */
  expertId: string | null;
}

export type Subject =
  | { type: 'area'; area: 'ngo' | 'operator' | 'expert' | 'admin' }
  | { type: 'organization'; id: string }
  | { type: 'competition'; status: string }
  | {
      type: 'application';
      organizationId: string;
      status: string;
      /**
       * CI-1 / CI-2 — expert access to the application's CONTENT (pages, sections, PDF,
       * files, scoring). Filled by lib/services/coi/expert-access.ts; a subject built
       * without these lists denies every expert (fail closed).
       * - assignedExpertIds: active expert members of a working (COI_DECLARATION or
       *   APPROVED) selection commission of its competition;
       * - noConflictExpertIds: those who declared "no conflict" on THIS application;
       * - conflictedExpertIds: those with a declared conflict OR an automatic one
       *   (`conflictsOf`: operator employee, nominator applied, affiliation, relatives).
       */
      assignedExpertIds?: string[];
      noConflictExpertIds?: string[];
      conflictedExpertIds?: string[];
    }
  | { type: 'user'; id: string }
  /** DB-1: the yearly report an NGO sends to the NGO database. */
  | { type: 'ngoDatabaseReport'; organizationId: string; status: string };

export type Action =
  | 'enter' // open an area of the portal (cabinet, console, workspace, admin)
  | 'read'
  | 'update'
  | 'invite-staff'
  | 'set-status-flags'
  | 'apply'
  | 'submit'
  | 'manage'
  | 'review'
  | 'score'
  | 'change-role'
  | 'withdraw';

const isStaff = (actor: Actor) => actor.role === 'OPERATOR' || actor.role === 'ADMIN';
const memberOf = (actor: Actor, organizationId: string) =>
  actor.role === 'NGO' && actor.organizationIds.includes(organizationId);

/** CI-1 / CI-2: assigned AND declared "no conflict" AND no conflict at all (declared or automatic). */
function expertMayOpen(actor: Actor, subject: { assignedExpertIds?: string[]; noConflictExpertIds?: string[]; conflictedExpertIds?: string[] }): boolean {
  if (actor.role !== 'EXPERT' || !actor.expertId) return false;
  const id = actor.expertId;
  const assigned = subject.assignedExpertIds?.includes(id) ?? false;
  const declaredClean = subject.noConflictExpertIds?.includes(id) ?? false;
  const conflicted = subject.conflictedExpertIds?.includes(id) ?? true;
  return assigned && declaredClean && !conflicted;
}

// Statuses in which an application is still the NGO's draft (ST-*: submitted means frozen).
const EDITABLE_APPLICATION_STATUSES = new Set(['DRAFT']);
const WITHDRAWABLE_APPLICATION_STATUSES = new Set(['DRAFT', 'SUBMITTED']);
// DB-1..DB-7: the NGO edits its yearly report while a draft or after the operator returned it.
const EDITABLE_NGO_REPORT_STATUSES = new Set(['DRAFT', 'RETURNED']);

export function can(actor: Actor | null, action: Action, subject: Subject): boolean {
  if (!actor) return subject.type === 'competition' && action === 'read' && subject.status !== 'DRAFT';

  switch (subject.type) {
    case 'area': {
      if (action !== 'enter') return false;
      if (subject.area === 'ngo') return actor.role === 'NGO' && actor.organizationIds.length > 0;
      if (subject.area === 'operator') return isStaff(actor);
      if (subject.area === 'expert') return actor.role === 'EXPERT' && actor.expertId !== null;
      return actor.role === 'ADMIN';
    }
    case 'organization': {
      if (action === 'read') return memberOf(actor, subject.id) || isStaff(actor);
      if (action === 'update' || action === 'apply') return memberOf(actor, subject.id);
      if (action === 'invite-staff') return actor.role === 'NGO' && actor.headOfOrganizationIds.includes(subject.id);
      if (action === 'set-status-flags') return isStaff(actor); // EL-1 flags come from registries, set by staff
      return false;
    }
    case 'competition': {
      if (action === 'read') return subject.status !== 'DRAFT' || isStaff(actor);
      if (action === 'manage') return isStaff(actor);
      return false;
    }
    case 'application': {
      const own = memberOf(actor, subject.organizationId);
      if (action === 'read') {
        if (own || isStaff(actor)) return true;
        // CI-1 / CI-2: an expert sees only applications of their commission, only after
        // declaring "no conflict" on it, and never a conflicted one.
        return expertMayOpen(actor, subject);
      }
      if (action === 'update' || action === 'submit') return own && EDITABLE_APPLICATION_STATUSES.has(subject.status);
      // Before the deadline (checked by the service, DL-1) a submitted application may be withdrawn.
      if (action === 'withdraw') return own && WITHDRAWABLE_APPLICATION_STATUSES.has(subject.status);
      if (action === 'review') return isStaff(actor);
      // The scoring window itself (competition in SCORING, commission APPROVED, DL-5) is the service's check.
      if (action === 'score') return expertMayOpen(actor, subject);
      return false;
    }
    case 'ngoDatabaseReport': {
      const own = memberOf(actor, subject.organizationId);
      if (action === 'read') return own || isStaff(actor);
      if (action === 'update' || action === 'submit') return own && EDITABLE_NGO_REPORT_STATUSES.has(subject.status);
      if (action === 'review') return isStaff(actor) && subject.status === 'SUBMITTED';
      return false;
    }
    case 'user': {
      if (action === 'read') return actor.id === subject.id || actor.role === 'ADMIN';
      if (action === 'change-role') return actor.role === 'ADMIN' && actor.id !== subject.id;
      return false;
    }
  }
}
