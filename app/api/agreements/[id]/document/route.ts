import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { fileStorage } from '@/lib/storage';
import { agreementAccess } from '@/lib/services/agreements/agreement-access';
import { prepaymentShareOf } from '@/lib/services/agreements/agreement-settings';
import { revisionDocument } from '@/lib/services/agreements/revision-document';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The agreement as a PDF in Kazakh or Russian (`?locale=kk|ru`, Kazakh by default) for one
 * revision (`?revision=N`, the latest by default). Members of THE agreement's organisation and
 * operator staff only; once the NGO accepted a revision, the exact bytes it accepted (their
 * SHA-256 is on the agreement page). The response carries the SHA-256 as `X-Document-SHA256`.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  const url = new URL(request.url);
  const requested = url.searchParams.get('locale');
  if (requested !== null && requested !== 'kk' && requested !== 'ru') return new Response('locale must be kk or ru', { status: 400, headers: noStore });
  const locale = requested === 'ru' ? 'ru' : 'kk';
  const revisionParam = url.searchParams.get('revision');
  const revisionNo = revisionParam === null ? null : Number(revisionParam);
  if (revisionNo !== null && (!Number.isInteger(revisionNo) || revisionNo < 1)) return new Response('revision must be a positive integer', { status: 400, headers: noStore });

  const a = await db.agreement.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      organizationId: true,
      competition: { select: { kind: true, prepaymentMaxPercent: true } },
      revisions: { where: revisionNo === null ? {} : { revision: revisionNo }, orderBy: { revision: 'desc' }, take: 1 },
    },
  });
  // Not found and not allowed look the same to a stranger.
  if (!a || !agreementAccess(actor, a).read) return new Response('Not found', { status: 404, headers: noStore });
  const rev = a.revisions[0];
  if (!rev) return new Response('Not found', { status: 404, headers: noStore });
  const kind = a.competition.kind === 'SOCIAL_ORDER' ? 'SOCIAL_ORDER' : 'GRANT';
  const pdf = await revisionDocument(fileStorage(), { number: a.number, prepaymentPercent: prepaymentShareOf(kind, a.competition.prepaymentMaxPercent).percent }, rev, locale);
  if (!pdf) return new Response('The agreement terms are unreadable', { status: 409, headers: noStore });
  const sha = locale === 'kk' ? rev.documentSha256 : rev.documentRuSha256;
  const name = `agreement-${a.number}-r${rev.revision}-${locale}.pdf`;
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Content-Length': String(pdf.length),
      ...(sha ? { 'X-Document-SHA256': sha } : {}),
      ...noStore,
    },
  });
}
