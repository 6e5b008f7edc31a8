/**
 * Dates of the demo, all relative to the moment the seed runs (so the demo always has an
 * open competition). Calendar days are Asia/Almaty days (fixed UTC+5, DL-1); working days
 * follow the Kazakhstan calendar of lib/rules plus the seeded decree overrides (DL-2).
 */
import {
  addCalendarDays,
  addWorkingDays,
  almatyDateOf,
  almatyEndOfDay,
  almatyInstant,
  isWorkingDay,
  kzCalendar,
  type IsoDate,
  type WorkCalendar,
} from '../../lib/rules';

export interface Clock {
  now: Date;
  /** Today in Almaty. */
  today: IsoDate;
  year: number;
  cal: WorkCalendar;
  /** today + n calendar days. */
  day(n: number): IsoDate;
  /** An instant at Almaty wall time on `date` (or today + n). */
  at(date: IsoDate | number, time: string): Date;
  endOf(date: IsoDate): Date;
  /** A `@db.Date` value for the calendar day. */
  date(date: IsoDate): Date;
  addDays(date: IsoDate, n: number): IsoDate;
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** The date itself if it is a working weekday, else the nearest such day before / after it. */
  workdayOnOrBefore(date: IsoDate): IsoDate;
  workdayOnOrAfter(date: IsoDate): IsoDate;
  /** Never later than a minute before now (events of the demo's past must be in the past). */
  past(d: Date): Date;
  minutesLater(d: Date, minutes: number): Date;
}

export function makeClock(now: Date, overrides: { extraDaysOff: string[]; extraWorkingDays: string[] }): Clock {
  const today = almatyDateOf(now);
  const cal = kzCalendar(overrides);
  const self: Clock = {
    now,
    today,
    year: Number(today.slice(0, 4)),
    cal,
    day: (n) => addCalendarDays(today, n),
    at: (date, time) => almatyInstant(typeof date === 'number' ? addCalendarDays(today, date) : date, time),
    endOf: (date) => almatyEndOfDay(date),
    date: (date) => new Date(`${date}T00:00:00.000Z`),
    addDays: (date, n) => addCalendarDays(date, n),
    addWorkingDays: (date, n) => addWorkingDays(date, n, cal),
    workdayOnOrBefore: (date) => nearestWorkday(date, -1, cal),
    workdayOnOrAfter: (date) => nearestWorkday(date, 1, cal),
    past: (d) => (d.getTime() < now.getTime() - 60_000 ? d : new Date(now.getTime() - 60_000)),
    minutesLater: (d, minutes) => new Date(d.getTime() + minutes * 60_000),
  };
  return self;
}

/** Deadlines and announcements fall on ordinary working weekdays (not on a worked-off Saturday). */
function nearestWorkday(date: IsoDate, step: 1 | -1, cal: WorkCalendar): IsoDate {
  let d = date;
  while ([0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) || !isWorkingDay(d, cal)) d = addCalendarDays(d, step);
  return d;
}

/**
 * A decree-style transfer of a day off for the current year (DL-2 override example):
 * the last weekday of December becomes a day off, worked off on a Saturday a week or two before.
 */
export function decreeTransfer(year: number): { dayOff: IsoDate; workingSaturday: IsoDate } {
  let dayOff: IsoDate = `${year}-12-31`;
  while ([0, 6].includes(new Date(`${dayOff}T00:00:00Z`).getUTCDay())) dayOff = addCalendarDays(dayOff, -1);
  let sat: IsoDate = `${year}-12-19`;
  while (new Date(`${sat}T00:00:00Z`).getUTCDay() !== 6) sat = addCalendarDays(sat, 1);
  return { dayOff, workingSaturday: sat };
}
