const tone: Record<string, string> = {
  OPEN: 'bg-green-100 text-green-900',
  ANNOUNCED: 'bg-sky-100 text-sky-900',
  RESULTS_PUBLISHED: 'bg-indigo-100 text-indigo-900',
  WINNER: 'bg-green-100 text-green-900',
  NOT_HELD: 'bg-amber-100 text-amber-900',
  NOT_ADMITTED: 'bg-red-100 text-red-900',
  CANCELLED: 'bg-slate-200 text-slate-800',
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`rounded px-2 py-0.5 font-medium ${tone[status] ?? 'bg-slate-100 text-slate-800'}`}>{label}</span>;
}
