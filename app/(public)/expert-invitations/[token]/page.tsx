import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { findExpertInvitationByToken, INVITATION_REFUSALS } from '@/lib/services/experts/expert-invitation';
import { ExpertPasswordForm } from '@/components/experts/expert-password-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('experts');
  // The token is in the address: never leak it to other sites through the Referer header.
  return { title: t('accept.title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

/** The invited expert sets a password and so activates their register entry (GC-5). */
export default async function ExpertInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, format, invitation] = await Promise.all([getTranslations('experts'), getFormatter(), findExpertInvitationByToken(db, token)]);
  const alert = (text: string) => (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
      {text}
    </p>
  );
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('accept.title')}</h1>
        {invitation && <p className="mt-2 text-lg">{t('accept.lead', { name: invitation.expert.user.name })}</p>}
      </div>
      {!invitation ? (
        alert(t('errors.invitationNotFound'))
      ) : (
        <>
          <dl className="grid gap-x-6 gap-y-1 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t('form.email')}</dt>
            <dd>{invitation.expert.user.email}</dd>
            <dt className="text-slate-500">{t('accept.expires')}</dt>
            <dd>{format.dateTime(invitation.expiresAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
          </dl>
          {invitation.state !== 'PENDING' ? alert(t(`errors.${INVITATION_REFUSALS[invitation.state]}` as never)) : <ExpertPasswordForm token={token} email={invitation.expert.user.email} />}
        </>
      )}
    </div>
  );
}
