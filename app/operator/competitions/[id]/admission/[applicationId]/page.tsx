import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { isOnTime } from '@/lib/rules';
import { loadAdmissionReview } from '@/lib/services/admission/admission-review';
import { AdmissionForm } from '@/components/admission/admission-form';
import { StatusBadge } from '@/components/ui/status-badge';
import { HistoryLink } from '@/components/ui/history-link';

export const dynamic = 'force-dynamic';

const box = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * One application under the admission check (stage 4, L1019–1028): the checklist the
 * engine computes (sections, documents, NGO database report at submission, suggested
 * grounds R1/R3), the PDF and the files, and the decision form — or, once decided, the
 * recorded decision, read-only.
 */
export default async function AdmissionReviewPage({ params }: { params: Promise<{ id: string; applicationId: string }> }) {
  const { id, applicationId } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/competitions/${id}/admission/${applicationId}`);
  const review = await loadAdmissionReview(db, applicationId);
  if (!review || review.app.competitionId !== id) notFound();
  const { app, checklist } = review;
  if (!can(actor, 'review', { type: 'application', organizationId: app.organizationId, status: app.status })) forbidden();

  const [t, ts, format, locale] = await Promise.all([getTranslations('admission'), getTranslations('applicationStatus'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });
  const ngoName = text(app.organization.nameKk, app.organization.nameRu);
  const decision = app.admissionDecisions[0] ?? null;
  const now = new Date();
  const deadlineAt = app.competition.deadlineAt;
  // DL-1: decided only after the deadline, only while SUBMITTED (the service re-checks both).
  const canDecide = !decision && app.status === 'SUBMITTED' && deadlineAt !== null && !isOnTime(now, deadlineAt);

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/operator/competitions/${id}/admission`} className="text-brand-700 underline">{t('detail.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t('detail.title', { ngo: ngoName })}</h1>
        <p className="mt-1 text-slate-600">{text(app.competition.titleKk, app.competition.titleRu, app.competition.titleEn)}</p>
        <p className="mt-1">
          <HistoryLink type="Application" id={applicationId} />
        </p>
      </div>

      <section aria-labelledby="summary" className={box}>
        <h2 id="summary" className="mb-3 text-xl font-semibold">{t('detail.summary')}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('list.ngo')}</dt>
          <dd>{ngoName}</dd>
          <dt className="text-slate-500">{t('list.bin')}</dt>
          <dd className="font-mono">{app.organization.bin}</dd>
          <dt className="text-slate-500">{t('list.lot')}</dt>
          <dd>{app.lot ? `${t('list.lotNumber', { number: app.lot.number })} — ${text(app.lot.titleKk, app.lot.titleRu, app.lot.titleEn)}` : '—'}</dd>
          <dt className="text-slate-500">{t('detail.project')}</dt>
          <dd>{text(app.projectTitleKk, app.projectTitleRu) || '—'}</dd>
          <dt className="text-slate-500">{t('list.receipt')}</dt>
          <dd className="font-mono">{app.receiptNumber ?? '—'}</dd>
          <dt className="text-slate-500">{t('list.submittedAt')}</dt>
          <dd>{app.submittedAt ? when(app.submittedAt) : '—'}</dd>
          <dt className="text-slate-500">{t('list.status')}</dt>
          <dd data-testid="application-status">
            <StatusBadge status={app.status} label={ts.has(app.status as never) ? ts(app.status as never) : app.status} />
          </dd>
        </dl>
        <p className="mt-4">
          <a href={`/api/applications/${app.id}/pdf`} className="text-brand-700 underline">{t('detail.pdf')}</a>
        </p>
      </section>

      <section aria-labelledby="checklist" className={box} data-testid="admission-checklist">
        <h2 id="checklist" className="mb-3 text-xl font-semibold">{t('detail.checklistTitle')}</h2>
        {!checklist ? (
          <p>{t('detail.notSubmitted')}</p>
        ) : (
          <div className="flex flex-col gap-5">
            <div>
              <h3 className="mb-2 font-semibold">{t('detail.sectionsTitle')}</h3>
              <ul className="flex flex-col gap-1">
                {Object.entries(checklist.completeness.sections).map(([key, s], i) => {
                  return (
                    <li key={key} className="flex gap-2">
                      <span aria-hidden="true">{s.complete ? '✓' : '✗'}</span>
                      <span>
                        {t('detail.sectionName', { number: i + 1 })}:{' '}
                        <span className={s.complete ? 'text-green-900' : 'font-medium text-red-800'}>
                          {s.complete ? t('detail.sectionComplete') : t('detail.sectionIncomplete', { missing: s.missing.length + s.errors.length })}
                        </span>
                      </span>
                    </li>
                  );
                })}
              </ul>
              {checklist.completeness.errors.length > 0 && (
                <p className="mt-1 font-medium text-red-800">{t('detail.sectionsInconsistent', { count: checklist.completeness.errors.length })}</p>
              )}
            </div>
            <div>
              <h3 className="mb-2 font-semibold">{t('detail.documentsTitle')}</h3>
              <ul className="flex flex-col gap-1">
                {checklist.documents.items.map((item) => (
                  <li key={item.kind} className="flex gap-2">
                    <span aria-hidden="true">{item.satisfied ? '✓' : '✗'}</span>
                    <span>
                      {text(item.document.titleKk, item.document.titleRu, item.document.titleEn)}
                      {!item.required && <span className="text-slate-500"> ({t('detail.documentOptional')})</span>}:{' '}
                      <span className={item.satisfied ? 'text-green-900' : item.required ? 'font-medium text-red-800' : 'text-slate-600'}>
                        {item.satisfied ? t('detail.documentPresent', { count: item.count }) : t('detail.documentMissing')}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="mb-2 font-semibold">{t('detail.reportTitle')}</h3>
              <p className={checklist.ngoDatabaseOnTime ? 'text-green-900' : 'font-medium text-red-800'} data-testid="ngo-database-timeliness">
                {t(`detail.timeliness.${checklist.ngoDatabaseReport}`)}
              </p>
            </div>
            <div className="rounded border border-slate-200 bg-slate-50 p-3">
              <h3 className="mb-1 font-semibold">{t('detail.suggestionTitle')}</h3>
              <p data-testid="admission-suggestion">
                {checklist.suggestAdmit ? t('detail.suggestAdmit') : t('detail.suggestNotAdmit', { reasons: checklist.suggestedReasons.join(', ') })}
              </p>
              <p className="mt-1 text-sm text-slate-600">{t('detail.suggestionNote')}</p>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="files" className={box}>
        <h2 id="files" className="mb-3 text-xl font-semibold">{t('detail.filesTitle')}</h2>
        {app.attachments.length === 0 ? (
          <p className="text-slate-600">{t('detail.noFiles')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {app.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/attachments/${a.id}`} className="text-brand-700 underline">{a.fileName}</a>{' '}
                <span className="text-sm text-slate-500">
                  ({a.kind}
                  {a.language ? `, ${a.language}` : ''}, {format.number(Math.ceil(a.sizeBytes / 1024))} KB)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="decision" className={decision ? box : 'rounded-lg border border-brand-600 bg-white p-5'} data-testid="admission-decision">
        <h2 id="decision" className="mb-3 text-xl font-semibold">{t('detail.decisionTitle')}</h2>
        {decision ? (
          <div className="flex flex-col gap-2">
            <p className={decision.admitted ? 'font-semibold text-green-900' : 'font-semibold text-red-900'}>
              {decision.admitted ? t('detail.admitted') : t('detail.notAdmitted')}
            </p>
            <p className="text-sm text-slate-600">{t('detail.decidedAt', { at: when(decision.decidedAt), name: decision.decidedBy.name })}</p>
            {decision.reasons.length > 0 && (
              <>
                <h3 className="mt-2 font-semibold">{t('detail.reasonsTitle')}</h3>
                <ul className="list-disc pl-6">
                  {decision.reasons.map((code) => (
                    <li key={code}>{t.has(`reasons.${code}` as never) ? t(`reasons.${code}` as never) : code}</li>
                  ))}
                </ul>
              </>
            )}
            {decision.comment && (
              <>
                <h3 className="mt-2 font-semibold">{t('detail.commentTitle')}</h3>
                <p className="whitespace-pre-line">{decision.comment}</p>
              </>
            )}
            <p className="mt-2 text-sm text-slate-600">{t('detail.readOnly')}</p>
          </div>
        ) : canDecide ? (
          <AdmissionForm applicationId={app.id} version={app.version} suggestedReasons={checklist?.suggestedReasons ?? []} />
        ) : deadlineAt !== null && isOnTime(now, deadlineAt) ? (
          <p>{t('list.beforeDeadline', { deadline: when(deadlineAt) })}</p>
        ) : (
          <p>{t('detail.notDecidable')}</p>
        )}
      </section>
    </div>
  );
}
