import type { PrismaClient } from '@/lib/generated/prisma/client';
import { almatyDateOf, scoringReminderDue } from '@/lib/rules';
import { enqueueNotifications } from '../notifications/enqueue-notifications';

export interface ScoringRemindersRun {
  /** Competitions in scoring whose due date falls in a reminder band today. */
  competitions: number;
  /** Notifications written (in-app + e-mail); re-runs the same day write none. */
  notifications: number;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * DL-5 reminders (issue 5): every expert of an approved commission who still has sheets
 * to sign is reminded 3 and 1 days before the scoring due date, in the cabinet and by
 * e-mail. Run by the job worker (lib/jobs) on a schedule; idempotent per competition,
 * expert and band through the outbox's dedupe keys, so a job that runs twice, or every
 * hour, reminds once.
 * "Sheets to sign" = applications the expert declared no conflict on (CI-2: only those
 * may be scored) without a signed sheet.
 */
export async function sendScoringReminders(db: PrismaClient, now: Date = new Date()): Promise<ScoringRemindersRun> {
  const today = almatyDateOf(now);
  const competitions = await db.competition.findMany({
    where: { status: 'SCORING', scoringDueOn: { not: null } },
    select: { id: true, titleKk: true, titleRu: true, titleEn: true, scoringDueOn: true },
  });
  let reminded = 0;
  let notifications = 0;
  for (const competition of competitions) {
    const dueOn = isoDay(competition.scoringDueOn!);
    const reminder = scoringReminderDue(today, dueOn);
    if (!reminder) continue;
    reminded += 1;

    const members = await db.commissionMember.findMany({
      where: { removedAt: null, expertId: { not: null }, commission: { competitionId: competition.id, purpose: 'SELECTION', status: 'APPROVED' } },
      select: { expertId: true, expert: { select: { user: { select: { id: true, locale: true, active: true } } } } },
    });
    for (const member of members) {
      const user = member.expert?.user;
      if (!member.expertId || !user?.active) continue;
      const [toScore, signed] = await Promise.all([
        db.conflictDeclaration.count({ where: { expertId: member.expertId, hasConflict: false, application: { competitionId: competition.id } } }),
        db.scoreSheet.count({ where: { expertId: member.expertId, status: 'SIGNED', application: { competitionId: competition.id } } }),
      ]);
      const unsigned = toScore - signed;
      if (unsigned <= 0) continue;
      notifications += await db.$transaction((tx) =>
        enqueueNotifications(tx, {
          templateKey: 'scoring.reminder',
          payload: {
            competitionId: competition.id,
            competitionTitleKk: competition.titleKk,
            competitionTitleRu: competition.titleRu,
            competitionTitleEn: competition.titleEn,
            dueOn,
            daysLeft: reminder.daysLeft,
            unsigned,
          },
          object: { type: 'Competition', id: competition.id },
          dedupeKey: `scoring.reminder:${competition.id}:${member.expertId}:${reminder.daysBefore}d`,
          now,
          inApp: [user],
          email: [user],
        }),
      );
    }
  }
  return { competitions: reminded, notifications };
}
