'use client';

import { useTranslations } from 'next-intl';

const KNOWN = new Set([
  'forbidden',
  'generic',
  'invalidInput',
  'competitionNotFound',
  'commissionViolations',
  'staleCommission',
  'compositionLocked',
  'expertNotFound',
  'expertNotSelectable',
  'duplicateExpert',
  'tooMany',
  'tooLong',
  'notInAdmission',
  'staleCompetition',
  'commissionNotApproved',
  'criteriaMissing',
  'noDirectCommission',
]);
const VIOLATIONS = new Set(['EVEN_SIZE', 'TOO_FEW', 'STATE_MIN', 'CIVIL_MIN', 'NO_CHAIR', 'MORE_THAN_ONE_CHAIR']);

/** A direct-commission refusal as text: `directCommission.errors.<code>`, violation codes spelled out. */
export function useDirectCommissionErrorText() {
  const t = useTranslations('directCommission');
  return (code: string, params: Record<string, string | number> = {}) => {
    const key = KNOWN.has(code) ? code : 'generic';
    const violations = String(params.violations ?? '')
      .split(',')
      .filter((v) => VIOLATIONS.has(v))
      .map((v) => t(`violations.${v}` as never))
      .join('; ');
    return t(`errors.${key}` as never, { status: '', name: '', ...params, violations } as never);
  };
}
