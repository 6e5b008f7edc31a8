'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { approveCommission } from '@/lib/services/commission/approve-commission';
import { appointOfficers } from '@/lib/services/commission/appoint-officers';
import { appointOfficersSchema, approveCommissionSchema, replaceMemberSchema, saveCompositionSchema, sendCoiFormsSchema } from '@/lib/services/commission/commission-input';
import { replaceMember } from '@/lib/services/commission/replace-member';
import { saveComposition } from '@/lib/services/commission/save-composition';
import { sendCoiForms } from '@/lib/services/commission/send-coi-forms';
import { fieldErrorsOf } from '@/lib/services/experts/expert-input';
import type { ServiceResult } from '@/lib/services/result';

export type CommissionActionState =
  | { ok: true }
  | { ok: false; formError: string; params?: Record<string, string | number>; fieldErrors: Record<string, string> };

type Schema<T> = { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } };

/**
 * Every commission action: signed in, the competition named in the form loaded and
 * authorised (operator staff managing it), the input parsed with the form's schema, the
 * service called (it re-checks everything), the pages revalidated.
 */
async function run<T extends { competitionId: string }>(input: unknown, schema: Schema<T>, call: (parsed: T) => Promise<ServiceResult<object>>): Promise<CommissionActionState> {
  try {
    const actor = await requireUser('/operator');
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, formError: 'fixErrors', fieldErrors: fieldErrorsOf(parsed.error.issues) };
    const competition = await db.competition.findUnique({ where: { id: parsed.data.competitionId }, select: { id: true, status: true } });
    if (!competition) return { ok: false, formError: 'competitionNotFound', fieldErrors: {} };
    if (!can(actor, 'manage', { type: 'competition', status: competition.status })) return { ok: false, formError: 'forbidden', fieldErrors: {} };
    const result = await call(parsed.data);
    if (!result.ok) {
      const { code, field, params } = result.error;
      return { ok: false, formError: code, ...(params ? { params } : {}), fieldErrors: field ? { [field]: code } : {} };
    }
    revalidatePath(`/operator/competitions/${competition.id}/commission`);
    revalidatePath(`/operator/competitions/${competition.id}`);
    revalidatePath('/operator');
    revalidatePath('/operator/experts');
    return { ok: true };
  } catch (error) {
    console.error('commission action failed', error);
    return { ok: false, formError: 'generic', fieldErrors: {} };
  }
}

const actorOf = () => requireUser('/operator');

export async function saveCompositionAction(input: unknown) {
  return run(input, saveCompositionSchema, async (data) => saveComposition(db, await actorOf(), data, await requestContext()));
}

export async function sendCoiFormsAction(input: unknown) {
  return run(input, sendCoiFormsSchema, async (data) => sendCoiForms(db, await actorOf(), data, await requestContext()));
}

export async function replaceMemberAction(input: unknown) {
  return run(input, replaceMemberSchema, async (data) => replaceMember(db, await actorOf(), data, await requestContext()));
}

export async function appointOfficersAction(input: unknown) {
  return run(input, appointOfficersSchema, async (data) => appointOfficers(db, await actorOf(), data, await requestContext()));
}

export async function approveCommissionAction(input: unknown) {
  return run(input, approveCommissionSchema, async (data) => approveCommission(db, await actorOf(), data, await requestContext()));
}
