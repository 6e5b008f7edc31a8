import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { MarkReadOnView } from './mark-read-on-view';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Payload fields as ICU values: booleans become 'true'/'false' for `select`, lists are joined. */
function icuValues(payload: Record<string, unknown>, locale: AppLocale, key: string): Record<string, string | number> {
  const values: Record<string, string | number> = { key };
  for (const [name, value] of Object.entries(payload)) {
    if (typeof value === 'string' || typeof value === 'number') values[name] = value;
    else if (typeof value === 'boolean') values[name] = String(value);
    else if (Array.isArray(value)) values[name] = value.join(', ');
    else if (value === null) values[name] = '';
  }
  values.club = localized(locale, { kk: str(payload.clubNameKk), ru: str(payload.clubNameRu), en: str(payload.clubNameEn) });
  values.competition = localized(locale, { kk: str(payload.competitionTitleKk), ru: str(payload.competitionTitleRu), en: str(payload.competitionTitleEn) });
  for (const name of ['receiptNumber', 'reason', 'comment', 'reasons', 'title', 'dueOn', 'name', 'expiresAt']) values[name] ??= '';
  return values;
}

// Where a notification leads depends on who reads it: the NGO opens its application,
// an expert the workspace, everyone else the public competition page.
function hrefFor(role: Role, objectType: string | null, objectId: string | null): string | null {
  if (!objectId) return null;
  if (objectType === 'TopicProposal') return role === 'NGO' ? `/ngo/topic-proposals/${objectId}` : role === 'OPERATOR' || role === 'ADMIN' ? `/operator/topic-proposals/${objectId}` : null;
  if (objectType === 'Application') return role === 'NGO' ? `/ngo/applications/${objectId}` : role === 'EXPERT' ? `/expert/applications/${objectId}` : null;
  if (objectType === 'CreativeClub') return role === 'NGO' ? `/ngo/creative-order/${objectId}` : role === 'OPERATOR' || role === 'ADMIN' ? `/operator/creative-order/clubs/${objectId}` : null;
  if (objectType === 'Competition') return role === 'EXPERT' ? '/expert' : role === 'OPERATOR' || role === 'ADMIN' ? `/operator/competitions/${objectId}` : `/competitions/${objectId}`;
  if (objectType === 'Agreement') return role === 'NGO' ? `/ngo/agreements/${objectId}` : role === 'OPERATOR' || role === 'ADMIN' ? `/operator/agreements/${objectId}` : null;
  return null;
}

/** A report's page needs its agreement too: the notification carries the NGO's link (`payload.href`, a path on this site). */
function payloadHref(role: Role, payload: unknown): string | null {
  if (role !== 'NGO' || !payload || typeof payload !== 'object') return null;
  const href = (payload as Record<string, unknown>).href;
  return typeof href === 'string' && /^\/ngo\/[\w\-/]+$/.test(href) ? href : null;
}

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
          const values = icuValues(payload, locale, n.templateKey);
          const message = t.has(key as never) ? t(key as never, values as never) : t('templates.other', values);
          const href = hrefFor(role, n.objectType, n.objectId) ?? payloadHref(role, n.payload);
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
