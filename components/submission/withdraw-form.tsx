'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { withdrawApplicationAction, type WithdrawState } from '@/app/ngo/applications/[id]/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { refusalText } from './refusal-text';

const idle: WithdrawState = { status: 'idle' };

/** Withdraw before the deadline, with a mandatory reason and a confirmation step; the typed reason survives a refusal. */
export function WithdrawForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations('submission');
  const tl = useTranslations('languages');
  const format = useFormatter();
  const locale = useLocale();
  const [state, action, pending] = useActionState(withdrawApplicationAction.bind(null, applicationId), idle);
  const [reason, setReason] = useState('');
  const [confirmingAfter, setConfirmingAfter] = useState<WithdrawState | null>(null);
  const confirming = confirmingAfter === state;
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const fmt = {
    t: Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) }),
    locale,
    dateTime: (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }),
    money: (n: number) => format.number(n, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }),
    languageName: (code: string) => (tl.has(code as never) ? tl(code as never) : code),
  };
  const error = state.status === 'refused' ? refusalText(state.error, fmt) : undefined;
  const fieldError = state.status === 'refused' && state.error.field === 'reason' ? error : undefined;

  return (
    <form action={action} className="flex flex-col gap-4" data-testid="withdraw-form">
      {state.status === 'refused' && !fieldError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      <FormField id="withdraw-reason" label={t('withdraw.reason')} hint={t('withdraw.reasonHint')} error={fieldError}>
        <textarea
          name="reason"
          rows={3}
          maxLength={2000}
          aria-required="true"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          className={inputClass}
          {...describedBy('withdraw-reason', { hint: true, error: !!fieldError })}
        />
      </FormField>
      {!confirming ? (
        <div>
          <button
            type="button"
            onClick={() => setConfirmingAfter(state)}
            className="rounded border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            {t('withdraw.button')}
          </button>
        </div>
      ) : (
        <div role="group" aria-labelledby="confirm-withdraw-title" className="rounded-lg border border-red-300 bg-red-50 p-4">
          <h3 id="confirm-withdraw-title" ref={confirmHeading} tabIndex={-1} className="font-semibold">
            {t('withdraw.confirmTitle')}
          </h3>
          <p className="mt-1">{t('withdraw.confirmText')}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="submit"
              disabled={pending}
              className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
            >
              {pending ? t('withdraw.working') : t('withdraw.confirm')}
            </button>
            <button
              type="button"
              onClick={() => setConfirmingAfter(null)}
              className="rounded border border-slate-400 bg-white px-4 py-2 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2"
            >
              {t('withdraw.cancel')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
