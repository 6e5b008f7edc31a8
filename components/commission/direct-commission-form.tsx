'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { saveDirectCommissionAction } from '@/app/operator/direct-commission-actions';
import { inputClass } from '@/components/ui/form-field';
import { commissionViolations, type CommissionOptions } from '@/lib/rules';
import type { DirectCommissionKind } from '@/lib/services/commission/direct-commission';
import { useDirectCommissionErrorText } from './use-direct-commission-error';

type Side = 'STATE' | 'CIVIL';
type Role = 'CHAIR' | 'DEPUTY' | 'MEMBER';
interface MemberRow {
  key: number;
  expertId: string;
  side: Side;
  role: Role;
}

/**
 * A commission approved without the grant COI round (the strategic partnership's CM-3, seed
 * 000 L97–100, with its minimums; the award's, AW-8, chair checks only): register entries,
 * each for the state body or civil society, one chair. The same engine call as the server
 * (`commissionViolations`) shows the shortfall live; saving approves the composition (the
 * server checks again).
 */
export function DirectCommissionForm({
  kind,
  competitionId,
  version,
  options,
  minMembers = 0,
  register,
  initial,
}: {
  kind: DirectCommissionKind;
  competitionId: string;
  version: number | null;
  /** The engine's options for this kind, as the server checks it (CM-2 organiser flag, CM-3 minimums). */
  options: CommissionOptions;
  /** CM-2 least number of voting members (social order only), for the live count. */
  minMembers?: number;
  register: { id: string; label: string }[];
  initial: { expertId: string; side: Side; role: Role }[];
}) {
  const t = useTranslations('directCommission');
  const errorText = useDirectCommissionErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [saved, setSaved] = useState(false);
  const [orderNumber, setOrderNumber] = useState('');
  const [rows, setRows] = useState<MemberRow[]>(() => initial.map((m, i) => ({ key: i, ...m })));
  const [nextKey, setNextKey] = useState(initial.length);

  const chosen = rows.filter((r) => r.expertId !== '');
  let live: string[] = [];
  try {
    live = commissionViolations(
      kind,
      chosen.map((r) => ({ id: r.expertId, role: r.role, side: r.side, operatorEmployee: false, yearsInDirection: 0 })),
      options,
    );
  } catch {
    live = ['duplicate'];
  }
  const stateCount = chosen.filter((r) => r.side === 'STATE').length;
  const civilCount = chosen.filter((r) => r.side === 'CIVIL').length;
  const update = (key: number, patch: Partial<MemberRow>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = () =>
    startTransition(async () => {
      setError(null);
      setSaved(false);
      const result = await saveDirectCommissionAction({ competitionId, expectedVersion: version, orderNumber, members: chosen.map(({ expertId, side, role }) => ({ expertId, side, role })) });
      if (!result.ok) {
        setError({ code: result.formError, ...(result.params ? { params: result.params } : {}) });
        return;
      }
      setSaved(true);
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
      <p aria-live="polite" className={live.length === 0 ? 'text-green-800' : 'text-amber-800'}>
        {kind === 'STRATEGIC_PARTNERSHIP'
          ? t('counts', { state: stateCount, civil: civilCount, minState: options.strategicMinState ?? 0, minCivil: options.strategicMinCivil ?? 0 })
          : kind === 'SOCIAL_ORDER'
            ? t('countsSocialOrder', { count: chosen.length, min: minMembers })
            : t('countsAward', { state: stateCount, civil: civilCount })}{' '}
        {live.length === 0
          ? t('ok')
          : live.includes('duplicate')
            ? t('errors.duplicateExpert')
            : live
                .filter((v) => ['EVEN_SIZE', 'TOO_FEW', 'STATE_MIN', 'CIVIL_MIN', 'NO_CHAIR', 'MORE_THAN_ONE_CHAIR'].includes(v))
                .map((v) => t(`violations.${v}` as never))
                .join('; ')}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">{t('member')}</th>
            <th scope="col" className="p-2">{t('side')}</th>
            <th scope="col" className="p-2">{t('role')}</th>
            <th scope="col" className="p-2">
              <span className="sr-only">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key} className="border-t border-slate-200">
              <td className="p-2">
                <select aria-label={t('memberN', { number: i + 1 })} className={inputClass} value={r.expertId} onChange={(e) => update(r.key, { expertId: e.target.value })}>
                  <option value="">{t('choose')}</option>
                  {register.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="p-2">
                <select aria-label={t('sideN', { number: i + 1 })} className={inputClass} value={r.side} onChange={(e) => update(r.key, { side: e.target.value as Side })}>
                  <option value="STATE">{t('sideState')}</option>
                  <option value="CIVIL">{t('sideCivil')}</option>
                </select>
              </td>
              <td className="p-2">
                <select aria-label={t('roleN', { number: i + 1 })} className={inputClass} value={r.role} onChange={(e) => update(r.key, { role: e.target.value as Role })}>
                  <option value="MEMBER">{t('roleMember')}</option>
                  <option value="CHAIR">{t('roleChair')}</option>
                  <option value="DEPUTY">{t('roleDeputy')}</option>
                </select>
              </td>
              <td className="p-2">
                <button type="button" className="rounded border border-slate-400 px-3 py-1 hover:bg-slate-100" onClick={() => setRows((list) => list.filter((x) => x.key !== r.key))}>
                  {t('remove', { number: i + 1 })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <button
          type="button"
          className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-slate-50"
          onClick={() => {
            setRows((list) => [...list, { key: nextKey, expertId: '', side: 'CIVIL', role: 'MEMBER' }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t('add')}
        </button>
      </div>
      <div className="flex max-w-sm flex-col gap-1">
        <label htmlFor="commission-order-number" className="font-medium">
          {t('orderNumber')}
        </label>
        <input id="commission-order-number" className={inputClass} value={orderNumber} onChange={(e) => setOrderNumber(e.target.value)} maxLength={100} />
      </div>
      <div>
        <button type="button" disabled={pending} onClick={save} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t('saving') : t('save')}
        </button>
      </div>
      {saved && (
        <p role="status" className="text-green-800">
          {t('saved')}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(error.code, error.params)}
        </p>
      )}
    </div>
  );
}
