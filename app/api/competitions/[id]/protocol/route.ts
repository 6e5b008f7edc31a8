import { getFormatter, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { renderProtocolPdf } from '@/lib/pdf/protocol-document';
import { protocolData } from '@/lib/services/results/protocol-data';
import { resultsRole } from '@/lib/services/results/results-access';
import { loadResultsView } from '@/lib/services/results/results-view';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The protocol of the commission meeting as a PDF, in Kazakh or Russian (`?locale=kk|ru`,
 * Kazakh by default). Operator staff and members of the competition's commission only; it
 * exists once the scores are open and the meeting is recorded.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  const requested = new URL(request.url).searchParams.get('locale');
  if (requested !== null && requested !== 'kk' && requested !== 'ru') return new Response('locale must be kk or ru', { status: 400, headers: noStore });
  const locale = requested === 'ru' ? 'ru' : 'kk';

  const view = await loadResultsView(db, id, { allRows: true });
  // Not found and not allowed look the same to a stranger.
  if (!view || resultsRole(actor, view.competition, view.members) === null) return new Response('Not found', { status: 404, headers: noStore });
  if (view.sealed || !view.commission?.meeting) return new Response('The meeting is not recorded yet', { status: 409, headers: noStore });

  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'results' }), getFormatter({ locale })]);
  const pdf = await renderProtocolPdf(
    protocolData(view, {
      locale,
      t: (key, values) => t(key as never, values as never),
      money: (v) => (v == null ? '—' : format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 })),
      number: (v, digits = 2) => format.number(v, { maximumFractionDigits: digits }),
      dateTime: (d) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Almaty' }),
      day: (d) => format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' }),
    }),
  );
  const name = `protocol-${view.competition.code ?? id}-${locale}.pdf`;
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${name}"`, 'Content-Length': String(pdf.length), ...noStore },
  });
}
