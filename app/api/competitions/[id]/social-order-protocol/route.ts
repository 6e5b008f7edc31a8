import { getFormatter, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { renderSocialOrderProtocolPdf } from '@/lib/pdf/social-order-protocol';
import { resultsRole } from '@/lib/services/results/results-access';
import { loadSocialOrderProtocol, socialOrderProtocolData } from '@/lib/services/social-order/decision-protocol-data';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The protocol of the social-order commission's decision as a PDF, in Kazakh or Russian
 * (`?locale=kk|ru`, Kazakh by default). Operator staff and members of the competition's
 * approved commission only (the grant protocol's rule, results-access.ts); everyone else
 * gets the 404 of a missing competition. 409 until the commission's votes are recorded (CM-2).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  const requested = new URL(request.url).searchParams.get('locale');
  if (requested !== null && requested !== 'kk' && requested !== 'ru') return new Response('locale must be kk or ru', { status: 400, headers: noStore });
  const locale = requested === 'ru' ? 'ru' : 'kk';

  const protocol = await loadSocialOrderProtocol(db, id);
  // Not found and not allowed look the same to a stranger.
  if (!protocol || resultsRole(actor, protocol.competition, protocol.commission?.members ?? []) === null) return new Response('Not found', { status: 404, headers: noStore });
  if (!protocol.votesRecorded) return new Response('The commission has not voted yet', { status: 409, headers: noStore });

  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'socialOrder.protocol' }), getFormatter({ locale })]);
  const pdf = await renderSocialOrderProtocolPdf(
    socialOrderProtocolData(protocol, {
      locale,
      t: (key, values) => t(key as never, values as never),
      money: (v) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 })),
      dateTime: (d) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Almaty' }),
      day: (d) => format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' }),
    }),
  );
  const name = `social-order-protocol-${protocol.competition.code ?? id}-${locale}.pdf`;
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${name}"`, 'Content-Length': String(pdf.length), ...noStore },
  });
}
