import { z } from 'zod';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { loadWorkCalendar } from '../competitions/work-calendar';
import type { ServiceResult } from '../result';
import { checkAnnouncementDates } from './announcement-check';
import { socialOrderSettingsOf } from './settings';

export const socialOrderScheduleSchema = z.object({
  competitionId: z.string().min(1),
  expectedVersion: z.number().int().min(0),
  /** Stage 4: the day the competition documentation was approved (Almaty day). */
  documentationApprovedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate'),
  announcedAt: z.date(),
  deadlineAt: z.date(),
});
export type SocialOrderScheduleInput = z.input<typeof socialOrderScheduleSchema>;

/**
 * The operator sets the announcement dates of a DRAFT social-order competition (stage 6,
 * L2581–2584): the documentation approval day, the announcement and the application
 * deadline. Refused — with every broken rule listed (params: latest announcement day,
 * earliest deadline day) — when the announcement is before the approval, more than
 * 3 working days after it (DL-2 calendar with decree overrides), or fewer than 20 calendar
 * days before the deadline. Optimistic lock on Competition.version; audit in the same tx.
 */
export async function setSocialOrderSchedule(
  db: PrismaClient,
  actor: Actor,
  raw: SocialOrderScheduleInput,
  context: RequestContext,
): Promise<ServiceResult<{ version: number }> | { ok: false; error: { code: string; field?: string; params?: Record<string, string> }; issues: string[] }> {
  const parsed = socialOrderScheduleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { code: issue?.message ?? 'invalidInput', field: String(issue?.path[0] ?? 'form') }, issues: [] };
  }
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const c = await tx.competition.findUnique({
      where: { id: input.competitionId },
      select: { id: true, kind: true, status: true, version: true, settings: true, dumpingPercent: true, announcedAt: true, deadlineAt: true },
    });
    if (!c || c.kind !== 'SOCIAL_ORDER') return { ok: false as const, error: { code: 'competitionNotFound' }, issues: [] };
    if (!can(actor, 'manage', { type: 'competition', status: c.status })) return { ok: false as const, error: { code: 'forbidden' }, issues: [] };
    if (c.status !== 'DRAFT') return { ok: false as const, error: { code: 'notDraft' }, issues: [] };
    if (c.version !== input.expectedVersion) return { ok: false as const, error: { code: 'staleCompetition' }, issues: [] };

    const settings = socialOrderSettingsOf(c);
    const check = checkAnnouncementDates(input, settings, await loadWorkCalendar(tx));
    if (check.issues.length > 0) {
      return {
        ok: false as const,
        error: { code: check.issues[0]!, params: { latestAnnouncementOn: check.latestAnnouncementOn, earliestDeadlineOn: check.earliestDeadlineOn } },
        issues: check.issues,
      };
    }
    const nextSettings = { ...(c.settings as Record<string, unknown>), documentationApprovedOn: input.documentationApprovedOn } as Prisma.InputJsonValue;
    const updated = await tx.competition.updateMany({
      where: { id: c.id, version: input.expectedVersion },
      data: { settings: nextSettings, announcedAt: input.announcedAt, opensAt: input.announcedAt, deadlineAt: input.deadlineAt, version: { increment: 1 } },
    });
    if (updated.count !== 1) return { ok: false as const, error: { code: 'staleCompetition' }, issues: [] };
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'competition.social_order_schedule_set',
        object: { type: 'Competition', id: c.id },
        before: { documentationApprovedOn: settings.documentationApprovedOn, announcedAt: c.announcedAt, deadlineAt: c.deadlineAt },
        after: { documentationApprovedOn: input.documentationApprovedOn, announcedAt: input.announcedAt, deadlineAt: input.deadlineAt },
      },
      context,
    );
    return { ok: true as const, version: c.version + 1 };
  });
}
