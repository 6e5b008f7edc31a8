import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { loadAwardTimeline } from '@/lib/services/awards/award-timeline';
import { loadLaureateSelection } from '@/lib/services/awards/laureate-selection';
import { awardPaymentRegister } from '@/lib/services/awards/payment-register';
import { LaureateSelectionForm } from '@/components/awards/laureate-selection-form';
import { DirectCommissionSection } from '@/components/commission/direct-commission-section';
import { LifecycleActions } from '@/components/competitions/lifecycle-actions';
import { RecordPaymentButton } from '@/components/awards/record-payment-button';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/**
 * One award cycle for the operator: the timeline with the AW-5..AW-10 warnings, the
 * laureates per direction (AW-9, AW-11) with their diplomas, and the payment register with
 * "record payment" (AW-10). Operator staff only.
 */
export default async function AwardCyclePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser(`/operator/awards/${id}`);
  const competition = await db.competition.findUnique({ where: { id }, select: { id: true, kind: true, code: true, year: true, status: true, version: true, settings: true, titleKk: true, titleRu: true, titleEn: true } });
  if (!competition || competition.kind !== 'AWARD' || !can(actor, 'manage', { type: 'competition', status: competition.status })) notFound();
  const [timeline, register, selection] = await Promise.all([loadAwardTimeline(db, id), awardPaymentRegister(db, actor, id), loadLaureateSelection(db, id)]);
  if (!timeline || !register || !selection) notFound();
  const candidateStep = timeline.find((s) => s.key === 'candidateList');

  const [t, ts, format, locale] = await Promise.all([getTranslations('awards'), getTranslations('competitionStatus'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (kk: string, ru: string, en?: string | null) => localized(locale, { kk, ru, en });
  const money = (v: bigint) => format.number(Number(v), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const score = (v: number) => `${format.number(v, { maximumFractionDigits: 2 })} / ${selection.maxScore}`;

  // Laureates grouped by direction (the register is ordered by direction number, then rank).
  const byDirection = new Map<number, typeof register>();
  for (const row of register) byDirection.set(row.direction.number, [...(byDirection.get(row.direction.number) ?? []), row]);

  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href="/operator/awards" className="text-brand-700 underline">
          {t('operator.back')}
        </Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{text(competition.titleKk, competition.titleRu, competition.titleEn)}</h1>
        <p className="mt-2 flex items-center gap-3">
          {competition.code && <span className="font-mono text-slate-700">{competition.code}</span>}
          <StatusBadge status={competition.status} label={ts.has(competition.status as never) ? ts(competition.status as never) : competition.status} />
        </p>
      </div>

      <section aria-labelledby="award-timeline" className="flex flex-col gap-3">
        <h2 id="award-timeline" className="text-xl font-semibold">
          {t('timeline.title')}
        </h2>
        <DataTable
          caption={t('timeline.title')}
          testId="award-timeline"
          columns={[{ label: t('operator.timelineStep') }, { label: t('operator.timelineRule') }, { label: t('timeline.planned') }, { label: t('timeline.limit') }, { label: t('operator.timelineDone') }, { label: t('operator.timelineStatus') }]}
        >
          {timeline.map((s) => (
            <Row key={s.key}>
              <Cell>{t(`timeline.steps.${s.key}`)}</Cell>
              <Cell className="font-mono">{s.rule}</Cell>
              <Cell>{s.planned ? day(s.planned) : '—'}</Cell>
              <Cell>{day(s.limit)}</Cell>
              <Cell>{s.doneAt ? when(s.doneAt) : '—'}</Cell>
              <Cell>
                {s.warning === null ? (
                  <span className="text-green-900">{t('operator.noWarning')}</span>
                ) : (
                  <span className="font-medium text-amber-900">{t(`timeline.warnings.${s.warning}`, { rule: s.rule, limit: day(s.limit) })}</span>
                )}
              </Cell>
            </Row>
          ))}
        </DataTable>
      </section>

      {candidateStep && (
        <section aria-labelledby="award-candidates" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5" data-testid="award-candidates">
          <h2 id="award-candidates" className="text-xl font-semibold">
            {t('candidates.title')}
          </h2>
          {/* AW-7: the candidate list within 10 working days of the close of acceptance (DL-2). */}
          <p>{t('candidates.due', { rule: candidateStep.rule, date: day(candidateStep.limit) })}</p>
          {candidateStep.doneAt && <p className="text-green-900">{t('candidates.published', { date: when(candidateStep.doneAt) })}</p>}
          {competition.status === 'CLOSED' && (
            <>
              <p>{t('candidates.closedLead')}</p>
              <LifecycleActions competitionId={competition.id} version={competition.version} canPublish={false} canStartAdmission canDeclareNotHeld={false} canCancel={false} />
            </>
          )}
          <p>
            <Link href={`/operator/competitions/${competition.id}/admission`} className="text-brand-700 underline">
              {t('candidates.link')}
            </Link>
          </p>
        </section>
      )}

      <DirectCommissionSection
        competition={{ id: competition.id, kind: 'AWARD', status: competition.status, version: competition.version, settings: competition.settings }}
        lead={t('commission.lead')}
      />

      <section aria-labelledby="award-selection" className="flex flex-col gap-3">
        <h2 id="award-selection" className="text-xl font-semibold">
          {t('selection.title')}
        </h2>
        <p className="text-slate-700" data-testid="award-minimum">
          {selection.mrpKzt === null
            ? t('errors.mrpMissing', { year: competition.year })
            : t('selection.minimum', { year: competition.year, mrp: money(BigInt(selection.mrpKzt)), minimumMrp: selection.minimumMrp, minimum: money(BigInt(selection.minimumKzt ?? 0)) })}
        </p>
        {!selection.hasScores && selection.directions.length > 0 && <p className="text-slate-600">{t('selection.noScores')}</p>}
        {!selection.open ? (
          <p className="text-slate-600">{t('selection.closed')}</p>
        ) : selection.directions.length === 0 ? (
          <p className="text-slate-600">{t('selection.noNominations')}</p>
        ) : (
          selection.directions.map((d) => {
            const label = t('operator.directionNumber', { number: d.number });
            return (
              <div key={d.lotId} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5" data-testid={`award-direction-${d.number}`}>
                <h3 className="text-lg font-semibold">
                  {label}: {text(d.titleKk, d.titleRu, d.titleEn)}
                </h3>
                <p className="text-sm text-slate-700">
                  {t('selection.amount', { amount: money(BigInt(d.amountKzt)) })}
                  {!d.amountOk && <span className="ml-2 font-medium text-red-900">{t('selection.belowMinimum')}</span>}
                </p>
                {d.selected ? (
                  <p className="text-green-900">{t('selection.alreadySelected')}</p>
                ) : (
                  <LaureateSelectionForm
                    competitionId={competition.id}
                    lotId={d.lotId}
                    version={selection.version}
                    directionLabel={label}
                    amountKzt={d.amountKzt}
                    showScores={selection.hasScores}
                    nominations={d.nominations.map((n) => ({
                      applicationId: n.applicationId,
                      name: text(n.organization.nameKk, n.organization.nameRu),
                      bin: n.organization.bin,
                      score: n.score === null ? null : score(n.score),
                    }))}
                  />
                )}
              </div>
            );
          })
        )}
      </section>

      <section aria-labelledby="award-laureates" className="flex flex-col gap-3">
        <h2 id="award-laureates" className="text-xl font-semibold">
          {t('operator.laureatesTitle')}
        </h2>
        {register.length === 0 ? (
          <p className="text-slate-600">{t('operator.noLaureates')}</p>
        ) : (
          [...byDirection.entries()].map(([number, rows]) => (
            <div key={number} className="flex flex-col gap-2">
              <h3 className="text-lg font-semibold">
                {t('operator.directionNumber', { number })}: {text(rows[0]!.direction.nameKk, rows[0]!.direction.nameRu)}
              </h3>
              <DataTable
                caption={`${t('operator.laureatesCaption')} — ${t('operator.directionNumber', { number })}`}
                columns={[{ label: t('operator.rank') }, { label: t('operator.ngo') }, { label: t('operator.bin') }, { label: t('operator.amount'), align: 'right' }, { label: t('operator.diplomaNumber') }, { label: t('operator.diploma') }]}
              >
                {rows.map((r) => (
                  <Row key={r.laureateId}>
                    <Cell>{r.rank}</Cell>
                    <Cell>{text(r.organization.nameKk, r.organization.nameRu)}</Cell>
                    <Cell className="font-mono">{r.organization.bin}</Cell>
                    <Cell align="right">{money(r.amountKzt)}</Cell>
                    <Cell>{r.diplomaNumber ?? '—'}</Cell>
                    <Cell>
                      <span className="flex flex-wrap gap-3">
                        <a href={`/api/laureates/${r.laureateId}/diploma?locale=kk`} className="text-brand-700 underline">
                          {t('operator.diplomaKk')}
                        </a>
                        <a href={`/api/laureates/${r.laureateId}/diploma?locale=ru`} className="text-brand-700 underline">
                          {t('operator.diplomaRu')}
                        </a>
                      </span>
                    </Cell>
                  </Row>
                ))}
              </DataTable>
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="award-register" className="flex flex-col gap-3">
        <h2 id="award-register" className="text-xl font-semibold">
          {t('operator.registerTitle')}
        </h2>
        {register.length === 0 ? (
          <p className="text-slate-600">{t('operator.noLaureates')}</p>
        ) : (
          <DataTable
            caption={t('operator.registerCaption')}
            testId="award-payment-register"
            columns={[{ label: t('operator.direction') }, { label: t('operator.ngo') }, { label: t('operator.amount'), align: 'right' }, { label: t('operator.bank') }, { label: t('operator.payment') }]}
          >
            {register.map((r) => (
              <Row key={r.laureateId}>
                <Cell>{r.direction.number}</Cell>
                <Cell>
                  {text(r.organization.nameKk, r.organization.nameRu)}
                  <span className="block font-mono text-xs text-slate-600">{r.organization.bin}</span>
                </Cell>
                <Cell align="right">{money(r.amountKzt)}</Cell>
                <Cell>
                  {r.bankComplete ? (
                    <span className="text-sm">
                      {r.bank.name}
                      <span className="block font-mono text-xs">
                        {r.bank.bic} · {r.bank.iban}
                        {r.bank.kbe ? ` · ${r.bank.kbe}` : ''}
                      </span>
                    </span>
                  ) : (
                    <span className="font-medium text-red-900">{t('operator.bankIncomplete')}</span>
                  )}
                </Cell>
                <Cell>
                  {r.paidAt ? (
                    <span className="text-green-900">{t('operator.paidAt', { date: when(r.paidAt) })}</span>
                  ) : r.bankComplete ? (
                    <RecordPaymentButton laureateId={r.laureateId} label={`${t('operator.recordPayment')}: ${text(r.organization.nameKk, r.organization.nameRu)}`} />
                  ) : (
                    '—'
                  )}
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
