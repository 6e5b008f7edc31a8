import { addCalendarDays, almatyDateOf, creativeOrderRunInstant, type IsoDate } from '@/lib/rules';

/** The daily run that will consider a request received at `at`: today's 18:00 Almaty if not yet passed, else tomorrow's (DL-1). */
export function nextRunFor(at: Date): { runOn: IsoDate; runAt: Date } {
  const today = almatyDateOf(at);
  const todayRun = creativeOrderRunInstant(today);
  if (at.getTime() <= todayRun.getTime()) return { runOn: today, runAt: todayRun };
  const tomorrow = addCalendarDays(today, 1);
  return { runOn: tomorrow, runAt: creativeOrderRunInstant(tomorrow) };
}

/** The latest run that is due at `now`: today's if 18:00 has passed, else yesterday's (a late or retried job catches up). */
export function dueRunAt(now: Date): { runOn: IsoDate; runAt: Date } {
  const today = almatyDateOf(now);
  const todayRun = creativeOrderRunInstant(today);
  if (now.getTime() >= todayRun.getTime()) return { runOn: today, runAt: todayRun };
  const yesterday = addCalendarDays(today, -1);
  return { runOn: yesterday, runAt: creativeOrderRunInstant(yesterday) };
}
