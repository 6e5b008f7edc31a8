import { getFormatter, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { renderDiscussionReportPdf } from '@/lib/pdf/social-order-discussion-report';
import { loadDiscussionReport } from '@/lib/services/social-order/discussion-report';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'private, no-store' };

/** F-5.1 as a PDF in Kazakh or Russian (`?locale=kk|ru`, Kazakh by default), for the customer's staff. */
export async function GET(request: Request, { params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401, headers: noStore });
  if (!can(actor, 'manage', { type: 'competition', status: 'DRAFT' })) return new Response('Not found', { status: 404, headers: noStore });
  const requested = new URL(request.url).searchParams.get('locale');
  if (requested !== null && requested !== 'kk' && requested !== 'ru') return new Response('locale must be kk or ru', { status: 400, headers: noStore });
  const locale = requested === 'ru' ? 'ru' : 'kk';
  const report = await loadDiscussionReport(db, planId, new Date());
  if (!report) return new Response('Not found', { status: 404, headers: noStore });

  const [t, td, format] = await Promise.all([getTranslations({ locale, namespace: 'socialOrder.report' }), getTranslations({ locale, namespace: 'socialOrder.discussion' }), getFormatter({ locale })]);
  const text = (kk?: string | null, ru?: string | null) => (locale === 'kk' ? kk || ru : ru || kk) ?? '';
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeZone: 'Asia/Almaty' }) : '—');
  const onTime = report.topics.flatMap((topic) => topic.comments.filter((c) => !c.late).map((c) => ({ topic, c })));
  const late = report.topics.flatMap((topic) => topic.comments.filter((c) => c.late).map((c) => ({ topic, c })));
  const who = (c: (typeof onTime)[number]['c']) => (c.organization ? text(c.organization.nameKk, c.organization.nameRu) : c.author);
  const pdf = await renderDiscussionReportPdf({
    locale,
    heading: t('title'),
    plan: text(report.plan.titleKk, report.plan.titleRu),
    meta: [
      { label: t('customer'), value: text(report.plan.owner.nameKk, report.plan.owner.nameRu) },
      { label: td('window'), value: `${day(report.plan.discussionOpensAt)} – ${day(report.plan.discussionClosesAt)}` },
    ],
    columns: { number: t('number'), topic: t('topic'), comment: t('comment'), conclusion: t('conclusion'), justification: t('justification') },
    rows: onTime.map(({ topic, c }, i) => ({
      number: String(i + 1),
      topic: `${topic.number}. ${text(topic.titleKk, topic.titleRu)}`,
      comment: `${c.text} (${who(c)}, ${day(c.submittedAt)})`,
      conclusion: t(`status.${c.status}` as never),
      justification: c.conclusion ?? '',
    })),
    empty: onTime.length === 0 ? t('noComments') : null,
    totals: t('totals', { accepted: report.totals.accepted, rejected: report.totals.rejected, pending: report.totals.pending }),
    lateTitle: late.length > 0 ? t('late', { count: late.length }) : null,
    late: late.map(({ topic, c }) => `${topic.number}. «${c.text}» — ${who(c)}, ${day(c.submittedAt)}`),
    signature: { role: t('signature'), name: '' },
    page: (page, total) => t('page', { page, total }),
  });
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="discussion-report-${report.plan.year}-${locale}.pdf"`, 'Content-Length': String(pdf.length), ...noStore },
  });
}
