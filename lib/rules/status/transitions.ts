/**
 * ST-*: questions services and the UI ask of the status tables. Unknown machine or status
 * names throw RuleInputError (a typo must not read as "transition refused").
 */
import { RuleInputError } from '../errors';
import { isCompetitionKind, type CompetitionKind } from '../eligibility/competition-kind';
import { agreementMachine } from './agreement-status';
import { applicationMachine } from './application-status';
import { commissionMachine } from './commission-status';
import { competitionMachine } from './competition-status';
import { ROLES, type MachineDef, type Role, type TransitionDef } from './machine';
import { ngoDatabaseReportMachine } from './ngo-database-report-status';
import { reportMachine } from './report-status';
import { scoreSheetMachine } from './score-sheet-status';

export const STATUS_MACHINES = {
  application: applicationMachine,
  competition: competitionMachine,
  commission: commissionMachine,
  agreement: agreementMachine,
  report: reportMachine,
  scoreSheet: scoreSheetMachine,
  ngoDatabaseReport: ngoDatabaseReportMachine,
} as const;

export type MachineName = keyof typeof STATUS_MACHINES;
export const MACHINE_NAMES = Object.keys(STATUS_MACHINES) as MachineName[];

export function getMachine(machine: MachineName): MachineDef {
  if (typeof machine !== 'string' || !Object.prototype.hasOwnProperty.call(STATUS_MACHINES, machine)) {
    throw new RuleInputError('UNKNOWN', 'machine', `unknown status machine '${String(machine)}' (known: ${MACHINE_NAMES.join(', ')})`);
  }
  return STATUS_MACHINES[machine] as MachineDef;
}

function assertStatus(m: MachineDef, status: string, field: string): void {
  if (!(m.statuses as readonly string[]).includes(status)) {
    throw new RuleInputError('UNKNOWN', field, `'${String(status)}' is not a status of the ${m.name} machine`);
  }
}

function assertRole(role: unknown, field = 'role'): asserts role is Role {
  if (!(ROLES as readonly unknown[]).includes(role)) {
    throw new RuleInputError('UNKNOWN', field, `unknown role '${String(role)}' (known: ${ROLES.join(', ')})`);
  }
}

function assertKind(kind: unknown): asserts kind is CompetitionKind | undefined {
  if (kind !== undefined && !isCompetitionKind(kind)) throw new RuleInputError('UNKNOWN', 'kind', `unknown competition kind '${String(kind)}'`);
}

function appliesTo(t: TransitionDef, kind: CompetitionKind | undefined): boolean {
  return kind === undefined || t.kinds === undefined || t.kinds.includes(kind);
}

/**
 * ST-*: is `from → to` a declared transition of the machine? With `opts.role` / `opts.kind`
 * it must also be allowed for that role / competition kind.
 */
export function canTransition(
  machine: 'application' | 'competition' | 'agreement' | 'report' | MachineName,
  from: string,
  to: string,
  opts: { role?: Role; kind?: CompetitionKind } = {},
): boolean {
  const m = getMachine(machine);
  assertStatus(m, from, 'from');
  assertStatus(m, to, 'to');
  if (opts.role !== undefined) assertRole(opts.role);
  assertKind(opts.kind);
  return m.transitions.some(
    (t) => t.from === from && t.to === to && (opts.role === undefined || t.roles.includes(opts.role)) && appliesTo(t, opts.kind),
  );
}

/** The transitions `role` may take from `from` (the buttons to show). */
export function allowedTransitions(machine: MachineName, from: string, role: Role, opts: { kind?: CompetitionKind } = {}): TransitionDef[] {
  const m = getMachine(machine);
  assertStatus(m, from, 'from');
  assertRole(role);
  assertKind(opts.kind);
  return m.transitions.filter((t) => t.from === from && t.roles.includes(role) && appliesTo(t, opts.kind));
}

export type TransitionCheck =
  | { ok: true; transition: TransitionDef }
  | { ok: false; code: 'NOT_A_TRANSITION' | 'ROLE_NOT_ALLOWED' | 'KIND_NOT_ALLOWED' };

/** For services: the matching transition, or why this actor may not take it. */
export function checkTransition(
  machine: MachineName,
  from: string,
  to: string,
  role: Role,
  opts: { kind?: CompetitionKind } = {},
): TransitionCheck {
  const m = getMachine(machine);
  assertStatus(m, from, 'from');
  assertStatus(m, to, 'to');
  assertRole(role);
  assertKind(opts.kind);
  const declared = m.transitions.filter((t) => t.from === from && t.to === to);
  if (declared.length === 0) return { ok: false, code: 'NOT_A_TRANSITION' };
  const forKind = declared.filter((t) => appliesTo(t, opts.kind));
  if (forKind.length === 0) return { ok: false, code: 'KIND_NOT_ALLOWED' };
  const found = forKind.find((t) => t.roles.includes(role));
  return found ? { ok: true, transition: found } : { ok: false, code: 'ROLE_NOT_ALLOWED' };
}

export function isTerminalStatus(machine: MachineName, status: string): boolean {
  const m = getMachine(machine);
  assertStatus(m, status, 'status');
  return (m.states as Record<string, { terminal: boolean }>)[status]?.terminal ?? false;
}
