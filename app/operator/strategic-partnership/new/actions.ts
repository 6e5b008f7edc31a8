'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { createStrategicPartnership } from '@/lib/services/strategic-partnership/create-strategic-partnership';
import { createStrategicPartnershipSchema, fieldErrorsOf } from '@/lib/services/strategic-partnership/input';

export type CreateSpState = { ok: true; competitionId: string } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/** Create a DRAFT strategic-partnership competition — operator staff; the service re-checks the organiser (central body only). */
export async function createStrategicPartnershipAction(input: unknown): Promise<CreateSpState> {
  try {
    const actor = await requireUser('/operator/strategic-partnership/new');
    if (!can(actor, 'manage', { type: 'competition', status: 'DRAFT' })) return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const parsed = createStrategicPartnershipSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: 'fixErrors' };
    const result = await createStrategicPartnership(db, actor, parsed.data, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: 'fieldErrors' in result ? result.fieldErrors : {}, formError: result.error.code };
    revalidatePath('/operator/strategic-partnership');
    revalidatePath('/operator');
    return { ok: true, competitionId: result.competitionId };
  } catch (error) {
    console.error('createStrategicPartnershipAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
