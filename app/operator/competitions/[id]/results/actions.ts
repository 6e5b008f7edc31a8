'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { closeScoring } from '@/lib/services/results/close-scoring';
import { meetingInputSchema } from '@/lib/services/results/meeting-input';
import { publishResults } from '@/lib/services/results/publish-results';
import { recordMeeting } from '@/lib/services/results/record-meeting';
import { resultsRole } from '@/lib/services/results/results-access';

export type ResultsActionState = { ok: true } | { ok: false; fieldErrors: Record<string, string>; formError: string; params?: Record<string, string | number> };

const idSchema = z.object({ competitionId: z.string().min(1) });

/** The competition named in the form, and this actor's role on it (staff / chair / member / none). */
async function roleOn(competitionId: string) {
  const actor = await requireUser(`/operator/competitions/${competitionId}/results`);
  const competition = await db.competition.findUnique({
    where: { id: competitionId },
    select: {
      status: true,
      commissions: {
        where: { purpose: 'SELECTION', status: 'APPROVED' },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { members: { select: { expertId: true, userId: true, role: true, removedAt: true } } },
      },
    },
  });
  if (!competition) return { actor, role: null };
  return { actor, role: resultsRole(actor, competition, competition.commissions[0]?.members ?? []) };
}

function revalidate(competitionId: string) {
  revalidatePath(`/operator/competitions/${competitionId}/results`);
  revalidatePath(`/expert/competitions/${competitionId}/results`);
  revalidatePath(`/competitions/${competitionId}`);
  revalidatePath('/operator');
}

/** Close the sealed scoring (operator staff or the commission chair; the service decides when). */
export async function closeScoringAction(input: unknown): Promise<ResultsActionState> {
  try {
    const parsed = idSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: {}, formError: 'invalidInput' };
    const { actor, role } = await roleOn(parsed.data.competitionId);
    if (role !== 'staff' && role !== 'chair') return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const result = await closeScoring(db, actor, parsed.data, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: {}, formError: result.error.code, ...(result.error.params ? { params: result.error.params } : {}) };
    revalidate(parsed.data.competitionId);
    return { ok: true };
  } catch (error) {
    console.error('closeScoringAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}

/** Record (or correct) the commission meeting: attendance, decisions' comments and votes, protocol. */
export async function recordMeetingAction(input: unknown): Promise<ResultsActionState> {
  try {
    const parsed = meetingInputSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || 'form'] ??= issue.message;
      return { ok: false, fieldErrors, formError: 'fixErrors' };
    }
    const { actor, role } = await roleOn(parsed.data.competitionId);
    if (role !== 'staff') return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const result = await recordMeeting(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      const fieldErrors = result.fieldErrors;
      return { ok: false, fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? 'fixErrors' : result.error.code };
    }
    revalidate(parsed.data.competitionId);
    return { ok: true };
  } catch (error) {
    console.error('recordMeetingAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}

/** Publish the results (operator staff, after the meeting is recorded). */
export async function publishResultsAction(input: unknown): Promise<ResultsActionState> {
  try {
    const parsed = idSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: {}, formError: 'invalidInput' };
    const { actor, role } = await roleOn(parsed.data.competitionId);
    if (role !== 'staff') return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const result = await publishResults(db, actor, parsed.data, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: {}, formError: result.error.code };
    revalidate(parsed.data.competitionId);
    return { ok: true };
  } catch (error) {
    console.error('publishResultsAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
