import 'server-only';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { PdfTexts } from './application-document';

const humanize = (key: string) => {
  const words = key.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The PDF's labels in the reader's language (the locale of the request): the document's
 * own texts under `submission.pdf`, the annex names, and the form field labels the
 * section editor uses (namespaces `annex1`…`annex5`, keys like `activities_title`).
 * Instants in Asia/Almaty (next-intl's configured time zone).
 */
export async function pdfTexts(status: string): Promise<PdfTexts> {
  const [t, tRoot, tStatus, tLanguages, format, locale] = await Promise.all([
    getTranslations('submission'),
    getTranslations(),
    getTranslations('applicationStatus'),
    getTranslations('languages'),
    getFormatter(),
    getLocale(),
  ]);
  const has = (key: string) => tRoot.has(key as never);
  const root = (key: string) => tRoot(key as never);
  return {
    locale,
    t: (key, values) => t(`pdf.${key}` as never, values as never),
    sectionName: (key) => (t.has(`sections.names.${key}` as never) ? t(`sections.names.${key}` as never) : key),
    fieldLabel: (section, path) => {
      const joined = path.join('_');
      const last = path[path.length - 1] ?? '';
      for (const key of [`${section}.${joined}`, `${section}.${last}`]) if (section && has(key)) return root(key);
      if (t.has(`pdf.${last}` as never)) return t(`pdf.${last}` as never);
      return humanize(last);
    },
    valueLabel: (section, path, value) => {
      const joined = path.join('_');
      const last = path[path.length - 1] ?? '';
      // The section editor's choice labels: annex4.kinds.QUANTITATIVE, budget.categories.SALARY.
      const plural = last.endsWith('y') ? `${last.slice(0, -1)}ies` : `${last}s`;
      for (const key of [`${section}.${plural}.${value}`, `budget.${plural}.${value}`, `${section}.${joined}_${value}`, `applicationForm.${plural}.${value}`]) {
        if (has(key)) return root(key);
      }
      return value;
    },
    // The font has no ₸ sign: the ISO code reads the same in every language.
    money: (tenge) => format.number(tenge, { style: 'currency', currency: 'KZT', currencyDisplay: 'code', maximumFractionDigits: 0 }),
    number: (n) => format.number(n, { maximumFractionDigits: 2 }),
    dateTime: (d) => format.dateTime(d, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' }),
    date: (iso) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }),
    statusLabel: tStatus.has(status as never) ? tStatus(status as never) : status,
    languageName: (code) => (tLanguages.has(code as never) ? tLanguages(code as never) : code),
  };
}
