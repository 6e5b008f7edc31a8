import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { resultsRole } from '@/lib/services/results/results-access';
import { loadResultsView } from '@/lib/services/results/results-view';
import { ResultsWorkspace } from '@/components/results/results-workspace';

export const dynamic = 'force-dynamic';

const positive = (v: string | string[] | undefined) => {
  const n = Number(Array.isArray(v) ? v[0] : v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * The chair's view of the results (issue 5, item 5): the chair of the approved commission
 * opens the scores once every sheet is signed, then sees the ranking, the inter-rater spread
 * and the flagged outlier experts, the meeting record and the protocol. Other experts: 403.
 */
export default async function ChairResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const actor = await requirePermission('enter', { type: 'area', area: 'expert' }, `/expert/competitions/${id}/results`);
  const lotNumber = positive(sp.lot);
  const page = positive(sp.page);
  const view = await loadResultsView(db, id, { ...(lotNumber ? { lotNumber } : {}), ...(page ? { page } : {}) });
  if (!view) notFound();
  if (resultsRole(actor, view.competition, view.members) !== 'chair') forbidden();
  const [t, locale] = await Promise.all([getTranslations('results'), getLocale() as Promise<AppLocale>]);
  const title = localized(locale, { kk: view.competition.titleKk, ru: view.competition.titleRu, en: view.competition.titleEn });
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/expert" className="text-brand-700 underline">
          {t('backExpert')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('title', { competition: title })}</h1>
      <ResultsWorkspace view={view} role="chair" basePath={`/expert/competitions/${id}/results`} />
    </div>
  );
}
