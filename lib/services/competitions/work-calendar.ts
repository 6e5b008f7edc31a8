import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { kzCalendar, type WorkCalendar } from '@/lib/rules';

type Reader = PrismaClient | Prisma.TransactionClient;

/** DL-2: the Kazakhstan calendar of lib/rules plus the operator's decree overrides (CalendarOverride rows). */
export async function loadWorkCalendar(db: Reader): Promise<WorkCalendar> {
  const rows = await db.calendarOverride.findMany({ select: { date: true, kind: true } });
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return kzCalendar({
    extraDaysOff: rows.filter((r) => r.kind === 'DAY_OFF').map((r) => iso(r.date)),
    extraWorkingDays: rows.filter((r) => r.kind === 'WORKING_DAY').map((r) => iso(r.date)),
  });
}
