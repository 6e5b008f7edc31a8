'use client';

import { useTranslations } from 'next-intl';

const KNOWN = new Set([
  'invalidInput',
  'forbidden',
  'generic',
  'competitionNotFound',
  'notStrategicPartnership',
  'commissionViolations',
  'staleCommission',
  'compositionLocked',
  'expertNotFound',
  'expertNotSelectable',
  'duplicateExpert',
  'tooMany',
  'required',
  'notInAdmission',
  'staleCompetition',
  'commissionNotApproved',
  'criteriaMissing',
  'notScoring',
  'scoringIncomplete',
  'noApplications',
  'notDraft',
  'deadlineMissing',
  'deadlinePassed',
  'budgetMissing',
  'transitionNotAllowed',
]);
const VIOLATIONS = new Set(['STATE_MIN', 'CIVIL_MIN', 'NO_CHAIR', 'MORE_THAN_ONE_CHAIR']);

/** A service refusal as text: `strategicPartnership.errors.<code>`, CM-3 violation codes spelled out. */
export function useSpErrorText() {
  const t = useTranslations('strategicPartnership');
  return (code: string, params: Record<string, string | number> = {}) => {
    const key = KNOWN.has(code) ? code : 'generic';
    const violations = String(params.violations ?? '')
      .split(',')
      .filter((v) => VIOLATIONS.has(v))
      .map((v) => t(`violations.${v}` as never))
      .join('; ');
    return t(`errors.${key}` as never, { status: '', name: '', missing: 0, ...params, violations } as never);
  };
}
