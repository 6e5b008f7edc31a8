import { forbidden } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { InviteStaffForm } from '@/components/organizations/invite-staff-form';
import { MemberActionButton } from '@/components/organizations/member-action-button';
import { ReissueInvitationButton } from '@/components/organizations/reissue-invitation-button';
import { DataTable } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('orgMembers');
  return { title: t('title') };
}

export default async function NgoMembersPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/members');
  const organizationId = actor.organizationIds[0]!;
  if (!can(actor, 'read', { type: 'organization', id: organizationId })) forbidden();
  const isHead = can(actor, 'invite-staff', { type: 'organization', id: organizationId });

  const now = new Date();
  const [t, format, members, invitations] = await Promise.all([
    getTranslations('orgMembers'),
    getFormatter(),
    db.organizationMembership.findMany({
      where: { organizationId, endedAt: null },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
      include: { user: { select: { id: true, name: true, email: true } } },
    }),
    isHead
      ? db.organizationInvitation.findMany({
          where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gte: now } },
          orderBy: { createdAt: 'desc' },
          include: { invitedBy: { select: { name: true } } },
        })
      : Promise.resolve([]),
  ]);

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{isHead ? t('leadHead') : t('leadStaff')}</p>
      </div>

      <section aria-labelledby="members-title">
        <h2 id="members-title" className="mb-3 text-xl font-semibold">
          {t('membersTitle')}
        </h2>
        <DataTable columns={[{ label: t('nameColumn') }, { label: t('emailColumn') }, { label: t('roleColumn') }, { label: t('sinceColumn') }, ...(isHead ? [{ label: t('actionsColumn'), srOnly: true }] : [])]}>
          {members.map((m) => (
            <tr key={m.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="p-3 font-medium">
                {m.user.name}
                {m.user.id === actor.id && <span className="ml-2 text-slate-500">{t('you')}</span>}
              </th>
              <td className="p-3">{m.user.email}</td>
              <td className="p-3">{t(`roles.${m.role}`)}</td>
              <td className="p-3">{format.dateTime(m.createdAt, { dateStyle: 'medium' })}</td>
              {isHead && (
                <td className="p-3">
                  {m.role === 'STAFF' && m.user.id !== actor.id && (
                    <MemberActionButton kind="remove" id={m.id} label={t('removeFor', { name: m.user.name })} confirmText={t('removeConfirm', { name: m.user.name })} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      </section>

      {isHead && (
        <>
          <section aria-labelledby="invite-title" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="invite-title" className="mb-3 text-xl font-semibold">
              {t('inviteTitle')}
            </h2>
            <InviteStaffForm />
          </section>

          <section aria-labelledby="pending-title">
            <h2 id="pending-title" className="mb-3 text-xl font-semibold">
              {t('pendingTitle')}
            </h2>
            {invitations.length === 0 ? (
              <p className="text-slate-600">{t('noPending')}</p>
            ) : (
              <>
                <p className="mb-3 text-sm text-slate-600">{t('pendingHint')}</p>
                <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
                  <table className="w-full text-left text-sm">
                    <thead className="bg-slate-100">
                      <tr>
                        <th scope="col" className="p-3">{t('emailColumn')}</th>
                        <th scope="col" className="p-3">{t('invitedColumn')}</th>
                        <th scope="col" className="p-3">{t('expiresColumn')}</th>
                        <th scope="col" className="p-3"><span className="sr-only">{t('actionsColumn')}</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      {invitations.map((i) => (
                        <tr key={i.email} className="border-t border-slate-200 align-top">
                          <th scope="row" className="p-3 font-medium">{i.email}</th>
                          <td className="p-3">{t('invitedBy', { name: i.invitedBy.name, date: format.dateTime(i.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</td>
                          <td className="p-3">{format.dateTime(i.expiresAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                          <td className="flex flex-col gap-2 p-3">
                            <ReissueInvitationButton email={i.email} />
                            <MemberActionButton kind="revoke" id={i.id} label={t('revokeFor', { email: i.email })} confirmText={t('revokeConfirm', { email: i.email })} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
