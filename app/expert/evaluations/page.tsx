import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { evaluationsOfExpert } from '@/lib/services/evaluation/evaluation-queries';

export const dynamic = 'force-dynamic';

/** The completion evaluations whose council the expert sits on. */
export default async function ExpertEvaluationsPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'expert' }, '/expert/evaluations');
  const rows = await evaluationsOfExpert(db, actor.expertId!);
  const t = await getTranslations('evaluation');
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('expert.listTitle')}</h1>
      {rows.length === 0 ? (
        <p className="text-slate-600">{t('expert.listEmpty')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {rows.map((r) => (
            <li key={r.id}>
              <Link href={`/expert/evaluations/${r.id}`} className="text-brand-700 underline">{t('expert.title', { number: r.agreement.number })}</Link>
              <span className="ml-2 text-sm text-slate-600">{r.declarations.length === 0 ? t('expert.needsCoi') : r.scoreSheets.length === 0 && r.status === 'PENDING' ? t('expert.needsScore') : t(`status.${r.status}` as never)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
