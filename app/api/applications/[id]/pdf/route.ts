import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { getActor } from '@/lib/auth/session';
import { isLocale, defaultLocale } from '@/lib/i18n/locales';
import { applicationSubject } from '@/lib/queries/application-overview';
import { applicationPdfData } from '@/lib/pdf/application-pdf-data';
import { pdfTexts } from '@/lib/pdf/pdf-texts';
import { renderApplicationPdf } from '@/lib/pdf/render-application-pdf';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The application as a PDF in the official layout (issue 4, part 5): as submitted, with
 * the receipt number, the server's timestamp and the receipt hash; a draft is marked
 * DRAFT. Only actors who may read THIS application get it (the NGO's members, operator
 * staff, the commission's non-conflicted experts — CI-1).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  const subject = await applicationSubject(id);
  // Not found and not allowed look the same to a stranger (no probing for ids).
  if (!subject || !can(actor, 'read', subject)) return new Response('Not found', { status: 404, headers: noStore });

  const localeValue = await getLocale();
  const locale = isLocale(localeValue) ? localeValue : defaultLocale;
  const data = await applicationPdfData(db, id, locale, new Date());
  if (!data) return new Response('Not found', { status: 404, headers: noStore });
  const pdf = await renderApplicationPdf(data, await pdfTexts(subject.status));
  const name = data.receiptNumber ? `application-${data.receiptNumber}.pdf` : `application-draft-${id}.pdf`;
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${name}"`,
      'Content-Length': String(pdf.length),
      ...noStore,
    },
  });
}
