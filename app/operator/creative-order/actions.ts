'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { requirePermission } from '@/lib/auth/session';
import { requestContext } from '@/lib/auth/request-context';
import { decideCreativeProvider } from '@/lib/services/creative-order/decide-creative-provider';
import { setCreativePlaces } from '@/lib/services/creative-order/set-creative-places';

export type CreativeOperatorState = { ok: boolean; code?: string; params?: Record<string, string | number> } | null;

const PATH = '/operator/creative-order';

/** Admit or refuse a provider's club. Operator staff only; the club is loaded by id in the service. */
export async function decideClubAction(_prev: CreativeOperatorState, form: FormData): Promise<CreativeOperatorState> {
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, PATH);
  const result = await decideCreativeProvider(
    db,
    actor,
    { clubId: String(form.get('clubId') ?? ''), admitted: form.get('decision') === 'admit', comment: String(form.get('comment') ?? '') },
    await requestContext(),
  );
  if (!result.ok) return { ok: false, code: result.error.code, ...(result.error.params ? { params: result.error.params } : {}) };
  revalidatePath(PATH);
  revalidatePath('/creative-clubs');
  return { ok: true };
}

/** Places per provider in the year's plan. Operator staff only; plan and club are loaded by id in the service. */
export async function setPlacesAction(_prev: CreativeOperatorState, form: FormData): Promise<CreativeOperatorState> {
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, PATH);
  const num = (k: string) => (String(form.get(k) ?? '').trim() === '' ? Number.NaN : Number(form.get(k)));
  const result = await setCreativePlaces(
    db,
    actor,
    { planId: String(form.get('planId') ?? ''), clubId: String(form.get('clubId') ?? ''), places: num('places'), pricePerPlaceKzt: num('pricePerPlaceKzt') },
    await requestContext(),
  );
  if (!result.ok) return { ok: false, code: result.error.code, ...(result.error.params ? { params: result.error.params } : {}) };
  revalidatePath(PATH);
  revalidatePath('/creative-clubs');
  return { ok: true };
}
