import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { MarkReadOnView } from '@/components/submission/mark-read-on-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The user's in-cabinet notifications, newest first; those shown unread are marked read once seen. */
export default async function NotificationsPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/notifications');
  const [t, format, locale, notifications] = await Promise.all([
    getTranslations('notifications'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    db.notification.findMany({
      where: { recipientId: actor.id, channel: 'IN_APP' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 200,
      select: { id: true, templateKey: true, payload: true, objectType: true, objectId: true, createdAt: true, readAt: true },
    }),
  ]);
  const unread = notifications.filter((n) => n.readAt === null).map((n) => n.id);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      {notifications.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="notifications">
          {notifications.map((n) => {
            const p = (n.payload && typeof n.payload === 'object' && !Array.isArray(n.payload) ? n.payload : {}) as Record<string, unknown>;
            const key = `templates.${n.templateKey.replace(/[.-]/g, '_')}`;
            const values = {
              competition: localized(locale, { kk: str(p.competitionTitleKk), ru: str(p.competitionTitleRu), en: str(p.competitionTitleEn) }),
              receiptNumber: str(p.receiptNumber),
              reason: str(p.reason),
              key: n.templateKey,
            };
            const message = t.has(key as never) ? t(key as never, values as never) : t('templates.other', values);
            const href =
              n.objectType === 'Application' && n.objectId
                ? `/ngo/applications/${n.objectId}`
                : n.objectType === 'Competition' && n.objectId
                  ? `/competitions/${n.objectId}`
                  : null;
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
      )}
      <MarkReadOnView ids={unread} />
    </div>
  );
}
