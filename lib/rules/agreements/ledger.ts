/**
 * The money ledger of one agreement: planned (the schedule), released (paid out), reported
 * (spent according to ACCEPTED financial reports), returned (paid back by the NGO), and
 * what the NGO still holds unreported. Integer tenge.
 */
import { assertNonNegativeInteger } from '../validate';

export interface LedgerTranche {
  amount: number;
  status: string;
  returned: number;
}

export interface AgreementLedger {
  planned: number;
  released: number;
  reported: number;
  returned: number;
  /** released − reported − returned (never below 0 shown as is: a negative means over-reported). */
  unreported: number;
  /** planned − released: still to be paid. */
  toRelease: number;
}

export function agreementLedger(tranches: readonly LedgerTranche[], reportedSpent: number): AgreementLedger {
  assertNonNegativeInteger(reportedSpent, 'reportedSpent');
  let planned = 0;
  let released = 0;
  let returned = 0;
  tranches.forEach((t, i) => {
    assertNonNegativeInteger(t.amount, `tranches[${i}].amount`);
    assertNonNegativeInteger(t.returned, `tranches[${i}].returned`);
    planned += t.amount;
    if (t.status === 'RELEASED') released += t.amount;
    returned += t.returned;
  });
  return { planned, released, reported: reportedSpent, returned, unreported: released - reportedSpent - returned, toRelease: planned - released };
}

/** A returned amount may not exceed what was released on that tranche minus what was already returned. */
export function returnAllowed(tranche: { amount: number; status: string; returned: number }, add: number): boolean {
  assertNonNegativeInteger(add, 'add');
  return tranche.status === 'RELEASED' && add > 0 && tranche.returned + add <= tranche.amount;
}
