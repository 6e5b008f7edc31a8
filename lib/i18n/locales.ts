// The portal's languages: Kazakh is the state language and the default; Russian and
// English follow. The chosen language lives in a cookie so URLs stay the same for all.
export const locales = ['kk', 'ru', 'en'] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = 'kk';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the text of a bilingual (kk/ru, optionally en) record for the reader's language. */
export function localized(
  locale: AppLocale,
  texts: { kk?: string | null; ru?: string | null; en?: string | null },
): string {
  // English readers get Russian when no English text was entered (it is more widely read).
  const order: AppLocale[] = locale === 'kk' ? ['kk', 'ru', 'en'] : locale === 'ru' ? ['ru', 'kk', 'en'] : ['en', 'ru', 'kk'];
  for (const l of order) {
    const text = texts[l];
    if (text) return text;
  }
  return '';
}
