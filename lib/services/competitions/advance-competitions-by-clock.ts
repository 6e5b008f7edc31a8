import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { addWorkingDays, almatyDateOf, checkTransition, isCompetitionKind, isOnTime } from '@/lib/rules';
import { dbDate } from './almaty-input';
import { GRANT_DEFAULTS } from './grant-defaults';
import { loadWorkCalendar } from './work-calendar';

const SYSTEM_CONTEXT: RequestContext = { requestId: null, ip: null };

/**
 * The server clock moves competitions (SYSTEM transitions, ST-*):
 *  - ANNOUNCED → OPEN once the opening instant has come (opensAt ≤ now);
 *  - OPEN → CLOSED once the deadline has passed — DL-1: a submission is on time iff received
 *    at or before the deadline instant, so at exactly the deadline it is still OPEN.
 * Each competition moves in its own transaction, guarded by status + version, so two
 * runs at once (or a run next to an operator's action) never move one twice. The COI due
 * day (DL-4) is recomputed at the close on the current Kazakhstan calendar. Audited with
 * no actor (`competition.opened` / `competition.closed`). Idempotent.
 */
export async function advanceCompetitionsByClock(
  db: PrismaClient,
  now: Date,
  context: RequestContext = SYSTEM_CONTEXT,
): Promise<{ opened: string[]; closed: string[] }> {
  const opened: string[] = [];
  const closed: string[] = [];

  const toOpen = await db.competition.findMany({ where: { status: 'ANNOUNCED', opensAt: { lte: now } }, select: { id: true, kind: true, version: true, opensAt: true } });
  for (const c of toOpen) {
    const kind = isCompetitionKind(c.kind) ? c.kind : undefined;
    if (!checkTransition('competition', 'ANNOUNCED', 'OPEN', 'SYSTEM', { kind }).ok) continue;
    const moved = await db.$transaction(async (tx) => {
      const r = await tx.competition.updateMany({ where: { id: c.id, status: 'ANNOUNCED', version: c.version }, data: { status: 'OPEN', version: { increment: 1 } } });
      if (r.count !== 1) return false;
      await recordAuditEvent(tx, { actor: null, action: 'competition.opened', object: { type: 'Competition', id: c.id }, before: { status: 'ANNOUNCED' }, after: { status: 'OPEN', opensAt: c.opensAt, at: now } }, context);
      return true;
    });
    if (moved) opened.push(c.id);
  }

  const candidates = await db.competition.findMany({
    where: { status: 'OPEN', deadlineAt: { lt: now } },
    select: { id: true, kind: true, version: true, deadlineAt: true, coiWorkingDays: true },
  });
  if (candidates.length === 0) return { opened, closed };
  const cal = await loadWorkCalendar(db);
  for (const c of candidates) {
    // DL-1, decided by the engine: still on time at the deadline instant itself.
    if (!c.deadlineAt || isOnTime(now, c.deadlineAt)) continue;
    const kind = isCompetitionKind(c.kind) ? c.kind : undefined;
    if (!checkTransition('competition', 'OPEN', 'CLOSED', 'SYSTEM', { kind }).ok) continue;
    const coiDueOn = addWorkingDays(almatyDateOf(c.deadlineAt), c.coiWorkingDays ?? GRANT_DEFAULTS.coiWorkingDays, cal);
    const moved = await db.$transaction(async (tx) => {
      const r = await tx.competition.updateMany({
        where: { id: c.id, status: 'OPEN', version: c.version },
        data: { status: 'CLOSED', coiDueOn: dbDate(coiDueOn), version: { increment: 1 } },
      });
      if (r.count !== 1) return false;
      await recordAuditEvent(
        tx,
        { actor: null, action: 'competition.closed', object: { type: 'Competition', id: c.id }, before: { status: 'OPEN' }, after: { status: 'CLOSED', deadlineAt: c.deadlineAt, at: now, coiDueOn } },
        context,
      );
      return true;
    });
    if (moved) closed.push(c.id);
  }
  return { opened, closed };
}
