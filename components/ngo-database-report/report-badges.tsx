import type { NgoDatabaseReportTimeliness } from '@/lib/rules';

const STATUS_TONE: Record<string, string> = {
  NONE: 'bg-slate-100 text-slate-800',
  DRAFT: 'bg-slate-100 text-slate-800',
  SUBMITTED: 'bg-sky-100 text-sky-900',
  APPROVED: 'bg-green-100 text-green-900',
  RETURNED: 'bg-amber-100 text-amber-900',
};

const TIMELINESS_TONE: Record<NgoDatabaseReportTimeliness, string> = {
  NOT_DUE: 'bg-slate-100 text-slate-800',
  DUE: 'bg-sky-100 text-sky-900',
  ON_TIME: 'bg-green-100 text-green-900',
  LATE: 'bg-amber-100 text-amber-900',
  MISSING: 'bg-red-100 text-red-900',
};

/** The report's workflow status (Draft / Sent / Approved / Returned). */
export function ReportStatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`rounded px-2 py-0.5 font-medium ${STATUS_TONE[status] ?? STATUS_TONE.NONE}`}>{label}</span>;
}

/** DB-1 / EL-2: on time / late / missing / due, from the rule engine. */
export function TimelinessBadge({ timeliness, label }: { timeliness: NgoDatabaseReportTimeliness; label: string }) {
  return <span className={`rounded px-2 py-0.5 font-medium ${TIMELINESS_TONE[timeliness]}`}>{label}</span>;
}
