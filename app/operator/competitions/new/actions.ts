'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { createCompetitionSchema, fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';
import { createCompetition } from '@/lib/services/competitions/create-competition';

export type CreateCompetitionState =
  | { ok: true; competitionId: string }
  | { ok: false; fieldErrors: Record<string, string>; formError: string; params?: Record<string, string | number> };

/** Create a DRAFT grant competition from plan topics — operator staff (the service re-checks the plan and every topic). */
export async function createCompetitionAction(input: unknown): Promise<CreateCompetitionState> {
  try {
    const actor = await requireUser('/operator/competitions/new');
    if (!can(actor, 'manage', { type: 'competition', status: 'DRAFT' })) return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const parsed = createCompetitionSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: 'fixErrors' };
    const result = await createCompetition(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      const fieldErrors = 'fieldErrors' in result ? result.fieldErrors : {};
      return { ok: false, fieldErrors, formError: result.error.code, ...(result.error.params ? { params: result.error.params } : {}) };
    }
    revalidatePath('/operator');
    revalidatePath('/operator/plans');
    return { ok: true, competitionId: result.competitionId };
  } catch (error) {
    console.error('createCompetitionAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
