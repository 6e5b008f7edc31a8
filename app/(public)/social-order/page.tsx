import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { discussionPhase } from '@/lib/services/social-order/discussion';

export const dynamic = 'force-dynamic';

/** Stage 3 (F-3.1): the state bodies' planned social-order topics under public discussion, and past discussions with their reports. */
export default async function PublicDiscussionsPage() {
  const [t, format, locale] = await Promise.all([getTranslations('socialOrder.publicDiscussion'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const plans = await db.plan.findMany({
    where: { kind: 'SOCIAL_ORDER', discussionOpensAt: { not: null } },
    orderBy: [{ discussionClosesAt: 'desc' }],
    select: { id: true, year: true, titleKk: true, titleRu: true, titleEn: true, discussionOpensAt: true, discussionClosesAt: true, ownerOrganization: { select: { nameKk: true, nameRu: true, nameEn: true } }, _count: { select: { topics: true } } },
  });
  const now = new Date();
  const withPhase = plans.map((p) => ({ ...p, phase: discussionPhase(p, now) }));
  const open = withPhase.filter((p) => p.phase === 'OPEN');
  const closed = withPhase.filter((p) => p.phase === 'CLOSED');
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }) : '—');
  const item = (p: (typeof withPhase)[number]) => (
    <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">
        <Link href={`/social-order/${p.id}`} className="text-brand-700 underline">{localized(locale, { kk: p.titleKk, ru: p.titleRu, en: p.titleEn })}</Link>
      </h3>
      <p className="text-sm text-slate-700">{localized(locale, { kk: p.ownerOrganization.nameKk, ru: p.ownerOrganization.nameRu, en: p.ownerOrganization.nameEn })}</p>
      <p className="text-sm text-slate-700">{t('window', { opens: when(p.discussionOpensAt), closes: when(p.discussionClosesAt) })} · {t('topicCount', { count: p._count.topics })}</p>
    </li>
  );
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('lead')}</p>
      </div>
      <section aria-labelledby="so-open">
        <h2 id="so-open" className="mb-3 text-xl font-semibold">{t('openTitle')}</h2>
        {open.length === 0 ? <p className="text-slate-600">{t('noneOpen')}</p> : <ul className="flex flex-col gap-3">{open.map(item)}</ul>}
      </section>
      <section aria-labelledby="so-closed">
        <h2 id="so-closed" className="mb-3 text-xl font-semibold">{t('closedTitle')}</h2>
        {closed.length === 0 ? <p className="text-slate-600">{t('noneClosed')}</p> : <ul className="flex flex-col gap-3">{closed.map(item)}</ul>}
      </section>
    </div>
  );
}
