/**
 * DL-1: deadlines are instants in Asia/Almaty.
 *
 * ASSUMPTION (documented, deliberate): Kazakhstan has used a single time zone, UTC+5,
 * since 2024-03-01 and observes no daylight saving time, so Almaty wall time is computed
 * with a fixed +05:00 offset — pure arithmetic, no tz database, no host-time-zone leak.
 * Instants before 2024-03-01 (when Almaty was UTC+6) are therefore off by one hour; the
 * portal only schedules deadlines from 2024 onwards.
 */
import { RuleInputError } from '../errors';
import { assertInstant } from '../validate';
import { fromDayNumber, toDayNumber, type IsoDate } from './civil-date';

export const ALMATY_UTC_OFFSET_MINUTES = 5 * 60;
const OFFSET_MS = ALMATY_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** 00:00:00.000 Almaty of `date`, as an instant. */
export function almatyStartOfDay(date: string): Date {
  return new Date(toDayNumber(date, 'date') * DAY_MS - OFFSET_MS);
}

/** 23:59:59.999 Almaty of `date`, as an instant: "by 31 March" means up to this instant. */
export function almatyEndOfDay(date: string): Date {
  return new Date(toDayNumber(date, 'date') * DAY_MS - OFFSET_MS + DAY_MS - 1);
}

/** A wall-clock time 'HH:MM' or 'HH:MM:SS' in Almaty on `date`, as an instant. */
export function almatyInstant(date: string, time: string): Date {
  const m = typeof time === 'string' ? TIME_RE.exec(time) : null;
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  const s = Number(m?.[3] ?? 0);
  if (!m || h > 23 || min > 59 || s > 59) {
    throw new RuleInputError('INVALID_TIME', 'time', `expected 'HH:MM' or 'HH:MM:SS' (00:00–23:59:59), got '${String(time)}'`);
  }
  return new Date(almatyStartOfDay(date).getTime() + ((h * 60 + min) * 60 + s) * 1000);
}

/** The Almaty calendar day an instant falls on. */
export function almatyDateOf(instant: Date): IsoDate {
  assertInstant(instant, 'instant');
  return fromDayNumber(Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS), 'instant');
}
