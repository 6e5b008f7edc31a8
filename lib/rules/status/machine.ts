/**
 * Status machines as DATA (DESIGN.md, Hypha style): each machine declares its statuses
 * and transitions; each transition declares from, to, the roles allowed to take it, a
 * staff label key and a public label key (for the applicant / public page), and
 * optionally the competition kinds it applies to. Services, the UI (which buttons to
 * show) and the tests all read the same tables.
 *
 * Label keys are i18n message keys (lib/i18n), never display text:
 *   statuses:    status.<machine>.<STATUS>.staff / status.<machine>.<PUBLIC_STATUS>.public
 *   transitions: transition.<machine>.<ACTION>.staff / transition.<machine>.<ACTION>.public
 * A status's public label may collapse several statuses into one (sealed scoring,
 * DESIGN.md principle 3: the NGO sees "under evaluation", not "scored").
 */
import type { CompetitionKind } from '../eligibility/competition-kind';

export const ROLES = ['NGO', 'OPERATOR', 'EXPERT', 'ADMIN', 'SYSTEM'] as const;
export type Role = (typeof ROLES)[number];

export interface StatusDef {
  staffLabelKey: string;
  publicLabelKey: string;
  /** No transition leaves this status. */
  terminal: boolean;
}

export interface TransitionDef<S extends string = string> {
  /** UPPER_SNAKE verb, e.g. SUBMIT; the same action may leave several statuses. */
  action: string;
  from: S;
  to: S;
  roles: readonly Role[];
  staffLabelKey: string;
  publicLabelKey: string;
  /** Competition kinds this transition applies to; undefined = every kind. */
  kinds?: readonly CompetitionKind[];
  /** Rule ids / source lines that justify the transition. */
  rule?: string;
}

export interface MachineDef<S extends string = string> {
  name: string;
  statuses: readonly S[];
  initial: S;
  states: Readonly<Record<S, StatusDef>>;
  transitions: readonly TransitionDef<S>[];
}

export interface TransitionSpec<S extends string> {
  action: string;
  from: S | readonly S[];
  to: S;
  roles: readonly Role[];
  kinds?: readonly CompetitionKind[];
  rule?: string;
}

/** Builds the table, filling label keys and terminal flags from the transition list. */
export function defineMachine<S extends string>(
  name: string,
  statuses: readonly S[],
  initial: S,
  specs: readonly TransitionSpec<S>[],
  publicAs: Partial<Record<S, string>> = {},
): MachineDef<S> {
  const transitions: TransitionDef<S>[] = [];
  for (const spec of specs) {
    const froms: readonly S[] = typeof spec.from === 'string' ? [spec.from as S] : (spec.from as readonly S[]);
    for (const from of froms) {
      transitions.push({
        action: spec.action,
        from,
        to: spec.to,
        roles: spec.roles,
        staffLabelKey: `transition.${name}.${spec.action}.staff`,
        publicLabelKey: `transition.${name}.${spec.action}.public`,
        ...(spec.kinds ? { kinds: spec.kinds } : {}),
        ...(spec.rule ? { rule: spec.rule } : {}),
      });
    }
  }
  const states = {} as Record<S, StatusDef>;
  for (const s of statuses) {
    states[s] = {
      staffLabelKey: `status.${name}.${s}.staff`,
      publicLabelKey: `status.${name}.${publicAs[s] ?? s}.public`,
      terminal: !transitions.some((t) => t.from === s),
    };
  }
  return { name, statuses, initial, states, transitions };
}
