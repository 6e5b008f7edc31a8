'use server';

import { revalidatePath } from 'next/cache';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { scoreSheetInputSchema } from '@/lib/services/scoring/score-rules';
import { saveScoreSheet } from '@/lib/services/scoring/save-score-sheet';
import { signScoreSheet } from '@/lib/services/scoring/sign-score-sheet';

export type ScoreActionState =
  | { ok: true; version: number; status: 'DRAFT' | 'SIGNED'; total: number | null }
  | { ok: false; fieldErrors: Record<string, string>; formError: string; params?: Record<string, string | number> };

/**
 * Save a draft / sign the expert's sheet. The service loads the application named in the
 * form and re-checks, for THIS expert and THIS application: CI-1/CI-2 (policy `score`),
 * the scoring window (SCORING, APPROVED, DL-5), SC-1/SC-2 ranges, the optimistic lock.
 */
async function write(input: unknown, sign: boolean): Promise<ScoreActionState> {
  try {
    const actor = await requireUser('/expert');
    const parsed = scoreSheetInputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: {}, formError: 'invalidInput' };
    const result = await (sign ? signScoreSheet : saveScoreSheet)(db, actor, parsed.data, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, formError: result.error.code, ...(result.error.params ? { params: result.error.params } : {}) };
    revalidatePath(`/expert/applications/${parsed.data.applicationId}/score`);
    revalidatePath(`/expert/applications/${parsed.data.applicationId}`);
    revalidatePath('/expert');
    const app = await db.application.findUnique({ where: { id: parsed.data.applicationId }, select: { competitionId: true } });
    if (app) {
      revalidatePath(`/expert/competitions/${app.competitionId}`);
      revalidatePath(`/operator/competitions/${app.competitionId}/scoring`);
    }
    return { ok: true, version: result.version, status: result.status, total: result.total };
  } catch (error) {
    console.error('score sheet action failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}

export async function saveScoreSheetAction(input: unknown): Promise<ScoreActionState> {
  return write(input, false);
}

export async function signScoreSheetAction(input: unknown): Promise<ScoreActionState> {
  return write(input, true);
}
