'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { approveSocialOrderCommission } from '@/lib/services/social-order/approve-social-order-commission';
import { computeSocialOrderResults } from '@/lib/services/social-order/compute-social-order-results';
import { decideSocialOrderAdmission } from '@/lib/services/social-order/decide-social-order-admission';
import { publishSocialOrderResults } from '@/lib/services/social-order/publish-social-order-results';
import { recordSocialOrderVotes } from '@/lib/services/social-order/record-social-order-votes';
import { setSocialOrderSchedule } from '@/lib/services/social-order/set-social-order-schedule';
import { scheduleFormSchema, scheduleFormToInput } from '@/components/social-order/schedule-form-schema';

export type SocialOrderActionState =
  | { ok: true }
  | { ok: false; code: string; field?: string; params?: Record<string, string | number>; violations?: string[]; issues?: string[] };

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

const refusal = (e: { code: string; field?: string; params?: Record<string, string | number> }): SocialOrderActionState => ({
  ok: false,
  code: e.code,
  ...(e.field ? { field: e.field } : {}),
  ...(e.params ? { params: e.params } : {}),
});

/** L2581–2584: the announcement dates, re-checked by the service on the DL-2 calendar. */
export async function setScheduleAction(competitionId: string, input: unknown): Promise<SocialOrderActionState> {
  try {
    const { actor, error } = await authorise(competitionId);
    if (error) return error;
    const parsed = scheduleFormSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, code: issue?.message ?? 'invalidInput', field: String(issue?.path[0] ?? 'form') };
    }
    const r = await setSocialOrderSchedule(db, actor, { competitionId, ...scheduleFormToInput(parsed.data) }, await requestContext());
    if (!r.ok) return { ...refusal(r.error), ...('issues' in r && r.issues.length > 0 ? { issues: r.issues } : {}) };
    revalidatePath(`/operator/social-order/${competitionId}`);
    return { ok: true };
  } catch (e) {
    console.error('set social-order schedule failed', e);
    return { ok: false, code: 'generic' };
  }
}

const admissionSchema = z.object({ applicationId: z.string().min(1), expectedVersion: z.number().int().min(0), admitted: z.boolean(), comment: z.string().max(4000).default('') });

/** Stage 6 task 1 with SO-2: admit / not admit one submitted bid of THIS competition. */
export async function decideAdmissionAction(competitionId: string, input: unknown): Promise<SocialOrderActionState> {
  try {
    const { actor, error } = await authorise(competitionId);
    if (error) return error;
    const parsed = admissionSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: 'invalidInput' };
    // The application must belong to THIS competition (ids from the form are not trusted).
    const app = await db.application.findFirst({ where: { id: parsed.data.applicationId, competitionId }, select: { id: true } });
    if (!app) return { ok: false, code: 'applicationNotFound' };
    const r = await decideSocialOrderAdmission(db, actor, { ...parsed.data, applicationId: app.id }, await requestContext());
    if (!r.ok) return refusal(r.error);
    revalidatePath(`/operator/social-order/${competitionId}`);
    return { ok: true };
  } catch (e) {
    console.error('social-order admission failed', e);
    return { ok: false, code: 'generic' };
  }
}

const votesSchema = z.object({
  decisionId: z.string().min(1),
  votes: z.array(z.object({ memberId: z.string().min(1), vote: z.enum(['FOR', 'AGAINST', 'ABSTAIN']) })),
});

/** CM-2: the members' votes on a lot's ranking (majority of all members, chair's casting vote). */
export async function recordVotesAction(competitionId: string, input: unknown): Promise<SocialOrderActionState> {
  try {
    const { actor, error } = await authorise(competitionId);
    if (error) return error;
    const parsed = votesSchema.safeParse(input);
    if (!parsed.success) return { ok: false, code: 'votesRequired', field: 'votes' };
    const decision = await db.decision.findFirst({ where: { id: parsed.data.decisionId, competitionId }, select: { id: true } });
    if (!decision) return { ok: false, code: 'decisionNotFound' };
    const r = await recordSocialOrderVotes(db, actor, { decisionId: decision.id, votes: parsed.data.votes }, await requestContext());
    if (!r.ok) return refusal(r.error);
    revalidatePath(`/operator/social-order/${competitionId}`);
    return { ok: true };
  } catch (e) {
    console.error('social-order votes failed', e);
    return { ok: false, code: 'generic' };
  }
}

/** SO-1: publish the adopted ranking (WINNER / NOT_WINNER, notifications). */
export async function publishResultsAction(competitionId: string, input: unknown): Promise<SocialOrderActionState> {
  try {
    const { actor, error } = await authorise(competitionId);
    if (error) return error;
    const parsed = z.object({ expectedVersion: z.number().int().min(0) }).safeParse(input);
    if (!parsed.success) return { ok: false, code: 'invalidInput' };
    const r = await publishSocialOrderResults(db, actor, { competitionId, expectedVersion: parsed.data.expectedVersion }, await requestContext());
    if (!r.ok) return refusal(r.error);
    revalidatePath(`/operator/social-order/${competitionId}`);
    revalidatePath(`/competitions/${competitionId}`);
    return { ok: true };
  } catch (e) {
    console.error('publish social-order results failed', e);
    return { ok: false, code: 'generic' };
  }
}
