'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { recordReturnAction } from '@/app/operator/agreements/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { useErrorText } from './use-error-text';

/** Records money the NGO returned on a released tranche. */
export function ReturnForm({ tranches }: { tranches: { id: string; seq: number }[] }) {
  const t = useTranslations('agreements.returns');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [trancheId, setTrancheId] = useState(tranches[0]?.id ?? '');
  const [amountKzt, setAmount] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<{ code: string; field?: string; params?: Record<string, string | number> } | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      setError(null);
      const r = await recordReturnAction({ trancheId, amountKzt, comment });
      if (!r.ok) {
        const field = Object.keys(r.fieldErrors)[0];
        setError({ code: field ? (r.fieldErrors[field] ?? r.formError) : r.formError, ...(field ? { field } : {}), ...(r.params ? { params: r.params } : {}) });
        return;
      }
      setAmount('');
      setComment('');
      router.refresh();
    });
  };
  const amountError = error ? errorText(error.code, error.params) : undefined;
  return (
    <form noValidate onSubmit={submit} className="grid gap-4 sm:grid-cols-4 sm:items-end" aria-label={t('formLabel')}>
      <FormField id="return-tranche" label={t('tranche')}>
        <select id="return-tranche" className={inputClass} value={trancheId} onChange={(e) => setTrancheId(e.target.value)}>
          {tranches.map((x) => (
            <option key={x.id} value={x.id}>
              {t('trancheOption', { seq: x.seq })}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="return-amount" label={t('amount')} error={amountError}>
        <input type="text" inputMode="numeric" className={inputClass} value={amountKzt} onChange={(e) => setAmount(e.target.value)} {...describedBy('return-amount', { error: !!amountError })} />
      </FormField>
      <FormField id="return-comment" label={t('comment')}>
        <input type="text" className={inputClass} value={comment} onChange={(e) => setComment(e.target.value)} id="return-comment" />
      </FormField>
      <div>
        <button type="submit" disabled={pending || !trancheId} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          {pending ? t('saving') : t('submit')}
        </button>
      </div>
    </form>
  );
}
