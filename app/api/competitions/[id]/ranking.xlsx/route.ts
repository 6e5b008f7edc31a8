import { getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { rankingWorkbook } from '@/lib/services/results/ranking-export';
import { loadResultsView } from '@/lib/services/results/results-view';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'private, no-store' };

/** The ranking of every lot as an Excel workbook (operator staff only; once scoring is closed). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  const competition = await db.competition.findUnique({ where: { id }, select: { status: true } });
  if (!competition || !can(actor, 'manage', { type: 'competition', status: competition.status })) return new Response('Not found', { status: 404, headers: noStore });
  const view = await loadResultsView(db, id, { allRows: true });
  if (!view) return new Response('Not found', { status: 404, headers: noStore });
  if (view.sealed) return new Response('Scoring is not closed yet', { status: 409, headers: noStore });

  const localeValue = await getLocale();
  const locale = isLocale(localeValue) ? localeValue : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'results' });
  const bytes = await rankingWorkbook(view, locale, (key, values) => t(key as never, values as never));
  const name = `ranking-${view.competition.code ?? id}.xlsx`;
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Content-Length': String(bytes.length),
      ...noStore,
    },
  });
}
