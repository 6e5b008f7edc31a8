'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { selectAwardLaureatesSchema } from '@/lib/services/awards/award-input';
import { recordAwardPayment } from '@/lib/services/awards/record-award-payment';
import { selectAwardLaureates } from '@/lib/services/awards/select-award-laureates';

export type RecordPaymentState = { ok: true } | { ok: false; code: string; params?: Record<string, string | number> } | null;

const schema = z.object({ laureateId: z.string().min(1).max(64) });

/** AW-10: record that a laureate's award was paid. The laureate is loaded by id and the policy asked for ITS cycle. */
export async function recordPaymentAction(_prev: RecordPaymentState, formData: FormData): Promise<RecordPaymentState> {
  const parsed = schema.safeParse({ laureateId: formData.get('laureateId') });
  if (!parsed.success) return { ok: false, code: 'invalidInput' };
  const actor = await requireUser('/operator/awards');
  try {
    const laureate = await db.laureate.findUnique({ where: { id: parsed.data.laureateId }, select: { competitionId: true, competition: { select: { status: true } } } });
    if (!laureate) return { ok: false, code: 'laureateNotFound' };
    if (!can(actor, 'manage', { type: 'competition', status: laureate.competition.status })) return { ok: false, code: 'forbidden' };
    const r = await recordAwardPayment(db, actor, parsed.data, await requestContext());
    if (!r.ok) return { ok: false, code: r.error.code, ...(r.error.params ? { params: r.error.params } : {}) };
    revalidatePath(`/operator/awards/${laureate.competitionId}`);
    revalidatePath('/operator/awards');
    return { ok: true };
  } catch (error) {
    console.error('record award payment failed', error);
    return { ok: false, code: 'generic' };
  }
}

export type SelectLaureatesState =
  | { ok: true; laureates: number; shareKzt: number }
  | { ok: false; code: string; field?: string; params?: Record<string, string | number> }
  | null;

/**
 * AW-9 / AW-11: the operator names the laureates of one direction of THIS cycle. The direction
 * (lot) is loaded by id, it must belong to the cycle in the URL, and the policy is asked for
 * the cycle's status; the service splits the amount equally (AW-S) and checks AW-3.
 */
export async function selectLaureatesAction(competitionId: string, _prev: SelectLaureatesState, formData: FormData): Promise<SelectLaureatesState> {
  const actor = await requireUser(`/operator/awards/${competitionId}`);
  const version = Number(formData.get('version'));
  const parsed = selectAwardLaureatesSchema.safeParse({
    lotId: formData.get('lotId'),
    applicationIds: formData.getAll('applicationIds').filter((v): v is string => typeof v === 'string'),
    ...(Number.isInteger(version) && version >= 0 ? { version } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: issue?.message ?? 'invalidInput', field: issue?.path.join('.') || 'form' };
  }
  try {
    const lot = await db.lot.findUnique({ where: { id: parsed.data.lotId }, select: { competitionId: true, competition: { select: { kind: true, status: true } } } });
    if (!lot || lot.competitionId !== competitionId || lot.competition.kind !== 'AWARD') return { ok: false, code: 'directionNotFound' };
    if (!can(actor, 'manage', { type: 'competition', status: lot.competition.status })) return { ok: false, code: 'forbidden' };
    const r = await selectAwardLaureates(db, actor, parsed.data, await requestContext());
    if (!r.ok) return { ok: false, code: r.error.code, ...(r.error.field ? { field: r.error.field } : {}), ...(r.error.params ? { params: r.error.params } : {}) };
    revalidatePath(`/operator/awards/${competitionId}`);
    revalidatePath('/operator/awards');
    return { ok: true, laureates: r.laureates.length, shareKzt: r.laureates[r.laureates.length - 1]?.amountKzt ?? 0 };
  } catch (error) {
    console.error('select award laureates failed', error);
    return { ok: false, code: 'generic' };
  }
}
