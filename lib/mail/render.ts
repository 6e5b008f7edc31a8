import { createFormatter, createTranslator, type AbstractIntlMessages } from 'next-intl';
import { loadMessages } from '@/lib/i18n/load-messages';
import { isLocale, localized, type AppLocale } from '@/lib/i18n/locales';
import { mailLinkPath, type RecipientRole } from './links';

export interface MailToRender {
  templateKey: string;
  /** The notification's locale (the recipient's when it was written); kk when unknown. */
  locale: string;
  payload: unknown;
  objectType: string | null;
  objectId: string | null;
  recipient: { name: string; role: RecipientRole };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** Absolute link to the object on the portal. */
  url: string;
}

const TIME_ZONE = 'Asia/Almaty';
const messagesCache = new Map<AppLocale, Promise<Record<string, unknown>>>();
const messagesFor = (locale: AppLocale) => {
  let messages = messagesCache.get(locale);
  if (!messages) messagesCache.set(locale, (messages = loadMessages(locale)));
  return messages;
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Payload fields as ICU values, as the cabinet's list shows them (booleans become
 * 'true'/'false' for `select`, lists are joined, bilingual titles picked for the locale);
 * instants (`…At`) are written out in Almaty time and amounts grouped, since an e-mail is read
 * away from the page.
 */
/** A notification's payload as ICU values (instants and amounts formatted) — the cabinet's list and the e-mail share it. */
export function notificationValues(payload: Record<string, unknown>, locale: AppLocale, key: string): Record<string, string | number> {
  const format = createFormatter({ locale, timeZone: TIME_ZONE });
  const values: Record<string, string | number> = { key };
  for (const [name, value] of Object.entries(payload)) {
    if (typeof value === 'string' && name.endsWith('At') && ISO_INSTANT.test(value)) values[name] = format.dateTime(new Date(value), { dateStyle: 'long', timeStyle: 'short' });
    else if (typeof value === 'string' && /amount/i.test(name) && /^\d+$/.test(value)) values[name] = format.number(Number(value));
    else if (typeof value === 'string' || typeof value === 'number') values[name] = value;
    else if (typeof value === 'boolean') values[name] = String(value);
    else if (Array.isArray(value)) values[name] = value.join(', ');
    else if (value === null) values[name] = '';
  }
  values.club = localized(locale, { kk: str(payload.clubNameKk), ru: str(payload.clubNameRu), en: str(payload.clubNameEn) });
  values.competition = localized(locale, { kk: str(payload.competitionTitleKk), ru: str(payload.competitionTitleRu), en: str(payload.competitionTitleEn) });
  for (const name of ['receiptNumber', 'reason', 'comment', 'reasons', 'title', 'dueOn', 'name', 'expiresAt']) values[name] ??= '';
  return values;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * An outbox e-mail in the recipient's language: the subject from `mail.subjects.<key>`, the
 * body from the same `notifications.templates.<key>` text the cabinet shows (one text per
 * event, never duplicated), wrapped in a small layout with the portal's name and a link to
 * the object — as plain text and as HTML.
 */
export async function renderMail(mail: MailToRender, portalUrl: string): Promise<RenderedMail> {
  const locale: AppLocale = isLocale(mail.locale) ? mail.locale : 'kk';
  const messages = (await messagesFor(locale)) as AbstractIntlMessages;
  let missing = false;
  const t = createTranslator({
    locale,
    messages,
    timeZone: TIME_ZONE,
    onError: () => {
      missing = true;
    },
  });
  // A key without text (or with an argument the payload lacks) falls back to the generic one.
  const translate = (key: string, fallback: string, values: Record<string, string | number>): string => {
    missing = false;
    const text = t(key as never, values as never) as string;
    return missing ? (t(fallback as never, values as never) as string) : text;
  };

  const payload = (mail.payload && typeof mail.payload === 'object' && !Array.isArray(mail.payload) ? mail.payload : {}) as Record<string, unknown>;
  const key = mail.templateKey.replace(/[.-]/g, '_');
  const values = notificationValues(payload, locale, mail.templateKey);
  const subjectText = translate(`mail.subjects.${key}`, 'mail.subjects.other', values);
  const body = translate(`notifications.templates.${key}`, 'notifications.templates.other', values);
  const portal = t('meta.title' as never) as string;
  const url = `${portalUrl}${mailLinkPath(mail.recipient.role, mail.objectType, mail.objectId, payload)}`;
  const notificationsUrl = `${portalUrl}${mail.recipient.role === 'NGO' ? '/ngo/notifications' : '/me/notifications'}`;
  const greeting = t('mail.greeting' as never, { name: mail.recipient.name } as never) as string;
  const open = t('mail.open' as never) as string;
  const all = t('mail.allNotifications' as never, { url: notificationsUrl } as never) as string;
  const automatic = t('mail.automatic' as never) as string;
  const brand = t('nav.brand' as never) as string;

  const subject = `${subjectText} — ${brand}`;
  const text = [portal, '', greeting, '', body, '', `${open}: ${url}`, '', '—', all, automatic, ''].join('\n');
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f1f5f9;font-family:Inter,Arial,sans-serif;color:#0f172a">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f1f5f9;padding:24px 0">
<tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="max-width:600px;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px">
<tr><td style="background:#075985;color:#ffffff;padding:16px 24px;border-radius:8px 8px 0 0;border-bottom:4px solid #38bdf8">
<a href="${escapeHtml(portalUrl)}/" style="color:#ffffff;text-decoration:none;font-size:20px;font-weight:700">${escapeHtml(brand)}</a>
<div style="font-size:13px;margin-top:4px">${escapeHtml(portal)}</div>
</td></tr>
<tr><td style="padding:24px">
<p style="margin:0 0 16px">${escapeHtml(greeting)}</p>
<p style="margin:0 0 24px;line-height:1.5">${escapeHtml(body)}</p>
<p style="margin:0 0 8px"><a href="${escapeHtml(url)}" style="display:inline-block;background:#0369a1;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(open)}</a></p>
<p style="margin:0;font-size:13px;color:#475569;word-break:break-all">${escapeHtml(url)}</p>
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e2e8f0;font-size:12px;color:#475569">
<p style="margin:0 0 4px">${escapeHtml(all)}</p>
<p style="margin:0">${escapeHtml(automatic)}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return { subject, text, html, url };
}
