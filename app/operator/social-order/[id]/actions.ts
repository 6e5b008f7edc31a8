'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { approveSocialOrderCommission } from '@/lib/services/social-order/approve-social-order-commission';
import { computeSocialOrderResults } from '@/lib/services/social-order/compute-social-order-results';

export type SocialOrderActionState = { ok: true } | { ok: false; code: string; params?: Record<string, string | number>; violations?: string[] };

/** Loads THIS social-order competition by id and checks the actor may manage it. */
async function authorise(competitionId: string) {
  const actor = await requireUser(`/operator/social-order/${competitionId}`);
  const c = await db.competition.findUnique({ where: { id: competitionId }, select: { id: true, kind: true, status: true } });
  if (!c || c.kind !== 'SOCIAL_ORDER') return { actor, error: { ok: false as const, code: 'competitionNotFound' } };
  if (!can(actor, 'manage', { type: 'competition', status: c.status })) return { actor, error: { ok: false as const, code: 'forbidden' } };
  return { actor, error: null };
}

const approveSchema = z.object({ competitionId: z.string().min(1), commissionId: z.string().min(1), expectedVersion: z.number().int().min(0) });

/** CM-2: approve the selection commission of this competition (refused with the violations). */
export async function approveCommissionAction(input: unknown): Promise<SocialOrderActionState> {
  try {
    const parsed = approveSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: 'invalidInput' };
    const { actor, error } = await authorise(parsed.data.competitionId);
    if (error) return error;
    // The commission must belong to THIS competition (ids from the form are not trusted).
    const commission = await db.commission.findFirst({ where: { id: parsed.data.commissionId, competitionId: parsed.data.competitionId }, select: { id: true } });
    if (!commission) return { ok: false, code: 'commissionNotFound' };
    const r = await approveSocialOrderCommission(db, actor, { commissionId: commission.id, expectedVersion: parsed.data.expectedVersion }, await requestContext());
    if (!r.ok) return { ok: false, code: r.error.code, ...('violations' in r ? { violations: r.violations } : {}) };
    revalidatePath(`/operator/social-order/${parsed.data.competitionId}`);
    return { ok: true };
  } catch (e) {
    console.error('approve social-order commission failed', e);
    return { ok: false, code: 'generic' };
  }
}

/** SO-1 / SO-2: compute the draft ranking per lot from the signed sheets. */
export async function computeRankingAction(input: unknown): Promise<SocialOrderActionState> {
  try {
    const parsed = z.object({ competitionId: z.string().min(1) }).safeParse(input);
    if (!parsed.success) return { ok: false, code: 'invalidInput' };
    const { actor, error } = await authorise(parsed.data.competitionId);
    if (error) return error;
    const r = await computeSocialOrderResults(db, actor, { competitionId: parsed.data.competitionId }, await requestContext());
    if (!r.ok) return { ok: false, code: r.error.code, ...(r.error.params ? { params: r.error.params } : {}) };
    revalidatePath(`/operator/social-order/${parsed.data.competitionId}`);
    return { ok: true };
  } catch (e) {
    console.error('compute social-order ranking failed', e);
    return { ok: false, code: 'generic' };
  }
}
