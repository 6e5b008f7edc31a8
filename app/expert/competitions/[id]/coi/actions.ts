'use server';

import { revalidatePath } from 'next/cache';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { declarationInputSchema } from '@/lib/services/coi/declaration-input';
import { declareConflict } from '@/lib/services/coi/declare-conflict';

export type DeclarationActionState = { ok: true; hasConflict: boolean } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/**
 * One COI declaration (GC-10..GC-12). The service loads the application named in the form
 * and decides for THIS expert and THIS application: commission membership, admitted list,
 * automatic conflicts (CI-1, binding), finality.
 */
export async function declareConflictAction(input: unknown): Promise<DeclarationActionState> {
  try {
    const actor = await requireUser('/expert');
    const parsed = declarationInputSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
      return { ok: false, fieldErrors, formError: 'fixErrors' };
    }
    const result = await declareConflict(db, actor, parsed.data, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, formError: result.error.code };
    const app = await db.application.findUnique({ where: { id: parsed.data.applicationId }, select: { competitionId: true } });
    if (app) {
      revalidatePath(`/expert/competitions/${app.competitionId}/coi`);
      revalidatePath(`/expert/competitions/${app.competitionId}`);
      revalidatePath(`/operator/competitions/${app.competitionId}/scoring`);
    }
    revalidatePath('/expert');
    return { ok: true, hasConflict: result.hasConflict };
  } catch (error) {
    console.error('declareConflictAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
