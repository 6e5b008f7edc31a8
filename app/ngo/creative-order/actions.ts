'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { creativeProviderDraftSchema } from '@/lib/services/creative-order/creative-order-input';
import { saveCreativeProviderDraft, type ProviderFormResult } from '@/lib/services/creative-order/save-creative-provider-draft';
import { submitCreativeProvider } from '@/lib/services/creative-order/submit-creative-provider';
import { fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';

const PATH = '/ngo/creative-order';

/** The provider is the actor's own organisation (never an id from the form); a named club must be that organisation's (IDOR). */
async function prepare(input: unknown): Promise<{ error: ProviderFormResult } | { error: null; run: (fn: typeof saveCreativeProviderDraft) => Promise<ProviderFormResult> }> {
  const actor = await requireUser(PATH);
  const providerId = actor.organizationIds[0];
  const forbidden: ProviderFormResult = { ok: false, error: { code: 'forbidden' }, fieldErrors: {} };
  if (!providerId || !can(actor, 'apply', { type: 'organization', id: providerId })) return { error: forbidden };
  const parsed = creativeProviderDraftSchema.safeParse(input);
  if (!parsed.success) return { error: { ok: false, error: { code: 'fixErrors' }, fieldErrors: fieldErrorsOf(parsed.error) } };
  if (parsed.data.clubId) {
    const club = await db.creativeClub.findUnique({ where: { id: parsed.data.clubId }, select: { providerId: true } });
    if (!club || !can(actor, 'apply', { type: 'organization', id: club.providerId }) || club.providerId !== providerId) {
      return { error: { ok: false, error: { code: 'clubNotFound' }, fieldErrors: {} } };
    }
  }
  const context = await requestContext();
  return { error: null, run: (fn) => fn(db, actor, providerId, parsed.data, context) };
}

/** «Save the draft»: kept as typed. */
export async function saveProviderDraftAction(input: unknown): Promise<ProviderFormResult> {
  try {
    const p = await prepare(input);
    if (p.error) return p.error;
    const result = await p.run(saveCreativeProviderDraft);
    revalidatePath(PATH);
    return result;
  } catch (error) {
    console.error('saveProviderDraftAction failed', error);
    return { ok: false, error: { code: 'generic' }, fieldErrors: {} };
  }
}

/** «Submit»: saves the draft, then freezes it if complete and the certificates are fresh (CO-1); otherwise the draft stays saved. */
export async function submitProviderAction(input: unknown): Promise<ProviderFormResult> {
  try {
    const p = await prepare(input);
    if (p.error) return p.error;
    const result = await p.run(submitCreativeProvider);
    revalidatePath(PATH);
    revalidatePath('/operator/creative-order');
    return result;
  } catch (error) {
    console.error('submitProviderAction failed', error);
    return { ok: false, error: { code: 'generic' }, fieldErrors: {} };
  }
}
