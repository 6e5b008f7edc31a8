'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { fieldErrorsOf, updateCompetitionSettingsSchema } from '@/lib/services/competitions/competition-settings-input';
import { updateCompetitionSettings } from '@/lib/services/competitions/update-competition-settings';

export type SettingsActionState = { ok: true; version: number } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/** Save the settings of a DRAFT competition with its version (optimistic lock) — operator staff, this competition. */
export async function updateSettingsAction(input: unknown): Promise<SettingsActionState> {
  try {
    const actor = await requireUser('/operator');
    const parsed = updateCompetitionSettingsSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: 'fixErrors' };
    const c = await db.competition.findUnique({ where: { id: parsed.data.competitionId }, select: { id: true, status: true } });
    if (!c) return { ok: false, fieldErrors: {}, formError: 'competitionNotFound' };
    if (!can(actor, 'manage', { type: 'competition', status: c.status })) return { ok: false, fieldErrors: {}, formError: 'forbidden' };
    const result = await updateCompetitionSettings(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      const fieldErrors = 'fieldErrors' in result ? result.fieldErrors : {};
      return { ok: false, fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? 'fixErrors' : result.error.code };
    }
    revalidatePath(`/operator/competitions/${c.id}`);
    revalidatePath(`/operator/competitions/${c.id}/settings`);
    return { ok: true, version: result.version };
  } catch (error) {
    console.error('updateSettingsAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
