/**
 * F-IFR / F-FFR (L4224–4255): the financial report lists the budget lines with the planned
 * amount, the amount spent and the balance (planned − spent), in integer tenge. A line
 * spent over its plan needs an explanation; the totals are derived, never typed.
 */
import { RuleInputError } from '../errors';

export interface ReportBudgetLine {
  planned: number;
  spent: number;
}

export interface ReportBudgetTotals {
  planned: number;
  spent: number;
  balance: number;
  /** Indices of the lines spent over their plan. */
  overspentLines: number[];
}

function assertTenge(v: number, field: string): void {
  if (!Number.isSafeInteger(v)) throw new RuleInputError('NOT_INTEGER', field, `expected whole tenge, got ${String(v)}`);
  if (v < 0) throw new RuleInputError('NEGATIVE', field, `expected tenge ≥ 0, got ${v}`);
}

/** Balance of one line: planned − spent (negative = overspent). */
export function lineBalance(line: ReportBudgetLine): number {
  assertTenge(line.planned, 'planned');
  assertTenge(line.spent, 'spent');
  return line.planned - line.spent;
}

export function reportBudgetTotals(lines: readonly ReportBudgetLine[]): ReportBudgetTotals {
  let planned = 0;
  let spent = 0;
  const overspentLines: number[] = [];
  lines.forEach((line, i) => {
    if (lineBalance(line) < 0) overspentLines.push(i);
    planned += line.planned;
    spent += line.spent;
  });
  return { planned, spent, balance: planned - spent, overspentLines };
}
