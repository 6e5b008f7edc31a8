import { db } from '@/lib/db';
import { buildGrantPackage } from '@/lib/open-data/documents';
import { openDataResponse, publicBaseUrl } from '@/lib/open-data/http';
import { grantsCsv } from '@/lib/open-data/threesixty-giving';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Public: the same grants as the 360Giving flat CSV (UTF-8 with BOM, header row). */
export async function GET(request: Request) {
  const pkg = await buildGrantPackage(db, { baseUrl: publicBaseUrl(request) });
  return openDataResponse(request, grantsCsv(pkg.grants), {
    contentType: 'text/csv; charset=utf-8; header=present',
    filename: 'demeu-360giving.csv',
    lastModified: new Date(pkg.modified),
  });
}
