import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { winnersWithoutAgreement } from '@/lib/services/agreements/operator-agreements';
import { agreementFormat } from './format';

/**
 * For the operator's results page of a competition: "Generate agreement" for each winner
 * without an agreement yet, and a link to the agreements of the competition otherwise.
 * Mount inside an operator-only page: `<WinnerAgreementLinks competitionId={id} />`.
 */
export async function WinnerAgreementLinks({ competitionId }: { competitionId: string }) {
  const [winners, agreements, t, f] = await Promise.all([
    winnersWithoutAgreement(db, competitionId),
    db.agreement.count({ where: { competitionId } }),
    getTranslations('agreements'),
    agreementFormat(),
  ]);
  if (winners.length === 0 && agreements === 0) return null;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="winner-agreements" data-testid="winner-agreements">
      <h2 id="winner-agreements" className="mb-2 text-xl font-semibold">
        {t('winnerLinks.title')}
      </h2>
      <ul className="flex flex-col gap-2">
        {winners.map((w) => (
          <li key={w.applicationId}>
            <Link className="text-brand-700 underline" href={`/operator/agreements/new?applicationId=${w.applicationId}`}>
              {t('winnerLinks.generate', { ngo: f.text({ kk: w.organization.nameKk, ru: w.organization.nameRu }) })}
            </Link>
          </li>
        ))}
        {agreements > 0 && (
          <li>
            <Link className="text-brand-700 underline" href="/operator/agreements">
              {t('winnerLinks.all', { count: agreements })}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
