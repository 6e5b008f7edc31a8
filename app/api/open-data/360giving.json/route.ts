import { db } from '@/lib/db';
import { buildGrantPackage } from '@/lib/open-data/documents';
import { openDataResponse, publicBaseUrl } from '@/lib/open-data/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Public: published state grants and NGO awards as a 360Giving package (JSON). */
export async function GET(request: Request) {
  const pkg = await buildGrantPackage(db, { baseUrl: publicBaseUrl(request) });
  return openDataResponse(request, JSON.stringify(pkg, null, 2), {
    contentType: 'application/json; charset=utf-8',
    filename: 'demeu-360giving.json',
    lastModified: new Date(pkg.modified),
  });
}
