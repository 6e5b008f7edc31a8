/**
 * Submissions of one competition over time, bucketed by Almaty day (fixed UTC+5, DL-1) and, on
 * the deadline day, by Almaty hour — the "deadline spike" (pure, no I/O).
 */
import { addCalendarDays, almatyDateOf, ALMATY_UTC_OFFSET_MINUTES, type IsoDate } from '@/lib/rules';

export interface DayBucket {
  /** Almaty calendar day 'YYYY-MM-DD'. */
  date: IsoDate;
  /** Days relative to the deadline day (0 = deadline day, −1 = the day before …). */
  offset: number;
  count: number;
}

export interface HourBucket {
  /** Almaty wall-clock hour 0..23 of the deadline day. */
  hour: number;
  count: number;
}

export interface SubmissionTimeline {
  deadlineDate: IsoDate;
  /** Almaty hour of the deadline instant (e.g. 18 for 18:00). */
  deadlineHour: number;
  days: DayBucket[];
  hours: HourBucket[];
  total: number;
  /** Submissions received on the deadline day. */
  onDeadlineDay: number;
  /** Received after the deadline instant (DL-1 makes these impossible; counted, never hidden). */
  late: number;
  /** Received before the first day shown (only when `maxDays` cut the range). */
  earlier: number;
}

const HOUR_MS = 3_600_000;
const OFFSET_MS = ALMATY_UTC_OFFSET_MINUTES * 60_000;

/** Almaty wall-clock hour (0..23) of an instant. */
export function almatyHourOf(instant: Date): number {
  const ms = instant.getTime() + OFFSET_MS;
  return Math.floor((((ms % 86_400_000) + 86_400_000) % 86_400_000) / HOUR_MS);
}

function dayDiff(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Days from the window's opening day (or the earliest submission, whichever is earlier) up to
 * the deadline day, every day present (zeros included); at most `maxDays` days back from the
 * deadline day, older submissions counted in `earlier`.
 */
export function submissionTimeline(input: { submittedAt: Date[]; deadlineAt: Date; opensAt?: Date | null; maxDays?: number }): SubmissionTimeline {
  const maxDays = input.maxDays ?? 60;
  if (!Number.isInteger(maxDays) || maxDays < 1) throw new RangeError('submissionTimeline: maxDays must be a positive integer');
  const deadlineDate = almatyDateOf(input.deadlineAt);
  const submittedDays = input.submittedAt.map((d) => almatyDateOf(d));
  let first = input.opensAt ? almatyDateOf(input.opensAt) : deadlineDate;
  for (const d of submittedDays) if (d < first) first = d;
  if (first > deadlineDate) first = deadlineDate;
  const span = Math.min(dayDiff(first, deadlineDate), maxDays - 1);
  const start = addCalendarDays(deadlineDate, -span);

  const days: DayBucket[] = [];
  for (let back = span; back >= 0; back--) days.push({ date: addCalendarDays(deadlineDate, -back), offset: back === 0 ? 0 : -back, count: 0 });
  const hours: HourBucket[] = Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0 }));
  let late = 0;
  let earlier = 0;
  let onDeadlineDay = 0;
  input.submittedAt.forEach((at, i) => {
    const day = submittedDays[i] as IsoDate;
    if (at.getTime() > input.deadlineAt.getTime()) {
      late += 1;
      return;
    }
    if (day < start) {
      earlier += 1;
      return;
    }
    const bucket = days[dayDiff(start, day)];
    if (bucket) bucket.count += 1;
    if (day === deadlineDate) {
      onDeadlineDay += 1;
      const h = hours[almatyHourOf(at)];
      if (h) h.count += 1;
    }
  });
  return { deadlineDate, deadlineHour: almatyHourOf(input.deadlineAt), days, hours, total: input.submittedAt.length, onDeadlineDay, late, earlier };
}
