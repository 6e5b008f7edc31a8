/**
 * Stage 6 announcement dates of a social-order competition (L2581–2584), as the operator
 * picks them: the announcement ≥ 20 calendar days before the application deadline and
 * ≤ 3 working days after the competition documentation was approved (not before it).
 * Pure: the decision is lib/rules' `socialOrderAnnouncementCheck`; this only turns
 * instants into Almaty days and the engine's issues into i18n codes (socialOrder.errors.*).
 */
import { almatyDateOf, socialOrderAnnouncementCheck, type AnnouncementIssue, type WorkCalendar } from '@/lib/rules';
import type { SocialOrderSettings } from './settings';

export const ANNOUNCEMENT_ISSUE_CODES: Record<AnnouncementIssue, string> = {
  ANNOUNCED_BEFORE_APPROVAL: 'announcedBeforeApproval',
  ANNOUNCED_TOO_LATE_AFTER_APPROVAL: 'announcedTooLateAfterApproval',
  DEADLINE_TOO_SOON: 'deadlineTooSoon',
};

export interface AnnouncementDatesCheck {
  /** i18n codes under socialOrder.errors; [] = the dates respect the rules. */
  issues: string[];
  latestAnnouncementOn: string;
  earliestDeadlineOn: string;
}

export function checkAnnouncementDates(
  x: { documentationApprovedOn: string; announcedAt: Date; deadlineAt: Date },
  settings: Pick<SocialOrderSettings, 'announceAfterDocsMaxWorkingDays' | 'minAnnouncementCalendarDays'>,
  cal: WorkCalendar,
): AnnouncementDatesCheck {
  const r = socialOrderAnnouncementCheck(
    { documentationApprovedOn: x.documentationApprovedOn, announcedOn: almatyDateOf(x.announcedAt), deadlineOn: almatyDateOf(x.deadlineAt) },
    cal,
    { maxWorkingDaysAfterApproval: settings.announceAfterDocsMaxWorkingDays, minCalendarDaysBeforeDeadline: settings.minAnnouncementCalendarDays },
  );
  return { issues: r.issues.map((i) => ANNOUNCEMENT_ISSUE_CODES[i]), latestAnnouncementOn: r.latestAnnouncementOn, earliestDeadlineOn: r.earliestDeadlineOn };
}
