/**
 * The "reported" line of the ledger: what ACCEPTED financial reports say was spent. A report's
 * sections are form data (F-IFR/F-FFR); every budget line is a row with integer `planned` and
 * `spent` (lib/rules/reports/report-budget.ts), wherever the form nests its tables. Rows without
 * both numbers are not budget lines and are ignored.
 */
type Json = unknown;

const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const tenge = (v: Json): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
};

export function reportedSpent(sections: Json): number {
  let total = 0;
  const walk = (v: Json): void => {
    if (Array.isArray(v)) {
      for (const row of v) {
        if (isRecord(row) && tenge(row.planned) !== null && tenge(row.spent) !== null) total += tenge(row.spent) ?? 0;
        else walk(row);
      }
    } else if (isRecord(v)) {
      for (const child of Object.values(v)) walk(child);
    }
  };
  walk(sections);
  return total;
}
