'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { requireUser } from '@/lib/auth/session';
import { requestContext } from '@/lib/auth/request-context';
import { publicCreativeClub } from '@/lib/services/creative-order/queries';
import { requestCreativePlaceInputSchema } from '@/lib/services/creative-order/creative-order-input';
import { requestCreativePlace } from '@/lib/services/creative-order/request-creative-place';

export type RequestPlaceState =
  | { ok: true; nextRunAt: string }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };

/**
 * A parent's request for a place (seed 002 L56–65). Signed-in users only; the club is loaded
 * from the URL's id (an admitted club, or nothing) — the form's own clubId is not trusted.
 */
export async function requestPlaceAction(clubId: string, input: unknown): Promise<RequestPlaceState> {
  const actor = await requireUser(`/creative-clubs/${encodeURIComponent(clubId)}`);
  const club = await publicCreativeClub(db, clubId);
  if (!club) return { ok: false, fieldErrors: {}, formError: 'clubNotAvailable' };
  const parsed = requestCreativePlaceInputSchema.safeParse({ ...(typeof input === 'object' && input ? input : {}), clubId: club.id });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  try {
    const result = await requestCreativePlace(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      return result.error.field && result.error.field !== 'clubId'
        ? { ok: false, fieldErrors: { [result.error.field]: result.error.code } }
        : { ok: false, fieldErrors: {}, formError: result.error.code };
    }
    revalidatePath(`/creative-clubs/${club.id}`);
    return { ok: true, nextRunAt: result.nextRunAt.toISOString() };
  } catch (error) {
    console.error('requestPlaceAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
