/**
 * Kazakhstan public holidays (DL-2) from `data/kz-holidays.json`, imported statically so
 * the engine never touches the filesystem.
 *
 * Weekend-shift rule (JSON `about`, Labour Code art. 84–85): when a non-religious holiday
 * (`shift_if_weekend: true`) falls on Saturday or Sunday, the next working day is a day
 * off. With consecutive holidays (1–2 January, 21–23 March Nauryz) the moved day off lands
 * on the next day that is neither a weekend, nor a holiday, nor an already moved day off:
 * Nauryz 2026 (Sat 21, Sun 22, Mon 23) gives Tue 24 and Wed 25 off. Religious holidays
 * (Orthodox Christmas, Kurban Ait) are not moved. Fixed holidays repeat every year;
 * movable ones are listed per date, so a year without an entry simply has none (operators
 * add it through the calendar overrides).
 */
import holidayData from '../data/kz-holidays.json';

export interface HolidayName {
  name_kk: string;
  name_ru: string;
}

export interface FixedHoliday extends HolidayName {
  month: number;
  day: number;
  shift_if_weekend: boolean;
}

export interface MovableHoliday extends HolidayName {
  date: string;
  shift_if_weekend: boolean;
}

export interface HolidaySource {
  fixed: readonly FixedHoliday[];
  movable: readonly MovableHoliday[];
}

export const KZ_HOLIDAYS: HolidaySource = {
  fixed: holidayData.fixed,
  movable: holidayData.movable,
};
