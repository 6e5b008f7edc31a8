import { getTranslations } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { NotificationList } from '@/components/notifications/notification-list';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

/** Every signed-in user's notifications: experts' COI rounds and reminders, staff's tasks, NGOs' news. */
export default async function MyNotificationsPage() {
  const actor = await requireUser('/me/notifications');
  const t = await getTranslations('notifications');
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <NotificationList recipientId={actor.id} role={actor.role} />
    </div>
  );
}
