'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { directCommissionSchema, isDirectCommissionKind } from '@/lib/services/commission/direct-commission';
import { openDirectScoring, openDirectScoringSchema } from '@/lib/services/commission/open-direct-scoring';
import { saveDirectCommission } from '@/lib/services/commission/save-direct-commission';

export type DirectCommissionActionState = { ok: true } | { ok: false; formError: string; params?: Record<string, string | number> };

/** Where each kind's operator page lives (revalidated after a change). */
const PAGE = { SOCIAL_ORDER: '/operator/social-order', STRATEGIC_PARTNERSHIP: '/operator/strategic-partnership', AWARD: '/operator/awards' } as const;

/** requireUser, then the competition by id and `can(manage)` for THAT competition (the services re-check). */
async function staffFor(competitionId: string) {
  const actor = await requireUser(`/operator`);
  const competition = await db.competition.findUnique({ where: { id: competitionId }, select: { id: true, status: true, kind: true } });
  if (!competition || !isDirectCommissionKind(competition.kind)) return { actor, allowed: false as const, page: null };
  return { actor, allowed: can(actor, 'manage', { type: 'competition', status: competition.status }), page: `${PAGE[competition.kind]}/${competition.id}` };
}

const refusal = (r: { error: { code: string; params?: Record<string, string | number> } }): DirectCommissionActionState => ({
  ok: false,
  formError: r.error.code,
  ...(r.error.params ? { params: r.error.params } : {}),
});

/** CM-3 / AW-8: form and approve the commission. */
export async function saveDirectCommissionAction(input: unknown): Promise<DirectCommissionActionState> {
  try {
    const parsed = directCommissionSchema.safeParse(input);
    if (!parsed.success) return { ok: false, formError: parsed.error.issues[0]?.message ?? 'invalidInput' };
    const { actor, allowed, page } = await staffFor(parsed.data.competitionId);
    if (!allowed || !page) return { ok: false, formError: 'forbidden' };
    const result = await saveDirectCommission(db, actor, parsed.data, await requestContext());
    if (!result.ok) return refusal(result);
    revalidatePath(page);
    return { ok: true };
  } catch (error) {
    console.error('saveDirectCommissionAction failed', error);
    return { ok: false, formError: 'generic' };
  }
}

/** ADMISSION → SCORING with an approved commission and the criteria. */
export async function openDirectScoringAction(input: unknown): Promise<DirectCommissionActionState> {
  try {
    const parsed = openDirectScoringSchema.safeParse(input);
    if (!parsed.success) return { ok: false, formError: 'invalidInput' };
    const { actor, allowed, page } = await staffFor(parsed.data.competitionId);
    if (!allowed || !page) return { ok: false, formError: 'forbidden' };
    const result = await openDirectScoring(db, actor, parsed.data, await requestContext());
    if (!result.ok) return refusal(result);
    revalidatePath(page);
    return { ok: true };
  } catch (error) {
    console.error('openDirectScoringAction failed', error);
    return { ok: false, formError: 'generic' };
  }
}
