'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { requirePermission } from '@/lib/auth/session';
import { requestContext } from '@/lib/auth/request-context';
import { decideCreativeProvider } from '@/lib/services/creative-order/decide-creative-provider';
import { setCreativePlaces } from '@/lib/services/creative-order/set-creative-places';
import { saveCreativePlan } from '@/lib/services/creative-order/save-creative-plan';
import type { CreativePlanWarning } from '@/lib/rules';

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
  revalidatePath(`${PATH}/clubs/${String(form.get('clubId') ?? '')}`);
  revalidatePath('/ngo/creative-order', 'layout');
  revalidatePath('/creative-clubs');
  return { ok: true };
}

export type CreativePlanActionState =
  | { ok: true; planId: string; warnings: CreativePlanWarning[] }
  | { ok: false; code: string; field?: string; params?: Record<string, string | number> };

/** The year's financing plan (budget, priority categories, CO-2 dates, additional funds). Operator staff only; the service re-parses the input. */
export async function savePlanAction(input: unknown): Promise<CreativePlanActionState> {
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, PATH);
  try {
    const result = await saveCreativePlan(db, actor, input as never, await requestContext());
    if (!result.ok) return { ok: false, code: result.error.code, ...(result.error.field ? { field: result.error.field } : {}), ...(result.error.params ? { params: result.error.params } : {}) };
    revalidatePath(PATH);
    revalidatePath('/creative-clubs');
    return { ok: true, planId: result.planId, warnings: result.warnings };
  } catch (error) {
    console.error('savePlanAction failed', error);
    return { ok: false, code: 'generic' };
  }
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
