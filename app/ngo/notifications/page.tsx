import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { NotificationList } from '@/components/notifications/notification-list';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

/** The NGO cabinet's notifications (the same list every role has at /me/notifications). */
export default async function NgoNotificationsPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/notifications');
  const t = await getTranslations('notifications');
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <NotificationList recipientId={actor.id} role={actor.role} />
    </div>
  );
}
