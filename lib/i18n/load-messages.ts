import type { AppLocale } from './locales';

// Messages live in one file per area (lib/i18n/messages/<locale>/<area>.json) so that
// features can add their strings without touching each other's files. Each file holds
// whole top-level namespaces; two files may not define the same namespace.
export const MESSAGE_FILES = ['common', 'public', 'cabinets', 'organization', 'ngoReport', 'application', 'attachments', 'submission', 'admission', 'competitionSetup', 'experts', 'scoring', 'results', 'notifications', 'awards', 'strategicPartnership', 'creativeOrder', 'socialOrder', 'applicationForms', 'commission', 'agreements', 'reports', 'monitoring', 'dashboards', 'history', 'openData', 'registry', 'analytics', 'mail'] as const;

export async function loadMessages(locale: AppLocale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(MESSAGE_FILES.map(async (file) => (await import(`./messages/${locale}/${file}.json`)).default as Record<string, unknown>));
  return Object.assign({}, ...parts);
}
