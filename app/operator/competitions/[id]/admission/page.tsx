import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { isOnTime } from '@/lib/rules';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/**
 * The admission check of one competition (issue 5, item 2): every submitted application
 * (drafts and withdrawn ones are not the operator's to check) with its decision, and the
 * progress "decided n of m". Operator staff only.
 */
export default async function AdmissionListPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/competitions/${id}/admission`);
  const competition = await db.competition.findUnique({ where: { id }, select: { id: true, titleKk: true, titleRu: true, titleEn: true, deadlineAt: true } });
  if (!competition) notFound();
  const applications = await db.application.findMany({
    where: { competitionId: id, submittedAt: { not: null }, withdrawnAt: null, status: { notIn: ['DRAFT', 'WITHDRAWN'] } },
    orderBy: [{ submittedAt: 'asc' }],
    select: {
      id: true,
      status: true,
      receiptNumber: true,
      submittedAt: true,
      organization: { select: { bin: true, nameKk: true, nameRu: true } },
      lot: { select: { number: true } },
      admissionDecisions: { orderBy: { decidedAt: 'desc' }, take: 1, select: { admitted: true, reasons: true } },
    },
  });

  const [t, ts, format, locale] = await Promise.all([getTranslations('admission'), getTranslations('applicationStatus'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const decided = applications.filter((a) => a.admissionDecisions.length > 0).length;
  const now = new Date();
  // DL-1: the admission check starts once the deadline has passed.
  const beforeDeadline = competition.deadlineAt !== null && isOnTime(now, competition.deadlineAt);

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator" className="text-brand-700 underline">{t('list.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('list.title', { competition: text(competition.titleKk, competition.titleRu, competition.titleEn) })}</h1>
        <p className="mt-2 text-lg" data-testid="admission-progress">
          {t('list.progress', { decided, total: applications.length })}
        </p>
        {applications.length > 0 && (
          <progress className="mt-2 h-2 w-full max-w-md" max={applications.length} value={decided} aria-label={t('list.progress', { decided, total: applications.length })} />
        )}
      </div>
      {beforeDeadline && competition.deadlineAt && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t('list.beforeDeadline', { deadline: when(competition.deadlineAt) })}</p>
      )}
      {applications.length === 0 ? (
        <p className="text-slate-600">{t('list.empty')}</p>
      ) : (
        <DataTable
          caption={t('list.caption')}
          columns={[
            { label: t('list.ngo') },
            { label: t('list.bin') },
            { label: t('list.lot') },
            { label: t('list.receipt') },
            { label: t('list.submittedAt') },
            { label: t('list.status') },
            { label: t('list.decision') },
          ]}
        >
          {applications.map((a) => {
            const decision = a.admissionDecisions[0];
            return (
              <Row key={a.id}>
                <Cell>
                  <Link href={`/operator/competitions/${id}/admission/${a.id}`} className="text-brand-700 underline">
                    {text(a.organization.nameKk, a.organization.nameRu)}
                  </Link>
                </Cell>
                <Cell className="font-mono">{a.organization.bin}</Cell>
                <Cell>{a.lot ? t('list.lotNumber', { number: a.lot.number }) : '—'}</Cell>
                <Cell className="font-mono">{a.receiptNumber ?? '—'}</Cell>
                <Cell>{a.submittedAt ? when(a.submittedAt) : '—'}</Cell>
                <Cell>
                  <StatusBadge status={a.status} label={ts.has(a.status as never) ? ts(a.status as never) : a.status} />
                </Cell>
                <Cell>
                  {!decision ? (
                    <span className="text-slate-600">{t('list.pending')}</span>
                  ) : decision.admitted ? (
                    <span className="font-medium text-green-900">{t('list.admitted')}</span>
                  ) : (
                    <span className="font-medium text-red-900">{t('list.notAdmitted', { reasons: decision.reasons.join(', ') })}</span>
                  )}
                </Cell>
              </Row>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
