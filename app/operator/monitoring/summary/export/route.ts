import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { loadWorkCalendar } from '@/lib/services/commission/commission-data';
import { mayManageMonitoring } from '@/lib/services/monitoring/access';
import { monitoringSummary } from '@/lib/services/monitoring/monitoring-queries';
import { monitoringSummaryWorkbook } from '@/lib/services/monitoring/summary-export';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'private, no-store' };

/** MN-4: the semi-annual monitoring summary as XLSX (operator staff only). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  if (!mayManageMonitoring(actor)) return new Response('Not found', { status: 404, headers: noStore });
  const url = new URL(request.url);
  const year = Number(url.searchParams.get('year'));
  const half = url.searchParams.get('half');
  if (!Number.isInteger(year) || year < 2000 || year > 2100 || (half !== 'JUNE' && half !== 'DECEMBER')) return new Response('Bad request', { status: 400, headers: noStore });
  const summary = await monitoringSummary(db, year, half, await loadWorkCalendar(db), new Date());
  const localeValue = await getLocale();
  const locale = isLocale(localeValue) ? localeValue : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'monitoring' });
  const bytes = await monitoringSummaryWorkbook(summary, locale, (key, values) => t(key as never, values as never));
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="monitoring-summary-${year}-${half.toLowerCase()}.xlsx"`,
      'Content-Length': String(bytes.length),
      ...noStore,
    },
  });
}
