'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { spCompetitionStepSchema } from '@/lib/services/strategic-partnership/input';
import { startAdmission } from '@/lib/services/competitions/start-admission';
import { publishStrategicPartnership } from '@/lib/services/strategic-partnership/publish-sp';
import { selectStrategicPartner } from '@/lib/services/strategic-partnership/select-partner';

export type SpActionState = { ok: true } | { ok: false; formError: string; params?: Record<string, string | number> };

/** requireUser, then the competition by id and `can(manage)` for THAT competition (the services re-check). */
async function staffFor(competitionId: unknown) {
  const id = typeof competitionId === 'string' ? competitionId : '';
  const actor = await requireUser(`/operator/strategic-partnership/${encodeURIComponent(id)}`);
  const competition = id ? await db.competition.findUnique({ where: { id }, select: { id: true, status: true, kind: true } }) : null;
  if (!competition || competition.kind !== 'STRATEGIC_PARTNERSHIP') return { actor, allowed: false as const, id };
  return { actor, allowed: can(actor, 'manage', { type: 'competition', status: competition.status }), id };
}

const refusal = (r: { error: { code: string; params?: Record<string, string | number> } }): SpActionState => ({
  ok: false,
  formError: r.error.code,
  ...(r.error.params ? { params: r.error.params } : {}),
});

/** The highest score is the strategic partner (seed 000 L102–106). */
export async function selectPartnerAction(input: unknown): Promise<SpActionState> {
  try {
    const parsed = spCompetitionStepSchema.safeParse(input);
    if (!parsed.success) return { ok: false, formError: 'invalidInput' };
    const { actor, allowed, id } = await staffFor(parsed.data.competitionId);
    if (!allowed) return { ok: false, formError: 'forbidden' };
    const result = await selectStrategicPartner(db, actor, parsed.data, await requestContext());
    if (!result.ok) return refusal(result);
    revalidatePath(`/operator/strategic-partnership/${id}`);
    return { ok: true };
  } catch (error) {
    console.error('selectPartnerAction failed', error);
    return { ok: false, formError: 'generic' };
  }
}

/** DRAFT → ANNOUNCED → OPEN: the announcement goes public (seed 000). */
export async function publishSpAction(input: unknown): Promise<SpActionState> {
  try {
    const parsed = spCompetitionStepSchema.safeParse(input);
    if (!parsed.success) return { ok: false, formError: 'invalidInput' };
    const { actor, allowed, id } = await staffFor(parsed.data.competitionId);
    if (!allowed) return { ok: false, formError: 'forbidden' };
    const result = await publishStrategicPartnership(db, actor, parsed.data, await requestContext());
    if (!result.ok) return refusal(result);
    revalidatePath(`/operator/strategic-partnership/${id}`);
    revalidatePath(`/competitions/${id}`);
    revalidatePath('/');
    return { ok: true };
  } catch (error) {
    console.error('publishSpAction failed', error);
    return { ok: false, formError: 'generic' };
  }
}

/** CLOSED → ADMISSION with the issue 5 `startAdmission` (the admission screens are the grant ones). */
export async function startSpAdmissionAction(input: unknown): Promise<SpActionState> {
  try {
    const parsed = spCompetitionStepSchema.safeParse(input);
    if (!parsed.success) return { ok: false, formError: 'invalidInput' };
    const { actor, allowed, id } = await staffFor(parsed.data.competitionId);
    if (!allowed) return { ok: false, formError: 'forbidden' };
    const result = await startAdmission(db, actor, parsed.data, await requestContext());
    if (!result.ok) return refusal(result);
    revalidatePath(`/operator/strategic-partnership/${id}`);
    revalidatePath(`/operator/competitions/${id}/admission`);
    return { ok: true };
  } catch (error) {
    console.error('startSpAdmissionAction failed', error);
    return { ok: false, formError: 'generic' };
  }
}
