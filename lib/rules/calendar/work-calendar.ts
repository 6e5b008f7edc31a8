/**
 * DL-2: the Kazakhstan working-day calendar. "N working days after X" skips Saturdays,
 * Sundays, public holidays and the days off moved from holidays that fell on a weekend;
 * government decree transfers (extra days off / extra working days) are overrides that
 * win over everything else.
 */
import { RuleInputError } from '../errors';
import { assertArray, assertNonNegativeInteger } from '../validate';
import {
  civilToDayNumber,
  dayNumberToCivil,
  daysInMonth,
  fromDayNumber,
  isWeekendDayNumber,
  toDayNumber,
  type IsoDate,
} from './civil-date';
import { KZ_HOLIDAYS, type HolidayName, type HolidaySource } from './kz-holidays';

export interface CalendarOverrides {
  /** Decree transfers: these days are days off (e.g. a bridge day). */
  extraDaysOff?: string[];
  /** Decree transfers: these days are working days (e.g. a working Saturday). */
  extraWorkingDays?: string[];
}

export type DayOffReason = 'HOLIDAY' | 'MOVED_DAY_OFF' | 'DECREE_DAY_OFF';

export interface DayOff {
  date: IsoDate;
  reason: DayOffReason;
  /** The holiday itself, or the holiday a moved day off comes from. */
  holiday?: HolidayName & { date: IsoDate };
}

interface Holiday extends HolidayName {
  dayNumber: number;
  shift: boolean;
}

/**
 * An immutable working-day calendar. The per-year tables are memoised inside it (a pure
 * cache: the same inputs always give the same table), so a long addWorkingDays walk does
 * not recompute the holiday shifts for every day.
 */
export interface WorkCalendar {
  readonly source: HolidaySource;
  readonly extraDaysOff: ReadonlySet<number>;
  readonly extraWorkingDays: ReadonlySet<number>;
  /** @internal year → (day number → day off). */
  readonly _years: Map<number, ReadonlyMap<number, DayOff>>;
}

export function workCalendar(source: HolidaySource, overrides: CalendarOverrides = {}): WorkCalendar {
  const off = overrideSet(overrides.extraDaysOff, 'overrides.extraDaysOff');
  const on = overrideSet(overrides.extraWorkingDays, 'overrides.extraWorkingDays');
  for (const d of off) {
    if (on.has(d)) {
      throw new RuleInputError('CONFLICT', 'overrides', `${fromDayNumber(d)} is listed both as an extra day off and as an extra working day`);
    }
  }
  return { source, extraDaysOff: off, extraWorkingDays: on, _years: new Map() };
}

/** The Kazakhstan calendar from `data/kz-holidays.json` plus the operator's decree overrides. */
export function kzCalendar(overrides?: { extraDaysOff?: string[]; extraWorkingDays?: string[] }): WorkCalendar {
  return workCalendar(KZ_HOLIDAYS, overrides);
}

export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  return isWorkingDayNumber(toDayNumber(date, 'date'), cal);
}

export function isWorkingDayNumber(dayNumber: number, cal: WorkCalendar): boolean {
  if (cal.extraWorkingDays.has(dayNumber)) return true;
  if (cal.extraDaysOff.has(dayNumber)) return false;
  if (isWeekendDayNumber(dayNumber)) return false;
  return !daysOffTable(dayNumberToCivil(dayNumber).year, cal).has(dayNumber);
}

/**
 * DL-2: the n-th working day strictly after `date` (n = 0 returns `date` itself, so that
 * addWorkingDays(addWorkingDays(d, a), b) = addWorkingDays(d, a + b)).
 */
export function addWorkingDays(date: string, n: number, cal: WorkCalendar): string {
  let day = toDayNumber(date, 'date');
  assertNonNegativeInteger(n, 'n');
  let left = n;
  while (left > 0) {
    day += 1;
    if (isWorkingDayNumber(day, cal)) left -= 1;
  }
  return fromDayNumber(day, 'result');
}

/** Working days in the interval (from, to]: the inverse of addWorkingDays for a working `to`. */
export function workingDaysBetween(from: string, to: string, cal: WorkCalendar): number {
  const a = toDayNumber(from, 'from');
  const b = toDayNumber(to, 'to');
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (isWorkingDayNumber(d, cal)) count++;
  return sign * count;
}

/** `date` itself when it is a working day, else the next working day. */
export function nextWorkingDayOnOrAfter(date: string, cal: WorkCalendar): string {
  let day = toDayNumber(date, 'date');
  while (!isWorkingDayNumber(day, cal)) day += 1;
  return fromDayNumber(day, 'result');
}

/**
 * Every non-weekend day off of a year with its reason, in date order (for a calendar view
 * and for audit: why was this day skipped?). Decree days off are included; decree working
 * days remove the entries they override.
 */
export function daysOffInYear(year: number, cal: WorkCalendar): DayOff[] {
  assertNonNegativeInteger(year, 'year');
  const first = civilToDayNumber(year, 1, 1);
  const last = civilToDayNumber(year, 12, 31);
  const out: DayOff[] = [];
  const table = daysOffTable(year, cal);
  for (let d = first; d <= last; d++) {
    if (cal.extraWorkingDays.has(d)) continue;
    const entry = table.get(d);
    if (entry) out.push(entry);
    else if (cal.extraDaysOff.has(d)) out.push({ date: fromDayNumber(d), reason: 'DECREE_DAY_OFF' });
  }
  return out;
}

function overrideSet(list: unknown, field: string): Set<number> {
  const out = new Set<number>();
  if (list === undefined) return out;
  assertArray(list, field);
  list.forEach((d, i) => out.add(toDayNumber(d, `${field}[${i}]`)));
  return out;
}

function statutoryHolidays(year: number, source: HolidaySource): Holiday[] {
  const list: Holiday[] = [];
  for (const h of source.fixed) {
    // A fixed 29 February would not exist in common years; skip it there.
    if (h.day > daysInMonth(year, h.month)) continue;
    list.push({ dayNumber: civilToDayNumber(year, h.month, h.day), shift: h.shift_if_weekend, name_kk: h.name_kk, name_ru: h.name_ru });
  }
  for (const h of source.movable) {
    const dn = toDayNumber(h.date, 'movable holiday date');
    if (dayNumberToCivil(dn).year === year) {
      list.push({ dayNumber: dn, shift: h.shift_if_weekend, name_kk: h.name_kk, name_ru: h.name_ru });
    }
  }
  return list.sort((a, b) => a.dayNumber - b.dayNumber);
}

/**
 * Holidays of `year` plus the moved days off they cause. A moved day off looks for the
 * next day that is not a weekend, not a holiday (of whatever year it lands in) and not
 * already taken by an earlier move. Moves from the previous year's late holidays that
 * land in this year (none with today's list, but the law does not forbid it) are kept.
 */
function daysOffTable(year: number, cal: WorkCalendar): ReadonlyMap<number, DayOff> {
  const cached = cal._years.get(year);
  if (cached) return cached;
  const table = new Map<number, DayOff>();
  for (const y of [year - 1, year]) {
    const holidays = statutoryHolidays(y, cal.source);
    const holidayDays = new Set(holidays.map((h) => h.dayNumber));
    const isHoliday = (d: number): boolean => {
      const cy = dayNumberToCivil(d).year;
      return cy === y ? holidayDays.has(d) : statutoryHolidays(cy, cal.source).some((h) => h.dayNumber === d);
    };
    const taken = new Set<number>();
    for (const h of holidays) {
      const from = { date: fromDayNumber(h.dayNumber), name_kk: h.name_kk, name_ru: h.name_ru };
      if (y === year && !table.has(h.dayNumber)) {
        table.set(h.dayNumber, { date: from.date, reason: 'HOLIDAY', holiday: from });
      }
      if (!h.shift || !isWeekendDayNumber(h.dayNumber)) continue;
      let d = h.dayNumber + 1;
      while (isWeekendDayNumber(d) || isHoliday(d) || taken.has(d)) d += 1;
      taken.add(d);
      if (dayNumberToCivil(d).year === year) {
        table.set(d, { date: fromDayNumber(d), reason: 'MOVED_DAY_OFF', holiday: from });
      }
    }
  }
  cal._years.set(year, table);
  return table;
}
