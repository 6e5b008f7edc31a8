import { addCalendarDays, compareIsoDates, type IsoDate } from '@/lib/rules';

/**
 * Seed 002 L98–110: each staff certificate (narcology, psychiatry, TB centres) must be
 * issued no earlier than 10 calendar days before the application (DL-2: calendar days),
 * and not after it. The window is a setting; 10 is the default.
 * NOTE: pure — belongs in lib/rules/creative-order (not owned by this slice); moved there later.
 */
export const CERTIFICATE_MAX_AGE_DAYS = 10;

export type CertificateIssue = { code: 'certificateTooOld' | 'certificateInFuture'; earliest: IsoDate; applicationDate: IsoDate };

export function certificateIssue(issuedOn: IsoDate, applicationDate: IsoDate, maxAgeDays: number = CERTIFICATE_MAX_AGE_DAYS): CertificateIssue | null {
  const earliest = addCalendarDays(applicationDate, -maxAgeDays);
  if (compareIsoDates(issuedOn, applicationDate) > 0) return { code: 'certificateInFuture', earliest, applicationDate };
  if (compareIsoDates(issuedOn, earliest) < 0) return { code: 'certificateTooOld', earliest, applicationDate };
  return null;
}
