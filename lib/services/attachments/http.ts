// Small helpers shared by the attachment route handlers.

/** `{ error: { code, params } }` — `code` is a key of the `attachments.errors` messages. */
export function jsonError(code: string, status: number, params?: Record<string, string | number>): Response {
  return Response.json({ error: { code, params: params ?? {} } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * A browser that sends Origin must be on our own origin (a cross-site page may not post
 * files into someone's application with their cookies). Requests without Origin (curl,
 * same-origin GETs) pass; the session cookie is still required.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Content-Disposition for a download: an ASCII fallback name plus the exact UTF-8 name in
 * RFC 5987 `filename*` (Kazakh and Russian names survive).
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_') || 'file';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
