import { getFormatter, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { renderAwardDiplomaPdf } from '@/lib/pdf/award-diploma-document';
import { diplomaPdfData, loadAwardDiploma } from '@/lib/services/awards/diploma-data';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The diploma of an award laureate as a PDF, in Kazakh or Russian (`?locale=kk|ru`, Kazakh
 * by default). Operator staff, and members of the laureate organisation once the laureates
 * are published; anyone else gets the same 404 as for a missing laureate.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  const requested = new URL(request.url).searchParams.get('locale');
  if (requested !== null && requested !== 'kk' && requested !== 'ru') return new Response('locale must be kk or ru', { status: 400, headers: noStore });
  const locale = requested === 'ru' ? 'ru' : 'kk';

  const diploma = await loadAwardDiploma(db, actor, id);
  if (!diploma) return new Response('Not found', { status: 404, headers: noStore });

  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'awards' }), getFormatter({ locale })]);
  const pdf = await renderAwardDiplomaPdf(
    diplomaPdfData(diploma, {
      locale,
      t: (key, values) => t(key as never, values as never),
      money: (v) => format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }),
      day: (d) => format.dateTime(d, { dateStyle: 'long', timeZone: 'Asia/Almaty' }),
    }),
  );
  const name = `diploma-${diploma.year}-${diploma.direction.number}-${diploma.rank}-${locale}.pdf`;
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${name}"`, 'Content-Length': String(pdf.length), ...noStore },
  });
}
