import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notificationObjectPath } from '@/lib/mail/links';
import { notificationValues } from '@/lib/mail/render';
import type { AppLocale } from '@/lib/i18n/locales';
import { MarkReadOnView } from './mark-read-on-view';

/** A user's in-cabinet notifications, newest first; those shown unread are marked read once seen. */
export async function NotificationList({ recipientId, role }: { recipientId: string; role: Role }) {
  const [t, format, locale, notifications] = await Promise.all([
    getTranslations('notifications'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    db.notification.findMany({
      where: { recipientId, channel: 'IN_APP' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 200,
      select: { id: true, templateKey: true, payload: true, objectType: true, objectId: true, createdAt: true, readAt: true },
    }),
  ]);
  const unread = notifications.filter((n) => n.readAt === null).map((n) => n.id);
  if (notifications.length === 0) return <p className="text-slate-600">{t('empty')}</p>;

  return (
    <>
      <ul className="flex flex-col gap-3" data-testid="notifications">
        {notifications.map((n) => {
          const payload = (n.payload && typeof n.payload === 'object' && !Array.isArray(n.payload) ? n.payload : {}) as Record<string, unknown>;
          const key = `templates.${n.templateKey.replace(/[.-]/g, '_')}`;
          const values = notificationValues(payload, locale, n.templateKey);
          const message = t.has(key as never) ? t(key as never, values as never) : t('templates.other', values);
          const href = notificationObjectPath(role, n.objectType, n.objectId, payload);
          return (
            <li key={n.id} className={`rounded-lg border p-4 ${n.readAt ? 'border-slate-200 bg-white' : 'border-brand-600 bg-brand-50'}`}>
              <p className="text-sm text-slate-600">
                <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, { dateStyle: 'long', timeStyle: 'short' })}</time>
                {!n.readAt && <span className="ml-2 rounded bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">{t('new')}</span>}
              </p>
              <p className="mt-1">{message}</p>
              {href && (
                <p className="mt-1">
                  <Link href={href} className="text-brand-700 underline">
                    {t('open')}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <MarkReadOnView ids={unread} />
    </>
  );
}
