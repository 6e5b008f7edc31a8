import { prepaymentShare } from '@/lib/rules';

/**
 * MO-1: the prepayment cap of a competition — its own setting (Competition.prepaymentMaxPercent)
 * or the engine's default (grant 40%, social order 50%).
 */
export function prepaymentShareOf(kind: 'GRANT' | 'SOCIAL_ORDER', competitionPercent: number | null): { share: number; percent: number } {
  const share = competitionPercent !== null && competitionPercent >= 0 && competitionPercent <= 100 ? competitionPercent / 100 : prepaymentShare(kind);
  return { share, percent: Math.round(share * 100) };
}

/** Report.formVersion of the schedule rows an agreement creates (the seed uses the grant one). */
export const REPORT_FORM_VERSION: Record<'GRANT' | 'SOCIAL_ORDER', string> = {
  GRANT: 'grant-report-2026.1',
  SOCIAL_ORDER: 'social-order-report-2026.1',
};
