import 'server-only';
import { getFormatter, getLocale } from 'next-intl/server';
import { localized, type AppLocale } from '@/lib/i18n/locales';

/** Money, days, instants and bilingual texts in the reader's language (Asia/Almaty for instants). */
export async function agreementFormat() {
  const [format, locale] = await Promise.all([getFormatter(), getLocale() as Promise<AppLocale>]);
  return {
    locale,
    money: (v: number) => format.number(v, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }),
    day: (iso: string) => format.dateTime(new Date(`${iso}T00:00:00.000Z`), { dateStyle: 'long', timeZone: 'UTC' }),
    instant: (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }),
    text: (v: { kk?: string | null; ru?: string | null; en?: string | null }) => localized(locale, v),
  };
}
