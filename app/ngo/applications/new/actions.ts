'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { startApplication } from '@/lib/services/applications/start-application';

export type StartState = { ok: false; code: string; params?: Record<string, string | number> } | null;

/**
 * Start a DRAFT application for the lot in the form. Signed in; the lot id from the form
 * is only a key — the service loads the lot, checks membership (policy `apply` for the
 * actor's organisation), the deadline (DL-1) and eligibility (EL-1, EL-3) itself.
 */
export async function startApplicationAction(_prev: StartState, formData: FormData): Promise<StartState> {
  const lotId = String(formData.get('lotId') ?? '').slice(0, 64);
  const actor = await requireUser(`/ngo/applications/new?lotId=${encodeURIComponent(lotId)}`);
  if (!lotId) return { ok: false, code: 'lotNotFound' };
  let target: string;
  try {
    const result = await startApplication(db, actor, { lotId }, await requestContext());
    if (!result.ok) return { ok: false, code: result.error.code, params: result.error.params };
    target = `/ngo/applications/${result.applicationId}/sections/${result.firstSectionKey}`;
  } catch (error) {
    console.error('startApplicationAction failed', error);
    return { ok: false, code: 'generic' };
  }
  revalidatePath('/ngo');
  revalidatePath('/ngo/applications');
  redirect(target);
}
