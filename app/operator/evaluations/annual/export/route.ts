import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { loadWorkCalendar } from '@/lib/services/commission/commission-data';
import { annualEvaluationWorkbook } from '@/lib/services/evaluation/annual-export';
import { isStaff } from '@/lib/services/evaluation/common';
import { annualEvaluationReport } from '@/lib/services/evaluation/evaluation-queries';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'private, no-store' };

/** EV-7: the annual evaluation report as XLSX (operator staff only). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  if (!isStaff(actor)) return new Response('Not found', { status: 404, headers: noStore });
  const year = Number(new URL(request.url).searchParams.get('year'));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return new Response('Bad request', { status: 400, headers: noStore });
  const report = await annualEvaluationReport(db, year, await loadWorkCalendar(db));
  const localeValue = await getLocale();
  const locale = isLocale(localeValue) ? localeValue : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'evaluation' });
  const bytes = await annualEvaluationWorkbook(report, locale, (key) => t(key as never));
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="evaluation-annual-${year}.xlsx"`,
      'Content-Length': String(bytes.length),
      ...noStore,
    },
  });
}
