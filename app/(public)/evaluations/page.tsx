import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { publicEvaluations } from '@/lib/services/evaluation/evaluation-queries';

export const dynamic = 'force-dynamic';

/** Published completion evaluations of social-order projects (§3.4): open for discussion or final. */
export default async function PublicEvaluationsPage() {
  const rows = await publicEvaluations(db);
  const [t, locale] = await Promise.all([getTranslations('evaluation'), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null) => localized(locale, { kk, ru });
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6 p-6">
      <h1 className="text-3xl font-bold">{t('public.listTitle')}</h1>
      <p className="text-slate-700">{t('public.intro')}</p>
      {rows.length === 0 ? (
        <p className="text-slate-600">{t('public.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`/evaluations/${r.id}`} className="font-medium text-brand-700 underline">
                {t('public.title', { number: r.agreement.number })}
              </Link>
              <p>{text(r.agreement.organization.nameKk, r.agreement.organization.nameRu)} — {text(r.agreement.application.projectTitleKk, r.agreement.application.projectTitleRu)}</p>
              <p className="text-sm text-slate-600">{t(`status.${r.status}` as never)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
