'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { startApplicationAction, type StartState } from './actions';

export function StartApplicationButton({ lotId }: { lotId: string }) {
  const t = useTranslations('applicationForm');
  const format = useFormatter();
  const [state, action, pending] = useActionState<StartState, FormData>(startApplicationAction, null);
  const params = { ...(state?.params ?? {}) };
  if (typeof params.deadline === 'string' && params.deadline) params.deadline = format.dateTime(new Date(params.deadline), { dateStyle: 'long', timeStyle: 'short' });
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="lotId" value={lotId} />
      {state && !state.ok && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {t.has(`refusals.${state.code}`) ? t(`refusals.${state.code}` as never, params as never) : t('refusals.generic')}
        </p>
      )}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t('start.starting') : t('start.button')}
      </button>
    </form>
  );
}
