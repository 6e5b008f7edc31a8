import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { ASSIGNABLE_ROLES } from '@/lib/validation/user-access';
import { RevokeSessionsForm } from '@/components/admin/revoke-sessions-form';
import { UserAccessForm } from '@/components/admin/user-access-form';
import { HistoryLink } from '@/components/ui/history-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('admin');
  return { title: `${t('user.factsTitle')} — ${t('title')}` };
}

const isAssignable = (role: string) => (ASSIGNABLE_ROLES as readonly string[]).includes(role);

/**
 * One account for the administrator (issue 9 item 5): its facts, its organisations and expert
 * register entry, the role / access form and "end all sessions". Not for the own account.
 */
export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'admin' }, `/admin/users/${encodeURIComponent(id)}`);
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lastLoginAt: true,
      createdAt: true,
      sessionVersion: true,
      memberships: { orderBy: { createdAt: 'asc' }, select: { id: true, role: true, endedAt: true, organization: { select: { nameKk: true, nameRu: true, nameEn: true, bin: true } } } },
      expert: { select: { status: true } },
    },
  });
  if (!user || !can(actor, 'read', { type: 'user', id: user.id })) notFound();
  const [t, tr, tm, te, format, locale] = await Promise.all([
    getTranslations('admin'),
    getTranslations('nav.roles'),
    getTranslations('ngo.memberRoles'),
    getTranslations('experts.status'),
    getFormatter(),
    getLocale(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const manageable = can(actor, 'change-role', { type: 'user', id: user.id });
  const expertStatus = user.expert ? (te.has(user.expert.status as never) ? te(user.expert.status as never) : user.expert.status) : null;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          {t('user.back')}
        </Link>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{user.name}</h1>
        <HistoryLink type="User" id={user.id} />
      </div>

      <section aria-labelledby="facts-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="facts-title" className="mb-3 text-xl font-semibold">
          {t('user.factsTitle')}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="user-facts">
          <dt className="font-medium">{t('user.email')}</dt>
          <dd className="font-mono">{user.email}</dd>
          <dt className="font-medium">{t('user.name')}</dt>
          <dd>{user.name}</dd>
          <dt className="font-medium">{t('user.role')}</dt>
          <dd data-testid="user-role">{tr(user.role)}</dd>
          <dt className="font-medium">{t('user.active')}</dt>
          <dd data-testid="user-active">{user.active ? t('yes') : t('no')}</dd>
          <dt className="font-medium">{t('user.lastLogin')}</dt>
          <dd>{user.lastLoginAt ? when(user.lastLoginAt) : t('never')}</dd>
          <dt className="font-medium">{t('user.createdAt')}</dt>
          <dd>{when(user.createdAt)}</dd>
        </dl>
        <h3 className="mt-5 mb-2 text-lg font-semibold">{t('user.organizationsTitle')}</h3>
        {user.memberships.length === 0 ? (
          <p className="text-slate-700">{t('user.noOrganizations')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {user.memberships.map((m) => (
              <li key={m.id}>
                {localized(locale as AppLocale, { kk: m.organization.nameKk, ru: m.organization.nameRu, en: m.organization.nameEn })} ({m.organization.bin}) — {tm(m.role)}
                {m.endedAt && <span className="text-slate-600">, {t('user.membershipEnded', { date: when(m.endedAt) })}</span>}
              </li>
            ))}
          </ul>
        )}
        <h3 className="mt-5 mb-2 text-lg font-semibold">{t('user.expertTitle')}</h3>
        <p className="text-slate-700">{expertStatus ? t('user.expertStatus', { status: expertStatus }) : t('user.noExpert')}</p>
      </section>

      {manageable ? (
        <>
          <section aria-labelledby="access-title" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="access-title" className="mb-1 text-xl font-semibold">
              {t('access.title')}
            </h2>
            <p className="mb-4 text-slate-700">{t('access.intro')}</p>
            <UserAccessForm userId={user.id} sessionVersion={user.sessionVersion} role={user.role} active={user.active} roleEditable={isAssignable(user.role)} />
          </section>
          <section aria-labelledby="sessions-title" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="sessions-title" className="mb-1 text-xl font-semibold">
              {t('sessions.title')}
            </h2>
            <p className="mb-4 text-slate-700">{t('sessions.intro')}</p>
            <RevokeSessionsForm userId={user.id} />
          </section>
        </>
      ) : (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t('user.selfNote')}</p>
      )}
    </div>
  );
}
