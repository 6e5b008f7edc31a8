/**
 * CO-1 — staff certificates of a creative-order provider (seed 002 L98–110): every
 * certificate of the narcology, psychiatry and TB (phthisiology) centres must be issued
 * no earlier than 10 calendar days before the application (DL-2: calendar days) and not
 * after it. The window is a setting; 10 is the default. Pure: the caller passes the
 * application date (the Almaty day of the server clock, DL-1).
 */
import { addCalendarDays, assertIsoDate, compareIsoDates, type IsoDate } from './calendar/civil-date';
import { RuleInputError } from './errors';

export const CERTIFICATE_MAX_AGE_DAYS = 10;

/** The three certificates every staff member brings (L98–110). */
export const STAFF_CERTIFICATE_KINDS = ['narcologyIssuedOn', 'psychiatryIssuedOn', 'phthisiologyIssuedOn'] as const;
export type StaffCertificateKind = (typeof STAFF_CERTIFICATE_KINDS)[number];

export type CertificateIssueCode = 'certificateTooOld' | 'certificateInFuture';
export interface CertificateIssue {
  code: CertificateIssueCode;
  /** The earliest acceptable issue date for this application. */
  earliest: IsoDate;
  applicationDate: IsoDate;
}

/** CO-1: null when the certificate is fresh enough; otherwise why not. Invalid dates throw. */
export function certificateIssue(issuedOn: IsoDate, applicationDate: IsoDate, maxAgeDays: number = CERTIFICATE_MAX_AGE_DAYS): CertificateIssue | null {
  assertIsoDate(issuedOn, 'issuedOn');
  assertIsoDate(applicationDate, 'applicationDate');
  if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0) throw new RuleInputError('OUT_OF_RANGE', 'maxAgeDays', `maxAgeDays must be a non-negative integer, got ${String(maxAgeDays)}`);
  const earliest = addCalendarDays(applicationDate, -maxAgeDays);
  if (compareIsoDates(issuedOn, applicationDate) > 0) return { code: 'certificateInFuture', earliest, applicationDate };
  if (compareIsoDates(issuedOn, earliest) < 0) return { code: 'certificateTooOld', earliest, applicationDate };
  return null;
}

export type StaffCertificates = Record<StaffCertificateKind, IsoDate>;
export interface StaffCertificateIssue extends CertificateIssue {
  /** Index of the staff member in the list. */
  staffIndex: number;
  kind: StaffCertificateKind;
  issuedOn: IsoDate;
}

/** CO-1 over a provider's whole staff list: every stale / future certificate, in list order. */
export function staffCertificateIssues(staff: readonly StaffCertificates[], applicationDate: IsoDate, maxAgeDays: number = CERTIFICATE_MAX_AGE_DAYS): StaffCertificateIssue[] {
  const out: StaffCertificateIssue[] = [];
  staff.forEach((person, staffIndex) => {
    for (const kind of STAFF_CERTIFICATE_KINDS) {
      const issue = certificateIssue(person[kind], applicationDate, maxAgeDays);
      if (issue) out.push({ ...issue, staffIndex, kind, issuedOn: person[kind] });
    }
  });
  return out;
}
