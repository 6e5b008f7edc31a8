/**
 * The XLSX export of one analytics dataset as an HTTP response: the operator permission is
 * re-checked here (anonymous → 401, signed-in non-staff → 403), then the dataset is loaded with
 * the URL's filters and written as a workbook. The route handler only supplies the actor and
 * the translations, so tests call this with any actor.
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import type { AppLocale } from '@/lib/i18n/locales';
import { analyticsWorkbook } from './analytics-export';
import { datasetSheets } from './dataset-sheets';
import type { Translate } from './dataset-tables';
import { isAnalyticsDataset, parseAnalyticsFilters } from './filters';

type Db = PrismaClient | Prisma.TransactionClient;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const noStore = { 'Cache-Control': 'private, no-store' };

export async function analyticsExportResponse(
  db: Db,
  actor: Actor | null,
  url: URL,
  opts: { now: Date; locale: AppLocale; t: () => Promise<Translate>; sharedCriterion: () => Promise<(id: string) => string | null> },
): Promise<Response> {
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  if (!can(actor, 'enter', { type: 'area', area: 'operator' })) return new Response('Forbidden', { status: 403, headers: noStore });
  const dataset = url.searchParams.get('dataset');
  if (!isAnalyticsDataset(dataset)) return new Response('Bad request', { status: 400, headers: noStore });
  const filters = parseAnalyticsFilters({ year: url.searchParams.get('year'), kind: url.searchParams.get('kind') });
  const [t, sharedCriterion] = await Promise.all([opts.t(), opts.sharedCriterion()]);
  const sheets = await datasetSheets(db, dataset, filters, { competitionId: url.searchParams.get('competition'), now: opts.now, locale: opts.locale, t, sharedCriterion });
  if (!sheets) return new Response('Not found', { status: 404, headers: noStore });
  const bytes = await analyticsWorkbook(sheets);
  const suffix = [filters.year, filters.kind?.toLowerCase()].filter(Boolean).join('-');
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': XLSX_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="analytics-${dataset}${suffix ? `-${suffix}` : ''}.xlsx"`,
      'Content-Length': String(bytes.length),
      ...noStore,
    },
  });
}
