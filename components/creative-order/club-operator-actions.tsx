'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { decideClubAction, setPlacesAction, type CreativeOperatorState } from '@/app/operator/creative-order/actions';
import { inputClass } from '@/components/ui/form-field';

function Feedback({ state }: { state: CreativeOperatorState }) {
  const te = useTranslations('creativeOrder.errors');
  const t = useTranslations('creativeOrder.operator');
  if (!state) return null;
  if (state.ok) return <p role="status" className="text-sm text-green-800">{t('saved')}</p>;
  const code = state.code ?? 'generic';
  return (
    <p role="alert" className="text-sm font-medium text-red-700">
      {te.has(code) ? te(code as never, (state.params ?? {}) as never) : te('generic')}
    </p>
  );
}

/** Admit / refuse a SUBMITTED club (refusal needs a comment). */
export function DecideClubForm({ clubId }: { clubId: string }) {
  const t = useTranslations('creativeOrder.operator');
  const [state, action, pending] = useActionState(decideClubAction, null);
  const id = useId();
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="clubId" value={clubId} />
      <label htmlFor={`${id}-comment`} className="text-sm font-medium">
        {t('comment')}
      </label>
      <input id={`${id}-comment`} name="comment" className={inputClass} />
      <div className="flex gap-2">
        <button type="submit" name="decision" value="admit" disabled={pending} className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {t('admit')}
        </button>
        <button type="submit" name="decision" value="refuse" disabled={pending} className="rounded border border-red-700 px-3 py-1 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60">
          {t('refuse')}
        </button>
      </div>
      <Feedback state={state} />
    </form>
  );
}

/** Places and voucher price of an ADMITTED club in the plan year. */
export function PlacesForm({ planId, clubId, places, price }: { planId: string; clubId: string; places: number | null; price: number | null }) {
  const t = useTranslations('creativeOrder.operator');
  const [state, action, pending] = useActionState(setPlacesAction, null);
  const id = useId();
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="clubId" value={clubId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-places`} className="text-sm font-medium">
          {t('placesLabel')}
        </label>
        <input id={`${id}-places`} name="places" type="number" min={0} step={1} defaultValue={places ?? ''} className={`${inputClass} w-24`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-price`} className="text-sm font-medium">
          {t('priceLabel')}
        </label>
        <input id={`${id}-price`} name="pricePerPlaceKzt" type="number" min={1} step={1} defaultValue={price ?? ''} className={`${inputClass} w-36`} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t('savePlaces')}
      </button>
      <div className="basis-full">
        <Feedback state={state} />
      </div>
    </form>
  );
}
