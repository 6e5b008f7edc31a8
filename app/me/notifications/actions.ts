'use server';

import { z } from 'zod';
import { db } from '@/lib/db';
import { requireUser } from '@/lib/auth/session';
import { markNotificationsRead } from '@/lib/services/notifications/mark-notifications-read';

const idsSchema = z.array(z.string().min(1).max(64)).max(500);

/** Marks the listed notifications read — only the caller's own (the service filters by recipient). */
export async function markNotificationsReadAction(ids: unknown): Promise<{ ok: boolean; count: number }> {
  // Any signed-in user has notifications; the service only touches rows addressed to them.
  const actor = await requireUser('/me/notifications');
  const parsed = idsSchema.safeParse(ids);
  if (!parsed.success) return { ok: false, count: 0 };
  // No revalidation: the cabinet pages are rendered per request and read the count afresh
  // (a revalidation would re-render the list the reader is looking at).
  const result = await markNotificationsRead(db, actor, parsed.data);
  return { ok: result.ok, count: result.ok ? result.count : 0 };
}
