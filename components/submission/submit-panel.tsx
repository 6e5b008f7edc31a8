'use client';

import { useRouter } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { submitApplicationAction, type SubmitState } from '@/app/ngo/applications/[id]/actions';
import { refusalText } from './refusal-text';

const idle: SubmitState = { status: 'idle' };

/**
 * The Submit button with its confirmation step. The idempotency key was generated on the
 * server when the page rendered: a double click or a retry carries the same key, and the
 * server answers with the same receipt. Every refusal reason comes back and is listed.
 */
export function SubmitPanel({ applicationId, idempotencyKey }: { applicationId: string; idempotencyKey: string }) {
  const t = useTranslations('submission');
  const tl = useTranslations('languages');
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [state, action, pending] = useActionState(submitApplicationAction.bind(null, applicationId), idle);
  // The confirmation belongs to the answer it was opened after: a new answer closes it.
  const [confirmingAfter, setConfirmingAfter] = useState<SubmitState | null>(null);
  const confirming = confirmingAfter === state;
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (state.status === 'idle') return;
    resultHeading.current?.focus();
    // The answer is on screen already; now the page shows the new status, the receipt and the
    // history (the action deliberately does not re-render the page in its response).
    router.refresh();
  }, [state, router]);

  const fmt = {
    t: Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) }),
    locale,
    dateTime: (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }),
    money: (n: number) => format.number(n, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }),
    languageName: (code: string) => (tl.has(code as never) ? tl(code as never) : code),
  };

  return (
    <form action={action} className="flex flex-col gap-4" data-testid="submit-form">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {state.status === 'refused' && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900" data-testid="submit-refusals">
          <h3 ref={resultHeading} tabIndex={-1} className="font-semibold">
            {t('submit.refusedTitle')}
          </h3>
          <ul className="mt-2 list-disc pl-6">
            {state.reasons.map((r, i) => (
              <li key={`${r.code}-${i}`} data-code={r.code}>
                {refusalText(r, fmt)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.status === 'submitted' && (
        <div role="status" className="rounded border border-green-300 bg-green-50 p-4 text-green-900">
          <h3 ref={resultHeading} tabIndex={-1} className="font-semibold">
            {t('submit.submitted', { receiptNumber: state.receiptNumber })}
          </h3>
        </div>
      )}
      {!confirming ? (
        <div>
          <button
            type="button"
            onClick={() => setConfirmingAfter(state)}
            disabled={pending}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
          >
            {t('submit.button')}
          </button>
        </div>
      ) : (
        <div role="group" aria-labelledby="confirm-submit-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h3 id="confirm-submit-title" ref={confirmHeading} tabIndex={-1} className="font-semibold">
            {t('submit.confirmTitle')}
          </h3>
          <p className="mt-1">{t('submit.confirmText')}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="submit"
              disabled={pending}
              aria-disabled={pending}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
            >
              {pending ? t('submit.submitting') : t('submit.confirm')}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => setConfirmingAfter(null)}
              className="rounded border border-slate-400 bg-white px-4 py-2 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2"
            >
              {t('submit.cancel')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
