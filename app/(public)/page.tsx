import { getTranslations } from 'next-intl/server';
import { CompetitionCard } from '@/components/competitions/competition-card';
import { openCompetitions, recentCompetitions } from '@/lib/queries/public-competitions';

// Always rendered per request: "open" depends on the server's clock (DL-1).
export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const now = new Date();
  const [t, open, recent] = await Promise.all([getTranslations('home'), openCompetitions(now), recentCompetitions()]);
  return (
    <div className="flex flex-col gap-10">
      <section className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-800 px-6 py-10 text-white">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 max-w-3xl text-brand-50">{t('lead')}</p>
      </section>
      <section aria-labelledby="open-competitions">
        <h2 id="open-competitions" className="mb-4 text-2xl font-semibold">
          {t('openCompetitions')}
        </h2>
        {open.length === 0 ? (
          <p className="text-slate-600">{t('noOpenCompetitions')}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {open.map((c) => (
              <CompetitionCard key={c.id} competition={c} now={now} />
            ))}
          </div>
        )}
      </section>
      {recent.length > 0 && (
        <section aria-labelledby="recent-competitions">
          <h2 id="recent-competitions" className="mb-4 text-2xl font-semibold">
            {t('otherCompetitions')}
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            {recent.map((c) => (
              <CompetitionCard key={c.id} competition={c} now={now} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
