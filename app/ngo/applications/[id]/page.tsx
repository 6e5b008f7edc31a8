import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { applicationOverview, applicationSubject } from '@/lib/queries/application-overview';
import { applicationFormFor } from '@/lib/validation/forms/registry';
import { StatusBadge } from '@/components/ui/status-badge';
import { refusalText, type RefusalFormat } from '@/components/submission/refusal-text';
import { SubmitPanel } from '@/components/submission/submit-panel';
import { WithdrawForm } from '@/components/submission/withdraw-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('submission.overview');
  return { title: t('summary') };
}

const DAY_MS = 86_400_000;
/** Audit action names ('application.submitted') as message keys (no dots in keys). */
const messageKey = (action: string) => action.replace(/[.-]/g, '_');
const HOUR_MS = 3_600_000;

/**
 * One application of the NGO (issue 4, parts 5–6): status, the deadline by the server
 * clock, the form's sections and the documents with their completeness, the engine's verdict
 * on submitting now, the Submit / Withdraw actions while the deadline allows, the receipt,
 * the history (status changes and audit events), the operator's admission decision, and
 * the score once — and only once — the results are published.
 */
export default async function ApplicationOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser(`/ngo/applications/${id}`);
  const subject = await applicationSubject(id, actor.role);
  if (!subject) notFound();
  // The NGO cabinet shows the organisation's own applications only (staff use the console).
  if (!can(actor, 'read', subject) || !actor.organizationIds.includes(subject.organizationId)) forbidden();

  const now = new Date();
  const overview = await applicationOverview(id, now);
  if (!overview) notFound();
  const { app, assessment, history, admission, score } = overview;

  const [t, th, ts, tl, tc, format, locale] = await Promise.all([
    getTranslations('submission'),
    getTranslations('applicationHistory'),
    getTranslations('applicationStatus'),
    getTranslations('languages'),
    getTranslations('criteria'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'medium' });
  const money = (n: number) => format.number(n, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  const statusLabel = (s: string) => (ts.has(s as never) ? ts(s as never) : s);
  const fmt: RefusalFormat = {
    t: Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) }),
    locale,
    dateTime: (d) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }),
    money,
    languageName: (code) => (tl.has(code as never) ? tl(code as never) : code),
  };

  const competition = app.competition;
  const deadline = competition.deadlineAt;
  const beforeDeadline = assessment.onTime;
  const msLeft = deadline ? deadline.getTime() - now.getTime() : 0;
  const isDraft = app.status === 'DRAFT';
  const showSubmit = isDraft && beforeDeadline && can(actor, 'submit', subject);
  const showWithdraw = app.status === 'SUBMITTED' && beforeDeadline && can(actor, 'withdraw', subject);
  const title = text(app.projectTitleKk, app.projectTitleRu) || t('overview.untitled');
  const sectionStates = new Map(Object.entries(assessment.completeness.sections));
  const eligibilityReasons = assessment.reasons.filter((r) => /^[A-Z_]+$/.test(r.code));
  const documentTitle = (d: { titleKk: string; titleRu: string; titleEn?: string | undefined }) => text(d.titleKk, d.titleRu, d.titleEn);
  // An idempotency key per rendering of the page (a retry of the same rendering reuses it).
  const idempotencyKey = randomUUID();

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p>
          <Link href="/ngo/applications" className="text-brand-700 underline">
            ← {t('overview.back')}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="flex flex-wrap items-center gap-2" data-testid="application-status">
          <span className="text-slate-600">{t('overview.status')}:</span>
          <StatusBadge status={app.status} label={statusLabel(app.status)} />
        </p>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('overview.competition')}</dt>
          <dd>
            <Link href={`/competitions/${competition.id}`} className="underline">
              {text(competition.titleKk, competition.titleRu, competition.titleEn)}
            </Link>
            {competition.code && <span className="text-slate-500"> ({competition.code})</span>}
          </dd>
          <dt className="text-slate-500">{t('overview.lot')}</dt>
          <dd>{app.lot ? `№ ${app.lot.number}. ${text(app.lot.titleKk, app.lot.titleRu, app.lot.titleEn)}` : '—'}</dd>
          <dt className="text-slate-500">{t('overview.organization')}</dt>
          <dd>
            {text(overview.organizationNames.nameKk, overview.organizationNames.nameRu, overview.organizationNames.nameEn)}{' '}
            <span className="font-mono text-slate-500">({app.organization.bin})</span>
          </dd>
          {assessment.lotBudgetKzt !== null && (
            <>
              <dt className="text-slate-500">{t('overview.lotBudget')}</dt>
              <dd>{money(assessment.lotBudgetKzt)}</dd>
            </>
          )}
          {assessment.requestedKzt !== null && (
            <>
              <dt className="text-slate-500">{t('overview.requested')}</dt>
              <dd>{money(assessment.requestedKzt)}</dd>
            </>
          )}
          <dt className="text-slate-500">{t('overview.createdAt')}</dt>
          <dd>{when(overview.createdAt)}</dd>
        </dl>
      </header>

      <section
        aria-labelledby="deadline"
        className={`rounded-lg border p-5 ${beforeDeadline ? 'border-slate-200 bg-white' : 'border-amber-300 bg-amber-50'}`}
        data-testid="deadline-panel"
      >
        <h2 id="deadline" className="mb-2 text-xl font-semibold">{t('deadline.title')}</h2>
        {!deadline ? (
          <p>{t('deadline.none')}</p>
        ) : beforeDeadline ? (
          <>
            <p>{t('deadline.at', { deadline: when(deadline) })}</p>
            <p className="font-semibold" data-testid="time-left">
              {msLeft >= DAY_MS
                ? t('deadline.left', { days: Math.floor(msLeft / DAY_MS), hours: Math.floor((msLeft % DAY_MS) / HOUR_MS) })
                : t('deadline.leftHours', { hours: Math.floor(msLeft / HOUR_MS) })}
            </p>
          </>
        ) : (
          <p className="font-semibold text-amber-950" data-testid="deadline-passed">
            {t('deadline.passed', { deadline: when(deadline) })}
          </p>
        )}
      </section>

      {app.receiptNumber && app.submittedAt && app.receiptHash && (
        <section aria-labelledby="receipt" className="rounded-lg border border-green-300 bg-green-50 p-5" data-testid="receipt-panel">
          <h2 id="receipt" className="mb-3 text-xl font-semibold">{t('receipt.title')}</h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-600">{t('receipt.number')}</dt>
            <dd className="font-mono text-lg font-semibold" data-testid="receipt-number">
              {app.receiptNumber}
            </dd>
            <dt className="text-slate-600">{t('receipt.at')}</dt>
            <dd data-testid="receipt-time">{when(app.submittedAt)}</dd>
            {overview.submittedByName && (
              <>
                <dt className="text-slate-600">{t('receipt.by')}</dt>
                <dd>{overview.submittedByName}</dd>
              </>
            )}
            <dt className="text-slate-600">{t('receipt.hash')}</dt>
            <dd>
              <code className="break-all font-mono text-sm" data-testid="receipt-hash">
                {app.receiptHash}
              </code>
              <p className="text-sm text-slate-600">{t('receipt.hashHint')}</p>
            </dd>
          </dl>
          {app.status !== 'WITHDRAWN' && <p className="mt-3">{t('receipt.frozen')}</p>}
          <p className="mt-3">
            <a href={`/api/applications/${app.id}/pdf`} className="font-medium text-brand-700 underline" data-testid="receipt-pdf">
              {t('receipt.pdf')}
            </a>
          </p>
        </section>
      )}

      {app.status === 'WITHDRAWN' && app.withdrawnAt && (
        <section aria-labelledby="withdrawn" className="rounded-lg border border-slate-300 bg-slate-50 p-5">
          <h2 id="withdrawn" className="mb-2 text-xl font-semibold">{statusLabel('WITHDRAWN')}</h2>
          <p>{t('withdraw.withdrawn', { at: when(app.withdrawnAt), reason: app.withdrawalReason ?? '—' })}</p>
          {beforeDeadline && app.lot && (
            <p className="mt-2">
              <Link href={`/ngo/applications/new?lotId=${encodeURIComponent(app.lot.id)}`} className="font-medium text-brand-700 underline">
                {t('withdraw.startNew')}
              </Link>
            </p>
          )}
        </section>
      )}

      {showSubmit && (
        <section aria-labelledby="submit" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="submit-panel">
          <h2 id="submit" className="mb-2 text-xl font-semibold">{t('submit.title')}</h2>
          {assessment.reasons.length === 0 ? (
            <p className="mb-4 text-green-900">{t('submit.ready')}</p>
          ) : (
            <div className="mb-4">
              <p className="font-medium">{t('submit.notReady')}</p>
              <ul className="mt-1 list-disc pl-6 text-slate-800" data-testid="submit-preview">
                {assessment.reasons.map((r, i) => (
                  <li key={`${r.code}-${i}`}>{refusalText(r, fmt)}</li>
                ))}
              </ul>
            </div>
          )}
          <SubmitPanel applicationId={app.id} idempotencyKey={idempotencyKey} />
        </section>
      )}

      {showWithdraw && (
        <section aria-labelledby="withdraw" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="withdraw-panel">
          <h2 id="withdraw" className="mb-2 text-xl font-semibold">{t('withdraw.title')}</h2>
          <p className="mb-4 text-slate-700">{t('withdraw.intro')}</p>
          <WithdrawForm applicationId={app.id} />
        </section>
      )}

      <section aria-labelledby="sections" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="sections" className="mb-3 text-xl font-semibold">{t('sections.title')}</h2>
        <ul className="divide-y divide-slate-200" data-testid="sections-summary">
          {(applicationFormFor(app.competition.kind)?.sectionKeys ?? []).map((key) => {
            const s = sectionStates.get(key);
            const missing = s ? s.missing.length + s.errors.length : 0;
            return (
              <li key={key} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/ngo/applications/${app.id}/sections/${key}`} className="font-medium text-brand-700 underline">
                  {t(`sections.names.${key}` as never)}
                </Link>
                {!isDraft ? (
                  // Frozen: completeness was decided at submission; the editor shows it read-only.
                  <span className="text-slate-600">{t('sections.view')}</span>
                ) : s?.complete ? (
                  <span className="text-green-800">✓ {t('sections.complete')}</span>
                ) : (
                  <span className="text-amber-900">✗ {t('sections.missing', { count: missing })}</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="documents" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="documents" className="mb-3 text-xl font-semibold">{t('attachments.title')}</h2>
        {assessment.checklist.items.length === 0 ? (
          <p>{t('attachments.none')}</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="attachments-summary">
            {assessment.checklist.items.map((item) => (
              <li key={item.kind} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {documentTitle(item.document)}
                  {!item.required && <span className="text-slate-500"> ({t('attachments.optional')})</span>}
                  <span className="text-sm text-slate-500"> · {t('attachments.files', { count: item.count })}</span>
                </span>
                {item.satisfied ? (
                  <span className="text-green-800">✓ {t('attachments.satisfied')}</span>
                ) : (
                  <span className={item.required ? 'text-amber-900' : 'text-slate-600'}>
                    ✗{' '}
                    {item.missingLanguages.length > 0
                      ? t('attachments.missingLanguages', { languages: item.missingLanguages.map(fmt.languageName).join(', ') })
                      : t('attachments.missing')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <Link href={`/ngo/applications/${app.id}/attachments`} className="font-medium text-brand-700 underline">
            {t('attachments.manage')}
          </Link>
        </p>
      </section>

      {isDraft && (
        <section
          aria-labelledby="eligibility"
          className={`rounded-lg border p-5 ${eligibilityReasons.length ? 'border-red-300 bg-red-50' : 'border-green-300 bg-green-50'}`}
          data-testid="eligibility-panel"
        >
          <h2 id="eligibility" className="mb-2 text-xl font-semibold">{t('eligibility.title')}</h2>
          <p>
            {t('eligibility.report', {
              year: assessment.ngoDatabaseReport.year,
              status: t(`eligibility.reportStatus.${assessment.ngoDatabaseReport.timeliness}` as never),
            })}
          </p>
          {eligibilityReasons.length === 0 ? (
            <p className="mt-1 text-green-900">{t('eligibility.ok')}</p>
          ) : (
            <>
              <p className="mt-1 font-medium text-red-900">{t('eligibility.problems')}</p>
              <ul className="list-disc pl-6 text-red-900">
                {eligibilityReasons.map((r) => (
                  <li key={r.code}>{refusalText(r, fmt)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {admission && (
        <section aria-labelledby="admission" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="admission-panel">
          <h2 id="admission" className="mb-2 text-xl font-semibold">{t('admission.title')}</h2>
          <p className={admission.admitted ? 'font-semibold text-green-900' : 'font-semibold text-red-900'}>
            {admission.admitted ? t('admission.admitted') : t('admission.notAdmitted')}
          </p>
          <p className="text-sm text-slate-600">{t('admission.decidedAt', { at: when(admission.decidedAt) })}</p>
          {admission.reasons.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold">{t('admission.reasons')}</h3>
              <ul className="list-disc pl-6">
                {admission.reasons.map((code) => (
                  <li key={code}>{t.has(`admission.${code}` as never) ? t(`admission.${code}` as never) : code}</li>
                ))}
              </ul>
            </>
          )}
          {admission.comment && (
            <>
              <h3 className="mt-3 font-semibold">{t('admission.comment')}</h3>
              <p className="whitespace-pre-line">{admission.comment}</p>
            </>
          )}
        </section>
      )}

      {score && (
        <section aria-labelledby="score" className="rounded-lg border border-indigo-200 bg-white p-5" data-testid="score-panel">
          <h2 id="score" className="mb-2 text-xl font-semibold">{t('score.title')}</h2>
          <p className="text-lg font-semibold">
            {(() => {
              const max = score.criteria.every((c) => c.max !== null) ? score.criteria.reduce((s, c) => s + (c.max ?? 0), 0) : null;
              const value = format.number(score.score, { maximumFractionDigits: 2 });
              return max !== null && score.aggregation === 'mean' ? t('score.score', { score: value, max }) : t('score.scoreNoMax', { score: value });
            })()}
          </p>
          <p className="text-sm text-slate-600">{t('score.experts', { count: score.experts, aggregation: score.aggregation })}</p>
          <table className="mt-3 w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t('score.criterion')}</th>
                <th scope="col" className="p-2">{t('score.average')}</th>
                <th scope="col" className="p-2">{t('score.max')}</th>
              </tr>
            </thead>
            <tbody>
              {score.criteria.map((c) => (
                <tr key={c.id} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    {tc.has(c.id as never) ? tc(c.id as never) : text(c.titleKk, c.titleRu) || c.id}
                  </th>
                  <td className="p-2">{format.number(c.average, { maximumFractionDigits: 2 })}</td>
                  <td className="p-2">{c.max ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3">
            <Link href={`/ngo/applications/${app.id}/feedback`} className="text-brand-700 underline">
              {t('score.feedbackLink')}
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="history" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="history" className="mb-3 text-xl font-semibold">{th('title')}</h2>
        {history.length === 0 ? (
          <p>{th('empty')}</p>
        ) : (
          <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4" data-testid="history">
            {history.map((h) => (
              <li key={h.id}>
                <p className="text-sm text-slate-600">
                  <time dateTime={h.at.toISOString()}>{when(h.at)}</time> · {h.actorName ?? th('system')}
                </p>
                <p className="font-medium">
                  {h.kind === 'status'
                    ? h.from
                      ? th('status', { from: statusLabel(h.from), to: statusLabel(h.what) })
                      : th('statusInitial', { to: statusLabel(h.what) })
                    : th.has(`actions.${messageKey(h.what)}` as never)
                      ? th(`actions.${messageKey(h.what)}` as never)
                      : th('actions.other', { action: h.what })}
                </p>
                {h.reason && <p className="text-sm">{th('reason', { reason: h.reason })}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>

      {!app.receiptNumber && (
        <p>
          <a href={`/api/applications/${app.id}/pdf`} className="font-medium text-brand-700 underline" data-testid="draft-pdf">
            {t('receipt.pdf')}
          </a>
        </p>
      )}
    </article>
  );
}
