import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { invitationState } from '@/lib/services/experts/expert-invitation';
import { expertFormOptions } from '@/lib/services/experts/form-options';
import { ExpertForm } from '@/components/experts/expert-form';
import { ReissueInvitationButton } from '@/components/experts/reissue-invitation-button';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

const box = 'rounded-lg border border-slate-200 bg-white p-5';

/** One register entry: its account and invitation, its commissions, and the edit form (audited, optimistic lock). */
export default async function ExpertDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/experts/${id}`);
  const expert = await db.expert.findUnique({
    where: { id },
    include: {
      user: { select: { name: true, email: true, active: true, lastLoginAt: true } },
      directions: { select: { directionId: true, yearsOfExperience: true } },
      invitations: { orderBy: { createdAt: 'desc' }, take: 1 },
      commissionMembers: {
        where: { removedAt: null },
        select: { role: true, commission: { select: { status: true, competition: { select: { id: true, titleKk: true, titleRu: true, titleEn: true } } } } },
      },
    },
  });
  if (!expert) notFound();
  const [t, format, locale] = await Promise.all([getTranslations('experts'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const options = await expertFormOptions(db, locale);
  const invitation = expert.invitations[0] ?? null;
  const state = invitation ? invitationState(invitation, new Date()) : null;
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/experts" className="text-brand-700 underline">{t('detail.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{expert.user.name}</h1>
        <p className="mt-1 text-slate-600">{expert.user.email}</p>
      </div>

      <section aria-labelledby="account" className={box}>
        <h2 id="account" className="mb-3 text-xl font-semibold">{t('detail.account')}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('list.status')}</dt>
          <dd data-testid="expert-status">
            <StatusBadge status={expert.status} label={t(`status.${expert.status}` as never)} />
          </dd>
          {invitation && state && (
            <>
              <dt className="text-slate-500">{t('detail.invitation')}</dt>
              <dd>{t(`detail.invitationState.${state}` as 'detail.invitationState.PENDING', { date: when(state === 'USED' && invitation.acceptedAt ? invitation.acceptedAt : invitation.expiresAt) })}</dd>
            </>
          )}
          {expert.approvedAt && (
            <>
              <dt className="text-slate-500">{t('detail.activatedAt')}</dt>
              <dd>{when(expert.approvedAt)}</dd>
            </>
          )}
        </dl>
        {expert.status === 'PENDING' && (
          <div className="mt-4">
            <ReissueInvitationButton expertId={expert.id} />
          </div>
        )}
      </section>

      <section aria-labelledby="commissions" className={box}>
        <h2 id="commissions" className="mb-3 text-xl font-semibold">{t('detail.commissions')}</h2>
        {expert.commissionMembers.length === 0 ? (
          <p className="text-slate-600">{t('detail.noCommissions')}</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-5">
            {expert.commissionMembers.map((m) => (
              <li key={m.commission.competition.id}>
                <Link href={`/operator/competitions/${m.commission.competition.id}/commission`} className="text-brand-700 underline">
                  {localized(locale, { kk: m.commission.competition.titleKk, ru: m.commission.competition.titleRu, en: m.commission.competition.titleEn })}
                </Link>{' '}
                — {t(`roles.${m.role}` as never)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="edit" className="flex flex-col gap-3">
        <h2 id="edit" className="text-xl font-semibold">{t('detail.editTitle')}</h2>
        <ExpertForm
          mode="edit"
          directions={options.directions}
          ngos={options.ngos}
          defaults={{
            expertId: expert.id,
            expectedVersion: expert.version,
            fullName: expert.user.name,
            nominationSource: expert.nominationSource,
            nominatedByOrganizationId: expert.nominatedByOrganizationId ?? '',
            employerName: expert.employerName ?? '',
            position: expert.position ?? '',
            operatorEmployee: expert.operatorEmployee,
            directions: expert.directions.map((d) => ({ directionId: d.directionId, years: d.yearsOfExperience })),
            affiliatedOrganizationIds: expert.affiliatedOrganizationIds,
            relativesOrganizationIds: expert.relativesOrganizationIds,
          }}
        />
      </section>
    </div>
  );
}
