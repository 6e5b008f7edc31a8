'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { replaceMemberAction } from '@/app/operator/competitions/[id]/commission/actions';
import { FormField, inputClass } from '@/components/ui/form-field';
import { useCommissionErrorText } from './use-commission-text';

/** GC-13: replace one member by an expert from the register, with the reason (kept on the removed row). */
export function ReplaceMemberForm({
  competitionId,
  version,
  memberId,
  memberName,
  replacements,
  suggestedReason,
}: {
  competitionId: string;
  version: number;
  memberId: string;
  memberName: string;
  replacements: { id: string; label: string }[];
  suggestedReason: string;
}) {
  const t = useTranslations('commission');
  const errorText = useCommissionErrorText();
  const router = useRouter();
  const [replacement, setReplacement] = useState('');
  const [reason, setReason] = useState(suggestedReason);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ code: string; params?: Record<string, string | number>; field?: string } | null>(null);
  const idBase = `replace-${memberId}`;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    const result = await replaceMemberAction({ competitionId, expectedVersion: version, memberId, replacementExpertId: replacement, reason });
    setPending(false);
    if (!result.ok) {
      setError({ code: result.formError, ...(result.params ? { params: result.params } : {}), ...(Object.keys(result.fieldErrors)[0] ? { field: Object.keys(result.fieldErrors)[0] } : {}) });
      return;
    }
    router.refresh();
  };

  return (
    <details className="rounded border border-slate-300 p-2" data-testid={`replace-${memberId}`}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t('replace.open', { name: memberName })}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate className="mt-3 flex flex-col gap-3">
        <FormField id={`${idBase}-expert`} label={t('replace.replacement')} error={error?.field === 'replacementExpertId' ? errorText(error.code, error.params) : undefined}>
          <select id={`${idBase}-expert`} className={inputClass} value={replacement} onChange={(e) => setReplacement(e.target.value)} aria-invalid={error?.field === 'replacementExpertId' || undefined}>
            <option value="">{t('replace.choose')}</option>
            {replacements.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${idBase}-reason`} label={t('replace.reason')} error={error?.field === 'reason' ? errorText(error.code, error.params) : undefined}>
          <textarea id={`${idBase}-reason`} className={inputClass} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={error?.field === 'reason' || undefined} />
        </FormField>
        {error && !error.field && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
            {errorText(error.code, error.params)}
          </p>
        )}
        <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t('working') : t('replace.submit')}
        </button>
      </form>
    </details>
  );
}
