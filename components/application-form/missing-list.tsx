'use client';

import { useTranslations } from 'next-intl';
import type { SectionCompleteness } from '@/lib/validation/forms/application-form';
import { fieldId } from './fields';

const LANGS = new Set(['kk', 'ru']);

/**
 * 'activities.0.title.kk' → { key: 'activities_title', row: 1, lang: 'kk' }: the label key
 * in the annex namespace (numeric and language segments stripped).
 */
export function describePath(path: string): { labelKey: string; row: number | null; lang: string | null } {
  const parts = path.split('.');
  let lang: string | null = null;
  if (parts.length > 1 && LANGS.has(parts[parts.length - 1]!)) lang = parts.pop()!;
  let row: number | null = null;
  const names: string[] = [];
  for (const p of parts) {
    if (/^\d+$/.test(p)) row ??= Number(p) + 1;
    else names.push(p);
  }
  return { labelKey: names.join('_'), row, lang };
}

/** What is still missing (and what is invalid) for the section to be complete, field by field. */
export function MissingList({ sectionKey, completeness }: { sectionKey: string; completeness: SectionCompleteness }) {
  const t = useTranslations('applicationForm');
  const ta = useTranslations(sectionKey);
  const label = (path: string) => {
    const d = describePath(path);
    const name = ta.has(d.labelKey) ? ta(d.labelKey as never) : d.labelKey;
    return [name, d.row !== null ? t('rowTitle', { n: d.row }) : null, d.lang ? t(`languageLabel.${d.lang}` as never) : null].filter(Boolean).join(' — ');
  };
  if (completeness.complete) {
    return (
      <p className="mt-6 rounded border border-green-300 bg-green-50 p-3 text-green-900" data-testid="section-complete">
        ✓ {t('completeMessage')}
      </p>
    );
  }
  return (
    <section aria-labelledby="missing-title" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="missing-list">
      <h2 id="missing-title" className="font-semibold text-amber-900">
        {t('missingTitle', { count: completeness.missing.length + completeness.errors.length })}
      </h2>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {completeness.missing.map((p) => (
          <li key={`m-${p}`}>
            <a href={`#${fieldId(p)}`} className="underline">
              {label(p)}
            </a>
          </li>
        ))}
        {completeness.errors.map((e) => (
          <li key={`e-${e.path}-${e.code}`} className="text-red-800">
            {label(e.path)}: {t.has(`errors.${e.code}`) ? t(`errors.${e.code}` as never) : t('errors.invalid')}
          </li>
        ))}
      </ul>
    </section>
  );
}
