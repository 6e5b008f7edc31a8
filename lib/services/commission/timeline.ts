import { almatyDateOf, grantTimeline, type GrantTimeline, type WorkCalendar } from '@/lib/rules';
import type { CommissionCompetition } from './commission-data';

/** DL-4 / DL-5 from the engine, with the competition's own settings (null without a deadline). */
export function competitionTimeline(competition: CommissionCompetition, cal: WorkCalendar, finalCommissionApprovedAt: Date | null = null): GrantTimeline | null {
  if (!competition.deadlineAt) return null;
  const closesOn = almatyDateOf(competition.deadlineAt);
  const announced = competition.announcedAt ?? competition.opensAt ?? competition.deadlineAt;
  return grantTimeline(
    { announcedOn: almatyDateOf(announced), closesOn, finalCommissionApprovedOn: finalCommissionApprovedAt ? almatyDateOf(finalCommissionApprovedAt) : null },
    cal,
    {
      ...(competition.coiWorkingDays !== null ? { coiDueWorkingDays: competition.coiWorkingDays } : {}),
      ...(competition.scoringWorkingDays !== null ? { scoringWorkingDays: competition.scoringWorkingDays } : {}),
    },
  );
}

/** A `@db.Date` value for an Almaty calendar day. */
export const dbDate = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);
