import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { previewStartApplication } from '@/lib/services/applications/start-application';
import { StartApplicationButton } from './start-button';

export const dynamic = 'force-dynamic';

/** Confirmation before starting an application (any mechanism with a form): competition, lot, budget, eligibility (EL-1, EL-3, DL-1). */
export default async function NewApplicationPage({ searchParams }: { searchParams: Promise<{ lotId?: string | string[] }> }) {
  const sp = await searchParams;
  const lotId = typeof sp.lotId === 'string' ? sp.lotId.slice(0, 64) : '';
  const actor = await requireUser(`/ngo/applications/new?lotId=${encodeURIComponent(lotId)}`);
  if (!lotId) notFound();
  const preview = await previewStartApplication(db, actor, { lotId }, new Date());
  if (!preview) notFound();

  const [t, te, format, locale] = await Promise.all([
    getTranslations('applicationForm'),
    getTranslations('applicationForm.eligibilityReasons'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const money = (v: bigint) => format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  const { lot, organization, eligibility, refusal } = preview;
  const c = lot.competition;
  const deadline = c.deadlineAt ? format.dateTime(c.deadlineAt, { dateStyle: 'long', timeStyle: 'short' }) : '—';

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('start.title')}</h1>
      <section aria-labelledby="what" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="what" className="mb-3 text-xl font-semibold">{t('start.what')}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('start.competition')}</dt>
          <dd>
            <Link href={`/competitions/${c.id}`} className="underline">
              {text(c.titleKk, c.titleRu, c.titleEn)}
            </Link>
            {c.code && <span className="text-slate-500"> ({c.code})</span>}
          </dd>
          <dt className="text-slate-500">{t('start.lot')}</dt>
          <dd>{t('lotLabel', { number: lot.number, title: text(lot.titleKk, lot.titleRu, lot.titleEn) })}</dd>
          <dt className="text-slate-500">{t('start.budget')}</dt>
          <dd className="font-semibold">{money(lot.budgetKzt)}</dd>
          <dt className="text-slate-500">{t('start.deadline')}</dt>
          <dd>{deadline}</dd>
          <dt className="text-slate-500">{t('start.organization')}</dt>
          <dd>{organization ? text(organization.nameKk, organization.nameRu) : '—'}</dd>
        </dl>
      </section>

      <section
        aria-labelledby="eligibility"
        className={`rounded-lg border p-5 ${refusal ? 'border-red-300 bg-red-50' : 'border-green-300 bg-green-50'}`}
        data-testid="eligibility"
      >
        <h2 id="eligibility" className="mb-2 text-xl font-semibold">{t('start.eligibilityTitle')}</h2>
        {!refusal && <p>{t('start.eligible')}</p>}
        {refusal && (
          <>
            <p className="font-medium text-red-900">{t(`refusals.${refusal.code}` as never, { deadline, applicationId: '', reasons: '', status: '', year: '', years: '', ...refusal.params } as never)}</p>
            {eligibility.reasons.length > 0 && (
              <ul className="mt-2 list-disc pl-6 text-red-900">
                {eligibility.reasons.map((r) => (
                  <li key={r}>{te.has(r) ? te(r as never) : r}</li>
                ))}
              </ul>
            )}
            {preview.existingApplicationId && (
              <p className="mt-3">
                <Link href={`/ngo/applications/${preview.existingApplicationId}`} className="font-medium text-brand-700 underline">
                  {t('start.openExisting')}
                </Link>
              </p>
            )}
          </>
        )}
      </section>

      {!refusal ? (
        <section aria-labelledby="next" className="flex flex-col gap-3">
          <h2 id="next" className="text-xl font-semibold">{t('start.nextTitle')}</h2>
          <p className="text-slate-700">{t('start.nextText')}</p>
          <StartApplicationButton lotId={lot.id} />
        </section>
      ) : (
        <p>
          <Link href={`/competitions/${c.id}`} className="font-medium text-brand-700 underline">
            {t('start.back')}
          </Link>
        </p>
      )}
    </div>
  );
}
