'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { saveCompositionAction } from '@/app/operator/competitions/[id]/commission/actions';
import { inputClass } from '@/components/ui/form-field';
import { compositionViolations, type NominationSource, type NotSelectableReason } from '@/lib/services/commission/composition';
import type { CommissionOptions } from '@/lib/rules';
import { useCommissionErrorText } from './use-commission-text';

export interface CandidateView {
  id: string;
  name: string;
  email: string;
  nominationSource: NominationSource;
  nominator: string | null;
  employer: string | null;
  operatorEmployee: boolean;
  yearsInDirection: number;
  notSelectable: NotSelectableReason[];
  /** GC-8: the NGO that nominated the expert applied in this competition. */
  nominatorApplied: boolean;
}

/**
 * The initial composition (GC-10): experts offered from the register (only selectable ones,
 * GC-7; the others listed with the reason), a secretary from operator staff, and the CM-1
 * check running live in the browser with the rule engine's `commissionViolations` (via
 * `compositionViolations`) on every change — the server runs the same check on save.
 */
export function CompositionEditor({
  competitionId,
  version,
  candidates,
  secretaries,
  initialExpertIds,
  initialSecretaryId,
  options,
}: {
  competitionId: string;
  version: number | null;
  candidates: CandidateView[];
  secretaries: { id: string; name: string }[];
  initialExpertIds: string[];
  initialSecretaryId: string | null;
  options: CommissionOptions & { grantMaxMembers: number; grantMinYearsInDirection: number; grantMinNgoShare: number };
}) {
  const t = useTranslations('commission');
  const te = useTranslations('experts');
  const errorText = useCommissionErrorText();
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>(initialExpertIds);
  const [secretary, setSecretary] = useState<string>(initialSecretaryId ?? '');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [saved, setSaved] = useState(false);

  const offered = candidates.filter((c) => c.notSelectable.length === 0);
  const notOffered = candidates.filter((c) => c.notSelectable.length > 0);
  const byId = useMemo(() => new Map(candidates.map((c) => [c.id, c])), [candidates]);
  const chosen = selected.map((id) => byId.get(id)).filter((c): c is CandidateView => c !== undefined);
  // CM-1, live: the same pure function the server calls on save.
  const violations = compositionViolations(
    chosen.map((c) => ({ id: c.id, role: 'MEMBER', nominationSource: c.nominationSource, operatorEmployee: c.operatorEmployee, yearsInDirection: c.yearsInDirection })),
    secretary || null,
    options,
    'initial',
  );
  const ngo = chosen.filter((c) => c.nominationSource === 'NGO').length;
  const people = chosen.length + (secretary ? 1 : 0);
  const dirty = secretary !== (initialSecretaryId ?? '') || selected.length !== initialExpertIds.length || selected.some((id) => !initialExpertIds.includes(id));

  const toggle = (id: string) => {
    setSaved(false);
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  };
  const save = async () => {
    setPending(true);
    setError(null);
    setSaved(false);
    const result = await saveCompositionAction({ competitionId, expectedVersion: version, expertIds: selected, secretaryUserId: secretary || null });
    setPending(false);
    if (!result.ok) {
      setError({ code: result.formError, ...(result.params ? { params: result.params } : {}) });
      return;
    }
    setSaved(true);
    router.refresh();
  };

  return (
    <section aria-labelledby="composition-title" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" data-testid="composition-editor">
      <h2 id="composition-title" className="text-xl font-semibold">{t('composition.title')}</h2>
      <p className="text-slate-700">{t('composition.lead', { max: options.grantMaxMembers, share: Math.round(options.grantMinNgoShare * 100), years: options.grantMinYearsInDirection })}</p>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t('composition.offered', { count: offered.length })}</legend>
        {offered.length === 0 && <p className="text-slate-600">{t('composition.noneOffered')}</p>}
        <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
          {offered.map((c) => (
            <li key={c.id} className="p-2">
              <label className="flex items-start gap-3">
                <input type="checkbox" className="mt-1" checked={selected.includes(c.id)} onChange={() => toggle(c.id)} aria-describedby={`candidate-${c.id}-info`} />
                <span>
                  <span className="font-medium">{c.name}</span> <span className="text-slate-600">({c.email})</span>
                  <span id={`candidate-${c.id}-info`} className="block text-sm text-slate-700">
                    {te(`sources.${c.nominationSource}`)}
                    {c.nominator ? ` — ${c.nominator}` : ''} · {t('composition.years', { years: c.yearsInDirection })}
                    {c.employer ? ` · ${c.employer}` : ''}
                    {c.operatorEmployee && <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-900">{te('list.operatorEmployee')}</span>}
                    {c.nominatorApplied && <span className="ml-2 rounded bg-red-100 px-1.5 text-red-900">{t('composition.nominatorApplied')}</span>}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      {notOffered.length > 0 && (
        <details className="rounded border border-slate-200 p-3" data-testid="not-offered">
          <summary className="cursor-pointer font-medium">{t('composition.notOffered', { count: notOffered.length })}</summary>
          <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
            {notOffered.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{c.name}</span> — {c.notSelectable.map((r) => t(`notSelectable.${r}`, { years: c.yearsInDirection, min: options.grantMinYearsInDirection })).join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="flex max-w-md flex-col gap-1">
        <label htmlFor="secretary" className="font-medium">{t('composition.secretary')}</label>
        <select id="secretary" className={inputClass} value={secretary} onChange={(e) => { setSaved(false); setSecretary(e.target.value); }} aria-describedby="secretary-hint">
          <option value="">{t('composition.noSecretary')}</option>
          {secretaries.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <p id="secretary-hint" className="text-sm text-slate-600">{t('composition.secretaryHint')}</p>
      </div>

      <div className="rounded border border-slate-200 bg-slate-50 p-3" data-testid="composition-summary">
        <p>{t('composition.summary', { people, max: options.grantMaxMembers, experts: chosen.length, ngo })}</p>
        <div role="status" aria-live="polite" className="mt-2" data-testid="live-violations">
          {violations.length === 0 ? (
            <p className="font-medium text-green-900">{t('composition.noViolations')}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {violations.map((v) => (
                <li key={v} data-testid={`violation-${v}`} className="rounded border border-red-300 bg-red-50 px-3 py-1.5 font-medium text-red-900">
                  {t(`violations.${v}` as never)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(error.code, error.params)}
        </p>
      )}
      {saved && !dirty && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('composition.saved')}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => void save()} disabled={pending || violations.length > 0 || chosen.length === 0} className="rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t('composition.saving') : t('composition.save')}
        </button>
        {violations.length > 0 && <span className="text-sm text-slate-700">{t('composition.fixFirst')}</span>}
      </div>
    </section>
  );
}
