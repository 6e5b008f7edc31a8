import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { coiRoundForExpert } from '@/lib/services/coi/coi-round';
import { DeclarationForm } from '@/components/coi/declaration-form';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

const box = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * The COI round (GC-10..GC-12, CI-1, CI-2): the admitted applicants — organisation, BIN,
 * partners; no content — with the portal's automatic conflicts (binding) and a declaration
 * per applicant. Only for active members of the competition's commission; 404 otherwise.
 */
export default async function CoiRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'expert' }, `/expert/competitions/${id}/coi`);
  const round = await coiRoundForExpert(db, actor.expertId!, id, new Date());
  if (!round) notFound();
  const [t, ts, format, locale] = await Promise.all([getTranslations('coi'), getTranslations('competitionStatus'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const c = round.competition;
  const percent = round.total === 0 ? 100 : Math.round((round.declared / round.total) * 100);

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/expert" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">
          {text(c.titleKk, c.titleRu, c.titleEn)} {c.code && <span className="text-slate-500">({c.code})</span>}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={c.status} label={ts(c.status as never)} />
          {c.coiDueOn && <span>{t('due', { date: format.dateTime(c.coiDueOn, { dateStyle: 'long', timeZone: 'UTC' }) })}</span>}
        </p>
      </div>
      <section aria-labelledby="coi-progress" className={box}>
        <h2 id="coi-progress" className="mb-2 text-xl font-semibold">{t('progressTitle')}</h2>
        <p data-testid="coi-progress">{t('progress', { declared: round.declared, total: round.total })}</p>
        <progress className="mt-2 h-2 w-full" max={100} value={percent} aria-label={t('progressTitle')} />
        <p className="mt-3 text-sm text-slate-600">{t('intro')}</p>
        {!round.open && <p className="mt-2 font-medium">{t('closed')}</p>}
      </section>

      {round.rows.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <ol className="flex flex-col gap-4" aria-label={t('listLabel')}>
          {round.rows.map((r) => {
            const name = text(r.organization.nameKk, r.organization.nameRu, r.organization.nameEn);
            return (
              <li key={r.applicationId} className={box} data-testid="coi-row" data-application-id={r.applicationId}>
                <h2 className="text-lg font-semibold">{name}</h2>
                <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
                  <dt className="text-slate-500">{t('bin')}</dt>
                  <dd className="font-mono">{r.organization.bin}</dd>
                  {r.lot && (
                    <>
                      <dt className="text-slate-500">{t('lot')}</dt>
                      <dd>{t('lotValue', { number: r.lot.number, title: text(r.lot.titleKk, r.lot.titleRu, r.lot.titleEn) })}</dd>
                    </>
                  )}
                  <dt className="text-slate-500">{t('partners')}</dt>
                  <dd>
                    {r.partners.length === 0 ? (
                      t('noPartners')
                    ) : (
                      <ul>
                        {r.partners.map((p, i) => (
                          <li key={i}>
                            {p.name}
                            {p.bin && <span className="font-mono text-sm text-slate-600"> ({t('bin')} {p.bin})</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                  <dt className="text-slate-500">{t('automaticTitle')}</dt>
                  <dd data-testid="coi-automatic">
                    {r.automatic.length === 0 ? (
                      t('noAutomatic')
                    ) : (
                      <ul className="font-medium text-red-800">
                        {r.automatic.map((code) => (
                          <li key={code} data-code={code}>
                            {t(`codes.${code}`)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </dl>
                <div className="mt-4 border-t border-slate-200 pt-4">
                  {r.declaration ? (
                    <div data-testid="coi-declared">
                      <p className={r.declaration.hasConflict ? 'font-semibold text-red-900' : 'font-semibold text-green-900'}>
                        {t(r.declaration.hasConflict ? 'declared.CONFLICT' : 'declared.NO_CONFLICT', {
                          at: format.dateTime(r.declaration.declaredAt, { dateStyle: 'medium', timeStyle: 'short' }),
                        })}
                      </p>
                      {r.declaration.note && <p className="mt-1 whitespace-pre-line text-slate-700">{r.declaration.note}</p>}
                    </div>
                  ) : round.open ? (
                    <DeclarationForm applicationId={r.applicationId} automaticConflict={r.automatic.length > 0} label={t('form.label', { name })} />
                  ) : (
                    <p className="text-slate-600">{t('notDeclared')}</p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
