'use client';

import { useTranslations } from 'next-intl';
import { describePath } from '@/components/application-form/missing-list';
import { fieldId } from '@/components/application-form/fields';
import type { ReportSectionView } from '@/lib/services/reports/report-view';

/** What a section still lacks (fields, rows, indicator values, evidence), or that it is complete. */
export function SectionMissing({ section, indicatorNames }: { section: ReportSectionView; indicatorNames: Record<string, string> }) {
  const t = useTranslations('report');
  const tf = useTranslations('applicationForm');
  const ts = useTranslations(section.key);
  const label = (path: string) => {
    const parts = path.split('.');
    if (parts[0] === 'indicator') return indicatorNames[parts[1] ?? ''] ?? path;
    if (parts[0] === 'event') return t('missing.evidence', { no: Number(parts[1]), type: t(`evidence.${parts[2]}` as never) });
    if (parts[0] === 'doc') return t(`financeDoc.${parts[1]}` as never);
    if (parts[0] === 'events') return t('rules.noActivities');
    const d = describePath(path);
    const name = ts.has(d.labelKey) ? ts(d.labelKey as never) : d.labelKey;
    return [name, d.row !== null ? tf('rowTitle', { n: d.row }) : null].filter(Boolean).join(' — ');
  };
  const message = (code: string) => (t.has(`rules.${code}`) ? t(`rules.${code}` as never) : tf.has(`errors.${code}`) ? tf(`errors.${code}` as never) : tf('errors.invalid'));
  if (section.complete) {
    return (
      <p className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900" data-testid={`complete-${section.key}`}>
        ✓ {t('sectionComplete')}
      </p>
    );
  }
  return (
    <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid={`missing-${section.key}`}>
      <p className="font-semibold text-amber-900">{t('missingTitle', { count: section.missing.length + section.errors.length })}</p>
      <ul className="mt-1 list-disc pl-6">
        {section.missing.map((p) => (
          <li key={`m-${p}`}>
            <a href={`#${fieldId(p)}`} className="underline">
              {label(p)}
            </a>
          </li>
        ))}
        {section.errors.map((e) => (
          <li key={`e-${e.path}-${e.code}`} className="text-red-800">
            {e.path === 'events' ? message(e.code) : `${label(e.path)}: ${message(e.code)}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The reviewer's comments on a section (open ones first; resolved ones as history). */
export function SectionComments({ section }: { section: ReportSectionView }) {
  const t = useTranslations('report');
  if (section.openComments.length === 0 && section.resolvedComments.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      {section.openComments.map((c) => (
        <div key={c.id} role="note" className="rounded border border-red-300 bg-red-50 p-3" data-testid={`comment-${section.key}`}>
          <p className="text-sm font-semibold text-red-900">{t('review.commentFrom', { author: c.author })}</p>
          <p className="whitespace-pre-wrap">{c.comment}</p>
        </div>
      ))}
      {section.resolvedComments.length > 0 && (
        <details className="text-sm text-slate-600">
          <summary className="cursor-pointer">{t('review.resolvedComments', { count: section.resolvedComments.length })}</summary>
          <ul className="mt-1 list-disc pl-6">
            {section.resolvedComments.map((c) => (
              <li key={c.id}>
                {c.author}: {c.comment}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
