/**
 * The social-order settings of a competition (Competition.settings JSON + columns), read as
 * rule options. Pure: no I/O. Numbers come from the competition (copied from the rulebook
 * defaults at creation, editable by staff); missing values fall back to lib/rules defaults.
 */
import { DEFAULT_RULE_SETTINGS, type DiscountBand } from '@/lib/rules';

export interface SocialOrderSettings {
  /** SO-2: dumping share (0.2 = bids more than 20% below the allocated amount). */
  dumpingShare: number;
  /** SO-1: discount bands as the rule engine takes them ({ from, rate }). */
  discountBands: DiscountBand[];
  /** CM-2: the competition is run by a single organiser (≥ 5 members). */
  singleOrganizer: boolean;
  /** Stage 4: the day the competition documentation was approved (YYYY-MM-DD), if recorded. */
  documentationApprovedOn: string | null;
  /** Stage 6 (L2581–2584). */
  announceAfterDocsMaxWorkingDays: number;
  minAnnouncementCalendarDays: number;
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

export function socialOrderSettingsOf(competition: { settings: unknown; dumpingPercent: number | null }): SocialOrderSettings {
  const s = obj(competition.settings);
  const d = DEFAULT_RULE_SETTINGS.socialOrder;
  // The seed / settings form store bands as { min, max, percent }; the engine wants { from, rate }.
  const rawBands = Array.isArray(s.discountBands) ? s.discountBands.map(obj) : [];
  const bands = rawBands.flatMap((b) => {
    const from = int(b.min);
    const percent = int(b.percent);
    return from !== null && percent !== null && percent <= 100 ? [{ from, rate: percent / 100 }] : [];
  });
  const approved = typeof s.documentationApprovedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.documentationApprovedOn) ? s.documentationApprovedOn : null;
  const dumping = competition.dumpingPercent !== null && competition.dumpingPercent >= 0 && competition.dumpingPercent <= 100 ? competition.dumpingPercent / 100 : d.dumpingShare;
  return {
    dumpingShare: dumping,
    discountBands: bands.length > 0 ? bands.sort((a, b) => a.from - b.from) : [...d.discountBands],
    singleOrganizer: s.singleOrganizer === true,
    documentationApprovedOn: approved,
    announceAfterDocsMaxWorkingDays: int(s.announceAfterDocsMaxWorkingDays) ?? d.announcementMaxWorkingDaysAfterApproval,
    minAnnouncementCalendarDays: int(s.minAnnouncementCalendarDays) ?? d.announcementMinCalendarDaysBeforeDeadline,
  };
}
