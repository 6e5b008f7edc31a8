/**
 * Admission rate and not-held rate per mechanism (kind) and year (pure, no I/O).
 * - admission rate = applications whose LATEST admission decision admitted them ÷ applications
 *   with an admission decision (stage 4, R1–R4);
 * - not-held rate = lots (or whole competitions) whose decision is NOT_HELD ÷ lots decided (SC-4).
 * A group with nothing decided has a null rate (never a division by zero).
 */
import { rate, type Rate } from './labels';

export interface AdmissionFact {
  kind: string;
  year: number;
  applicationId: string;
  admitted: boolean;
  decidedAt: Date;
}

export interface DecisionFact {
  kind: string;
  year: number;
  competitionId: string;
  /** null = a decision on the whole competition. */
  lotId: string | null;
  outcome: 'HELD' | 'NOT_HELD';
  createdAt: Date;
}

export interface RateRow {
  kind: string;
  year: number;
  admission: Rate;
  notHeld: Rate;
}

const groupKey = (kind: string, year: number) => `${year}\u0000${kind}`;

export function ratesByKindAndYear(admissions: AdmissionFact[], decisions: DecisionFact[], kindOrder: readonly string[] = []): RateRow[] {
  // The latest decision per application / per lot counts (a re-decision replaces the earlier one).
  const latestAdmission = new Map<string, AdmissionFact>();
  for (const a of admissions) {
    const prev = latestAdmission.get(a.applicationId);
    if (!prev || a.decidedAt.getTime() >= prev.decidedAt.getTime()) latestAdmission.set(a.applicationId, a);
  }
  const latestDecision = new Map<string, DecisionFact>();
  for (const d of decisions) {
    const k = `${d.competitionId}\u0000${d.lotId ?? ''}`;
    const prev = latestDecision.get(k);
    if (!prev || d.createdAt.getTime() >= prev.createdAt.getTime()) latestDecision.set(k, d);
  }

  const groups = new Map<string, { kind: string; year: number; admitted: number; decided: number; notHeld: number; lots: number }>();
  const get = (kind: string, year: number) => {
    const k = groupKey(kind, year);
    let g = groups.get(k);
    if (!g) {
      g = { kind, year, admitted: 0, decided: 0, notHeld: 0, lots: 0 };
      groups.set(k, g);
    }
    return g;
  };
  for (const a of latestAdmission.values()) {
    const g = get(a.kind, a.year);
    g.decided += 1;
    if (a.admitted) g.admitted += 1;
  }
  for (const d of latestDecision.values()) {
    const g = get(d.kind, d.year);
    g.lots += 1;
    if (d.outcome === 'NOT_HELD') g.notHeld += 1;
  }
  const order = (kind: string) => {
    const i = kindOrder.indexOf(kind);
    return i === -1 ? kindOrder.length : i;
  };
  return [...groups.values()]
    .sort((a, b) => b.year - a.year || order(a.kind) - order(b.kind) || a.kind.localeCompare(b.kind))
    .map((g) => ({ kind: g.kind, year: g.year, admission: rate(g.admitted, g.decided), notHeld: rate(g.notHeld, g.lots) }));
}
