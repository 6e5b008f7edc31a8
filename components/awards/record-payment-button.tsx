'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { recordPaymentAction, type RecordPaymentState } from '@/app/operator/awards/[id]/actions';

const OPERATOR_CODES = new Set(['generic', 'forbidden', 'invalidInput']);

/** AW-10: one laureate's "record payment" button with its outcome announced to screen readers. */
export function RecordPaymentButton({ laureateId, label }: { laureateId: string; label: string }) {
  const t = useTranslations('awards');
  const [state, action, pending] = useActionState<RecordPaymentState, FormData>(recordPaymentAction, null);
  const message =
    state === null ? null : state.ok ? t('operator.paymentRecorded') : OPERATOR_CODES.has(state.code) ? t(`operator.${state.code}` as never) : t.has(`errors.${state.code}` as never) ? t(`errors.${state.code}` as never, (state.params ?? {}) as never) : t('operator.generic');
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="laureateId" value={laureateId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60"
      >
        {pending ? t('operator.recording') : t('operator.recordPayment')}
      </button>
      <p role="status" aria-live="polite" className={state && !state.ok ? 'text-sm text-red-800' : 'text-sm text-green-900'}>
        {message}
      </p>
    </form>
  );
}
