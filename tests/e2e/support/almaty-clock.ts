/**
 * Wall-clock values as an Almaty user types them into date inputs (Kazakhstan is UTC+5 all
 * year, no DST). Specs must not assume what time of day they run at: CI may run just after
 * Almaty midnight, when "today at 10:00" is still in the future.
 */
const ALMATY_OFFSET_MS = 5 * 3_600_000;

/** An Almaty calendar day, `days` from now, as 'YYYY-MM-DD'. */
export function almatyDay(days: number): string {
  return new Date(Date.now() + ALMATY_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Almaty local date-time `minutes` ago, as a datetime-local value 'YYYY-MM-DDTHH:mm'. */
export function almatyMinutesAgo(minutes: number): string {
  return new Date(Date.now() + ALMATY_OFFSET_MS - minutes * 60_000).toISOString().slice(0, 16);
}
