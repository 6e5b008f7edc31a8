import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { analyticsExportResponse } from '@/lib/services/analytics/export-response';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** One analytics dataset as XLSX (?dataset=…&year=…&kind=…&competition=…): operator staff only, re-checked in the service. */
export async function GET(request: Request) {
  const actor = await getActor();
  const localeValue = await getLocale();
  const locale = isLocale(localeValue) ? localeValue : defaultLocale;
  return analyticsExportResponse(db, actor, new URL(request.url), {
    now: new Date(),
    locale,
    t: async () => {
      const t = await getTranslations({ locale, namespace: 'analytics' });
      return (key, values) => t(key as never, values as never);
    },
    sharedCriterion: async () => {
      const criteria = await getTranslations({ locale, namespace: 'criteria' });
      return (id) => (criteria.has(id as never) ? criteria(id as never) : null);
    },
  });
}
