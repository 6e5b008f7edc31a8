import Link from 'next/link';
import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { findInvitationByToken, INVITATION_REFUSALS } from '@/lib/services/organizations/find-invitation';
import { AcceptInvitationForm, JoinOrganizationButton } from '@/components/organizations/accept-invitation-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orgInvitation');
  // The token is in the address: never leak it to other sites through the Referer header.
  return { title: t('title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, te, format, locale, actor, invitation] = await Promise.all([
    getTranslations('orgInvitation'),
    getTranslations('orgErrors'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    getActor(),
    findInvitationByToken(db, token),
  ]);

  if (!invitation) {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {te('invitationNotFound')}
        </p>
      </div>
    );
  }

  const org = invitation.organization;
  const orgName = localized(locale, { kk: org.nameKk, ru: org.nameRu, en: org.nameEn });
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`;
  const signedInAsInvitee = actor?.email === invitation.email;

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-lg">{t('lead', { organization: orgName })}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-1 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">{t('organization')}</dt>
        <dd>{orgName}</dd>
        <dt className="text-slate-500">{t('bin')}</dt>
        <dd className="font-mono">{org.bin}</dd>
        <dt className="text-slate-500">{t('email')}</dt>
        <dd>{invitation.email}</dd>
        <dt className="text-slate-500">{t('role')}</dt>
        <dd>{t(`roles.${invitation.role}`)}</dd>
        <dt className="text-slate-500">{t('expires')}</dt>
        <dd>{format.dateTime(invitation.expiresAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
      </dl>

      {invitation.state !== 'PENDING' ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {te(INVITATION_REFUSALS[invitation.state] as never)}
        </p>
      ) : signedInAsInvitee ? (
        <section aria-labelledby="join-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="join-title" className="text-lg font-semibold">{t('joinTitle')}</h2>
          <p>{t('joinLead', { name: actor.name })}</p>
          <JoinOrganizationButton token={token} />
        </section>
      ) : invitation.hasAccount ? (
        <section aria-labelledby="signin-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="signin-title" className="text-lg font-semibold">{t('signInTitle')}</h2>
          <p>{actor ? t('otherAccount', { email: invitation.email }) : t('signInLead', { email: invitation.email })}</p>
          <Link href={signInHref} className="self-start rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800">
            {t('signIn')}
          </Link>
        </section>
      ) : actor ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          {t('signOutFirst', { email: invitation.email })}
        </p>
      ) : (
        <AcceptInvitationForm token={token} email={invitation.email} />
      )}
    </div>
  );
}
