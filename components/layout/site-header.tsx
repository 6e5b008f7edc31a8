import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { LanguageSwitcher } from './language-switcher';
import { SignOutButton } from './sign-out-button';

// Navigation per role: each area appears only to those the policy lets in.
export async function SiteHeader() {
  const [t, tl, actor, locale] = await Promise.all([getTranslations('nav'), getTranslations('languages'), getActor(), getLocale()]);
  const areas = [
    { href: '/ngo', label: t('cabinet'), area: 'ngo' as const },
    { href: '/operator', label: t('console'), area: 'operator' as const },
    { href: '/expert', label: t('workspace'), area: 'expert' as const },
    { href: '/admin', label: t('admin'), area: 'admin' as const },
  ].filter((item) => can(actor, 'enter', { type: 'area', area: item.area }));
  const unread = actor ? await db.notification.count({ where: { recipientId: actor.id, channel: 'IN_APP', readAt: null } }) : 0;

  return (
    <header className="border-b-4 border-sky-flag bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight">
          {t('brand')}
        </Link>
        <nav aria-label={t('mainNav')} className="flex-1">
          <ul className="flex flex-wrap gap-4 text-sm">
            <li>
              <Link href="/" className="hover:underline">
                {t('home')}
              </Link>
            </li>
            <li>
              <Link href="/creative-clubs" className="hover:underline">
                {t('creativeClubs')}
              </Link>
            </li>
            <li>
              <Link href="/social-order" className="hover:underline">
                {t('socialOrderDiscussions')}
              </Link>
            </li>
            <li>
              <Link href="/evaluations" className="hover:underline">
                {t('evaluationDiscussions')}
              </Link>
            </li>
            <li>
              <Link href="/registry" className="hover:underline">
                {t('registry')}
              </Link>
            </li>
            <li>
              <Link href="/open-data" className="hover:underline">
                {t('openData')}
              </Link>
            </li>
            {areas.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher current={locale} label={t('language')} names={{ kk: tl('kk'), ru: tl('ru'), en: tl('en') }} />
        {actor ? (
          <div className="flex items-center gap-3 text-sm">
            <span>
              {t('signedInAs', { name: actor.name })} · {t(`roles.${actor.role}`)}
            </span>
            <Link href="/me/notifications" className="hover:underline" data-testid="header-notifications">
              {t('notifications', { count: unread })}
            </Link>
            <SignOutButton label={t('signOut')} />
          </div>
        ) : (
          <div className="flex items-center gap-3 text-sm">
            <Link href="/sign-in" className="rounded bg-white px-3 py-1.5 font-medium text-brand-800 hover:bg-brand-50">
              {t('signIn')}
            </Link>
            <Link href="/register" className="hover:underline">
              {t('register')}
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
