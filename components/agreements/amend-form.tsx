'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { amendAgreementAction } from '@/app/operator/agreements/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { useErrorText } from './use-error-text';

export interface AmendDefaults {
  agreementId: string;
  expectedVersion: number;
  amountKzt: string;
  periodEnd: string;
  interimDueOn: string;
  finalDueOn: string;
  /** Tranches not released yet (their amounts may change). */
  openTranches: { seq: number; amountKzt: string }[];
}

/**
 * An amendment (new revision with a reason): amount, period end, report due dates and the
 * amounts of the tranches not yet released. Sent to the NGO, accepted again by both sides.
 */
export function AmendForm({ defaults }: { defaults: AmendDefaults }) {
  const t = useTranslations('agreements.amend');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState({ reason: '', amountKzt: defaults.amountKzt, periodEnd: defaults.periodEnd, interimDueOn: defaults.interimDueOn, finalDueOn: defaults.finalDueOn });
  const [tranches, setTranches] = useState<Record<string, string>>(Object.fromEntries(defaults.openTranches.map((x) => [String(x.seq), x.amountKzt])));
  const [result, setResult] = useState<{ fieldErrors: Record<string, string>; formError: string; params?: Record<string, string | number> } | null>(null);
  const [done, setDone] = useState(false);

  const err = (name: string) => {
    const code = result?.fieldErrors[name];
    if (!code) return undefined;
    return code === result?.formError ? errorText(code, result.params) : errorText(code);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      setResult(null);
      setDone(false);
      const r = await amendAgreementAction({ agreementId: defaults.agreementId, expectedVersion: defaults.expectedVersion, ...values, tranches });
      if (!r.ok) {
        setResult({ fieldErrors: r.fieldErrors, formError: r.formError, ...(r.params ? { params: r.params } : {}) });
        return;
      }
      setDone(true);
      router.refresh();
    });
  };

  const text = (name: keyof typeof values, type: 'text' | 'date', hint?: string) => {
    const e = err(name);
    const id = `amend-${name}`;
    return (
      <FormField id={id} label={t(`fields.${name}`)} hint={hint} error={e}>
        {name === 'reason' ? (
          <textarea rows={3} className={inputClass} value={values[name]} onChange={(ev) => setValues({ ...values, [name]: ev.target.value })} {...describedBy(id, { hint: !!hint, error: !!e })} />
        ) : (
          <input
            type={type}
            inputMode={name === 'amountKzt' ? 'numeric' : undefined}
            className={inputClass}
            value={values[name]}
            onChange={(ev) => setValues({ ...values, [name]: ev.target.value })}
            {...describedBy(id, { hint: !!hint, error: !!e })}
          />
        )}
      </FormField>
    );
  };

  const tranchesError = err('tranches');
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4" aria-label={t('formLabel')}>
      {result && result.formError !== 'fixErrors' && Object.keys(result.fieldErrors).length === 0 && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(result.formError, result.params)}
        </p>
      )}
      {done && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('done')}
        </p>
      )}
      {text('reason', 'text', t('reasonHint'))}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('amountKzt', 'text')}
        {text('periodEnd', 'date')}
        {text('interimDueOn', 'date')}
        {text('finalDueOn', 'date')}
      </div>
      {defaults.openTranches.length > 0 && (
        <fieldset className="flex flex-col gap-3" aria-describedby={tranchesError ? 'amend-tranches-error' : undefined}>
          <legend className="font-medium">{t('tranchesLegend')}</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            {defaults.openTranches.map((x) => (
              <FormField key={x.seq} id={`amend-tranche-${x.seq}`} label={t('trancheField', { seq: x.seq })}>
                <input
                  type="text"
                  inputMode="numeric"
                  className={inputClass}
                  value={tranches[String(x.seq)] ?? ''}
                  onChange={(ev) => setTranches({ ...tranches, [String(x.seq)]: ev.target.value })}
                  {...describedBy(`amend-tranche-${x.seq}`, { error: !!tranchesError })}
                />
              </FormField>
            ))}
          </div>
          {tranchesError && (
            <p id="amend-tranches-error" role="alert" className="text-sm font-medium text-red-700">
              {tranchesError}
            </p>
          )}
        </fieldset>
      )}
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t('submitting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
