import { db } from '@/lib/db';
import { buildReleasePackage } from '@/lib/open-data/documents';
import { openDataResponse, publicBaseUrl } from '@/lib/open-data/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Public: social-order competitions, awards, contracts and released tranches as an OCDS release package. */
export async function GET(request: Request) {
  const pkg = await buildReleasePackage(db, { baseUrl: publicBaseUrl(request) });
  return openDataResponse(request, JSON.stringify(pkg, null, 2), {
    contentType: 'application/json; charset=utf-8',
    filename: 'demeu-ocds-release-package.json',
    lastModified: new Date(pkg.publishedDate),
  });
}
