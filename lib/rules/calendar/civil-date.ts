/**
 * Calendar days as 'YYYY-MM-DD' strings (a day in Asia/Almaty, DL-1) and their integer
 * day numbers (days since 1970-01-01). Pure integer arithmetic (H. Hinnant's
 * days-from-civil algorithm): no Date, no time zone, no DST can leak into a day count.
 */
import { RuleInputError } from '../errors';
import { assertInteger } from '../validate';

/** A calendar day 'YYYY-MM-DD' (Asia/Almaty). */
export type IsoDate = string;

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Parses and validates; '2026-02-30', '26-1-1', '2026-13-01' all throw INVALID_DATE. */
export function parseIsoDate(date: unknown, field = 'date'): CivilDate {
  if (typeof date !== 'string') {
    throw new RuleInputError('INVALID_DATE', field, `expected a 'YYYY-MM-DD' string, got ${typeof date}`);
  }
  const m = DATE_RE.exec(date);
  if (!m) throw new RuleInputError('INVALID_DATE', field, `'${date}' is not in 'YYYY-MM-DD' form`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR) throw new RuleInputError('INVALID_DATE', field, `year ${year} is before ${MIN_YEAR}`);
  if (month < 1 || month > 12) throw new RuleInputError('INVALID_DATE', field, `'${date}' has no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RuleInputError('INVALID_DATE', field, `'${date}' does not exist (month ${month} of ${year} has ${daysInMonth(year, month)} days)`);
  }
  return { year, month, day };
}

export function assertIsoDate(date: unknown, field = 'date'): asserts date is IsoDate {
  parseIsoDate(date, field);
}

export function civilToDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dayNumberToCivil(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function toDayNumber(date: unknown, field = 'date'): number {
  const { year, month, day } = parseIsoDate(date, field);
  return civilToDayNumber(year, month, day);
}

export function fromDayNumber(dayNumber: number, field = 'date'): IsoDate {
  const { year, month, day } = dayNumberToCivil(dayNumber);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RuleInputError('OUT_OF_RANGE', field, `resulting year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function weekday(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function isWeekendDayNumber(dayNumber: number): boolean {
  const w = weekdayOfDayNumber(dayNumber);
  return w === 0 || w === 6;
}

/** DL-2: "N calendar days" are plain days; n may be negative (a day before). */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  const start = toDayNumber(date, 'date');
  assertInteger(n, 'n');
  return fromDayNumber(start + n, 'result');
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to, 'to') - toDayNumber(from, 'from');
}

/** Builds 'YYYY-MM-DD' from a year and an 'MM-DD' setting such as '03-31'. */
export function dateInYear(year: number, monthDay: string, field = 'monthDay'): IsoDate {
  assertInteger(year, 'year');
  const date = `${String(year).padStart(4, '0')}-${monthDay}`;
  assertIsoDate(date, field);
  return date;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a, 'a') - toDayNumber(b, 'b');
}
