import Link from 'next/link';
import { WinnerAgreementLinks } from '@/components/agreements/winner-agreement-link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { loadResultsView } from '@/lib/services/results/results-view';
import { ResultsWorkspace } from '@/components/results/results-workspace';

export const dynamic = 'force-dynamic';

const positive = (v: string | string[] | undefined) => {
  const n = Number(Array.isArray(v) ? v[0] : v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * The results of one competition for operator staff (issue 5, item 5): closing the scoring,
 * the ranking per lot with the inter-rater spread, the commission meeting record, the
 * protocol (kk/ru), the XLSX export and publication.
 */
export default async function OperatorResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/competitions/${id}/results`);
  const lotNumber = positive(sp.lot);
  const page = positive(sp.page);
  const view = await loadResultsView(db, id, { ...(lotNumber ? { lotNumber } : {}), ...(page ? { page } : {}) });
  if (!view) notFound();
  const [t, locale] = await Promise.all([getTranslations('results'), getLocale() as Promise<AppLocale>]);
  const title = localized(locale, { kk: view.competition.titleKk, ru: view.competition.titleRu, en: view.competition.titleEn });
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('title', { competition: title })}</h1>
      <ResultsWorkspace view={view} role="staff" basePath={`/operator/competitions/${id}/results`} />
      <WinnerAgreementLinks competitionId={id} />
    </div>
  );
}
