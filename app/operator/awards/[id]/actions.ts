'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { recordAwardPayment } from '@/lib/services/awards/record-award-payment';

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
