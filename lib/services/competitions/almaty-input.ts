import { ALMATY_UTC_OFFSET_MINUTES, almatyDateOf, almatyInstant } from '@/lib/rules';

/** 'YYYY-MM-DDTHH:MM' as typed in a datetime-local input, read as Almaty wall time (DL-1). */
export const ALMATY_LOCAL_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** The instant of an Almaty wall time typed in the form; null when empty or malformed. */
export function instantFromAlmatyInput(value: string | null | undefined): Date | null {
  const m = value ? ALMATY_LOCAL_RE.exec(value) : null;
  if (!m || !m[1] || !m[2]) return null;
  try {
    return almatyInstant(m[1], m[2]);
  } catch {
    return null;
  }
}

/** The value of a datetime-local input showing `instant` in Almaty wall time. */
export function almatyInputFromInstant(instant: Date | null | undefined): string {
  if (!instant) return '';
  const date = almatyDateOf(instant);
  const shifted = new Date(instant.getTime() + ALMATY_UTC_OFFSET_MINUTES * 60_000);
  const hh = String(shifted.getUTCHours()).padStart(2, '0');
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${date}T${hh}:${mm}`;
}

/** A `@db.Date` column value for an ISO calendar day, or null. */
export const dbDate = (iso: string | null | undefined): Date | null => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
/** The ISO calendar day of a `@db.Date` value. */
export const isoOfDbDate = (d: Date | null | undefined): string => (d ? d.toISOString().slice(0, 10) : '');
