/**
 * HTTP for the public open-data files: cacheable by browsers and proxies (Cache-Control with
 * a max-age), a strong ETag over the bytes (If-None-Match → 304) and Last-Modified.
 */
import { createHash } from 'node:crypto';
import { OPEN_DATA_MAX_AGE } from './constants';

export function publicBaseUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  return (configured && /^https?:\/\//.test(configured) ? configured : new URL(request.url).origin).replace(/\/+$/, '');
}

export function openDataResponse(request: Request, body: string, options: { contentType: string; filename: string; lastModified: Date }): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  const headers: Record<string, string> = {
    'Content-Type': options.contentType,
    'Content-Disposition': `inline; filename="${options.filename}"`,
    'Cache-Control': `public, max-age=${OPEN_DATA_MAX_AGE}, stale-while-revalidate=${OPEN_DATA_MAX_AGE * 4}`,
    ETag: etag,
    'Last-Modified': options.lastModified.toUTCString(),
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
  };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
