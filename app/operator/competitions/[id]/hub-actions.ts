'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { cancelCompetition } from '@/lib/services/competitions/cancel-competition';
import { declareCompetitionNotHeld } from '@/lib/services/competitions/declare-not-held';
import { publishCompetition } from '@/lib/services/competitions/publish-competition';
import { reannounceLot } from '@/lib/services/competitions/reannounce-lot';
import { startAdmission } from '@/lib/services/competitions/start-admission';

export type HubActionState = { ok: true; competitionId?: string } | { ok: false; code: string; params?: Record<string, string | number>; issues?: { code: string; params?: Record<string, string | number> }[] };

const base = z.object({ competitionId: z.string().min(1), expectedVersion: z.number().int().min(0) });

/** Who, and may they manage THIS competition (loaded by id, never trusted from the form). */
async function authorise(competitionId: string) {
  const actor = await requireUser(`/operator/competitions/${competitionId}`);
  const c = await db.competition.findUnique({ where: { id: competitionId }, select: { id: true, status: true } });
  if (!c) return { error: { ok: false as const, code: 'competitionNotFound' } };
  if (!can(actor, 'manage', { type: 'competition', status: c.status })) return { error: { ok: false as const, code: 'forbidden' } };
  return { error: null, actor, competition: c };
}

function refreshed(id: string) {
  revalidatePath(`/operator/competitions/${id}`);
  revalidatePath('/operator');
  revalidatePath(`/competitions/${id}`);
  revalidatePath('/');
}

async function run(input: unknown, extra: z.ZodRawShape, call: (actor: Awaited<ReturnType<typeof authorise>> & { error: null }, data: Record<string, unknown>) => Promise<HubActionState>): Promise<HubActionState> {
  try {
    const parsed = base.extend(extra).safeParse(input);
    if (!parsed.success) return { ok: false, code: parsed.error.issues[0]?.message === 'reasonRequired' ? 'reasonRequired' : 'invalidInput' };
    const data = parsed.data as Record<string, unknown>;
    const competitionId = String(data.competitionId);
    const a = await authorise(competitionId);
    if (a.error) return a.error;
    const result = await call(a as Awaited<ReturnType<typeof authorise>> & { error: null }, data);
    if (result.ok) refreshed(competitionId);
    return result;
  } catch (error) {
    console.error('competition hub action failed', error);
    return { ok: false, code: 'generic' };
  }
}

/** Publish: DRAFT → ANNOUNCED (→ OPEN if the opening has passed); refused with every reason (DL-3, missing fields). */
export async function publishAction(input: unknown): Promise<HubActionState> {
  return run(input, {}, async ({ actor }, d) => {
    const r = await publishCompetition(db, actor, { competitionId: String(d.competitionId), expectedVersion: Number(d.expectedVersion) }, await requestContext());
    if (r.ok) return { ok: true };
    return { ok: false, code: r.error.code, ...(r.error.params ? { params: r.error.params } : {}), ...('issues' in r ? { issues: r.issues } : {}) };
  });
}

/** CLOSED → ADMISSION. */
export async function startAdmissionAction(input: unknown): Promise<HubActionState> {
  return run(input, {}, async ({ actor }, d) => {
    const r = await startAdmission(db, actor, { competitionId: String(d.competitionId), expectedVersion: Number(d.expectedVersion) }, await requestContext());
    return r.ok ? { ok: true } : { ok: false, code: r.error.code, ...(r.error.params ? { params: r.error.params } : {}) };
  });
}

/** SC-4 before scoring: every lot not held → the competition NOT_HELD. */
export async function declareNotHeldAction(input: unknown): Promise<HubActionState> {
  return run(input, { comment: z.string().max(2000).default('') }, async ({ actor }, d) => {
    const r = await declareCompetitionNotHeld(db, actor, { competitionId: String(d.competitionId), expectedVersion: Number(d.expectedVersion), comment: String(d.comment ?? '') }, await requestContext());
    return r.ok ? { ok: true } : { ok: false, code: r.error.code, ...(r.error.params ? { params: r.error.params } : {}) };
  });
}

/** Cancel with a reason. */
export async function cancelAction(input: unknown): Promise<HubActionState> {
  return run(input, { reason: z.string().trim().min(1, 'reasonRequired').max(2000) }, async ({ actor }, d) => {
    const r = await cancelCompetition(db, actor, { competitionId: String(d.competitionId), expectedVersion: Number(d.expectedVersion), reason: String(d.reason) }, await requestContext());
    return r.ok ? { ok: true } : { ok: false, code: r.error.code, ...(r.error.params ? { params: r.error.params } : {}) };
  });
}

/** A lot declared not held → a DRAFT additional competition (one step). */
export async function reannounceAction(input: unknown): Promise<HubActionState> {
  return run(input, { lotId: z.string().min(1) }, async ({ actor }, d) => {
    const r = await reannounceLot(db, actor, { competitionId: String(d.competitionId), lotId: String(d.lotId) }, await requestContext());
    if (!r.ok) return { ok: false, code: r.error.code, ...(r.error.params ? { params: r.error.params } : {}) };
    revalidatePath(`/operator/competitions/${r.competitionId}`);
    return { ok: true, competitionId: r.competitionId };
  });
}
