import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '@/prisma/seed/load';
import { addCalendarDays, almatyDateOf, almatyInstant } from '@/lib/rules';
import { sendScoringReminders } from '@/lib/services/reminders/send-scoring-reminders';
import { disconnectTestDb, testDb } from './test-db';

let competitionId = '';
const today = almatyDateOf(new Date());
const at = (date: string) => almatyInstant(date, '10:00');

async function setDueOn(date: string) {
  await testDb().competition.update({ where: { id: competitionId }, data: { scoringDueOn: new Date(`${date}T00:00:00.000Z`) } });
}
const reminders = () =>
  testDb().notification.findMany({ where: { templateKey: 'scoring.reminder', objectId: competitionId }, include: { recipient: { select: { email: true } } } });

/** Experts of the approved commission with "no conflict" declarations not yet matched by a signed sheet. */
async function expertsWithUnsignedSheets(): Promise<string[]> {
  const db = testDb();
  const members = await db.commissionMember.findMany({
    where: { removedAt: null, expertId: { not: null }, commission: { competitionId, status: 'APPROVED' } },
    select: { expertId: true, expert: { select: { user: { select: { email: true } } } } },
  });
  const out: string[] = [];
  for (const m of members) {
    const toScore = await db.conflictDeclaration.count({ where: { expertId: m.expertId!, hasConflict: false, application: { competitionId } } });
    const signed = await db.scoreSheet.count({ where: { expertId: m.expertId!, status: 'SIGNED', application: { competitionId } } });
    if (toScore > signed) out.push(m.expert!.user.email);
  }
  return out.sort();
}

beforeAll(async () => {
  await seed(testDb());
  competitionId = (await testDb().competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'SCORING' }, select: { id: true } })).id;
}, 60_000);
afterAll(disconnectTestDb);

describe('DL-5 scoring reminders (job "scoring-reminders")', () => {
  it('nothing is sent while more than 3 days are left', async () => {
    await setDueOn(addCalendarDays(today, 5));
    const run = await sendScoringReminders(testDb(), at(today));
    expect(run).toEqual({ competitions: 0, notifications: 0 });
    expect(await reminders()).toHaveLength(0);
  });

  it('3 days before: each expert with unsigned sheets gets one in-app and one e-mail reminder; signed-up experts none', async () => {
    const due = addCalendarDays(today, 3);
    await setDueOn(due);
    const pending = await expertsWithUnsignedSheets();
    expect(pending.length).toBeGreaterThan(0);

    const run = await sendScoringReminders(testDb(), at(today));
    expect(run.competitions).toBe(1);
    expect(run.notifications).toBe(pending.length * 2);
    const rows = await reminders();
    expect([...new Set(rows.map((r) => r.recipient.email))].sort()).toEqual(pending);
    expect(rows.filter((r) => r.channel === 'EMAIL').every((r) => r.status === 'PENDING')).toBe(true);
    expect(rows.filter((r) => r.channel === 'IN_APP').every((r) => r.status === 'SENT' && r.readAt === null)).toBe(true);
    const payload = rows[0]!.payload as { dueOn: string; daysLeft: number; unsigned: number };
    expect(payload.dueOn).toBe(due);
    expect(payload.daysLeft).toBe(3);
    expect(payload.unsigned).toBeGreaterThan(0);
  });

  it('a second run the same day (or a retried job) reminds nobody twice', async () => {
    const before = (await reminders()).length;
    const run = await sendScoringReminders(testDb(), at(today));
    expect(run.notifications).toBe(0);
    expect(await reminders()).toHaveLength(before);
  });

  it('1 day before: the second reminder goes out', async () => {
    await setDueOn(addCalendarDays(today, 1));
    const pending = await expertsWithUnsignedSheets();
    const before = (await reminders()).length;
    const run = await sendScoringReminders(testDb(), at(today));
    expect(run.notifications).toBe(pending.length * 2);
    expect(await reminders()).toHaveLength(before + pending.length * 2);
  });

  it('after the due date nothing more is sent', async () => {
    await setDueOn(addCalendarDays(today, -1));
    expect(await sendScoringReminders(testDb(), at(today))).toEqual({ competitions: 0, notifications: 0 });
  });
});
