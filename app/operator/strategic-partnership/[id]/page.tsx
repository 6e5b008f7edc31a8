import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { parseCriterionDefinitions } from '@/lib/services/scoring/score-rules';
import { spCommissionOptions } from '@/lib/services/commission/direct-commission';
import { DirectCommissionSection } from '@/components/commission/direct-commission-section';
import { SpStepButton } from '@/components/strategic-partnership/step-button';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

/** One strategic-partnership competition: criteria, the CM-3 commission, scoring and the partner. */
export default async function StrategicPartnershipPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/strategic-partnership/${id}`);
  const competition = await db.competition.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      code: true,
      status: true,
      version: true,
      titleKk: true,
      titleRu: true,
      titleEn: true,
      settings: true,
      criteria: true,
      budgetKzt: true,
      deadlineAt: true,
      organizer: { select: { nameKk: true, nameRu: true, nameEn: true } },
      decisions: { select: { rankingRows: { orderBy: { rank: 'asc' }, select: { rank: true, score: true, winner: true, application: { select: { organization: { select: { nameKk: true, nameRu: true } } } } } } } },
    },
  });
  if (!competition || competition.kind !== 'STRATEGIC_PARTNERSHIP') notFound();
  await requirePermission('manage', { type: 'competition', status: competition.status }, `/operator/strategic-partnership/${id}`);
  const [t, ts, format, locale] = await Promise.all([getTranslations('strategicPartnership'), getTranslations('competitionStatus'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const submitted = await db.application.count({ where: { competitionId: competition.id, submittedAt: { not: null }, withdrawnAt: null, status: { notIn: ['DRAFT', 'WITHDRAWN'] } } });
  const criteria = parseCriterionDefinitions(competition.criteria);
  const options = spCommissionOptions(competition.settings);
  const ranking = competition.decisions.flatMap((d) => d.rankingRows);

  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href="/operator/strategic-partnership" className="text-brand-700 underline">{t('new.back')}</Link>
      </p>
      <div>
        <p className="font-mono text-sm text-slate-600">{competition.code}</p>
        <h1 className="text-3xl font-bold">{localized(locale, { kk: competition.titleKk, ru: competition.titleRu, en: competition.titleEn })}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-slate-700">
          <StatusBadge status={competition.status} label={ts(competition.status as never)} />
          <span>{localized(locale, { kk: competition.organizer.nameKk, ru: competition.organizer.nameRu, en: competition.organizer.nameEn })}</span>
          {competition.budgetKzt !== null && <span>{format.number(Number(competition.budgetKzt), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 })}</span>}
          {competition.deadlineAt && <span>{t('detail.deadline', { at: format.dateTime(competition.deadlineAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</span>}
        </p>
      </div>

      <section aria-labelledby="sp-criteria">
        <h2 id="sp-criteria" className="mb-3 text-xl font-semibold">{t('new.criteriaSection')}</h2>
        <DataTable columns={[{ label: t('new.criterionId') }, { label: t('list.name') }, { label: t('detail.range') }]}>
          {criteria.map((c) => (
            <Row key={c.id}>
              <Cell className="font-mono">{c.id}</Cell>
              <Cell>{localized(locale, { kk: c.titleKk, ru: c.titleRu, en: c.titleEn })}</Cell>
              <Cell>
                {c.min}–{c.max}
              </Cell>
            </Row>
          ))}
        </DataTable>
      </section>

      <DirectCommissionSection
        competition={{ id: competition.id, kind: 'STRATEGIC_PARTNERSHIP', status: competition.status, version: competition.version, settings: competition.settings }}
        lead={t('commission.lead', { state: options.strategicMinState, civil: options.strategicMinCivil })}
      />

      <section aria-labelledby="sp-stage" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="sp-stage">
        <h2 id="sp-stage" className="text-xl font-semibold">{t('stage.title')}</h2>
        {competition.status === 'DRAFT' && (
          <>
            <p className="max-w-3xl text-slate-600">{t('stage.publishLead')}</p>
            <SpStepButton step="publish" competitionId={competition.id} version={competition.version} />
          </>
        )}
        {competition.status !== 'DRAFT' && (
          <p>
            <Link href={`/competitions/${competition.id}`} className="text-brand-700 underline">{t('stage.publicPage')}</Link>
          </p>
        )}
        {(competition.status === 'ANNOUNCED' || competition.status === 'OPEN') && <p className="max-w-3xl text-slate-600">{t('stage.openLead')}</p>}
        {competition.status === 'CLOSED' && (
          <>
            <p className="max-w-3xl text-slate-600">{t('stage.admissionLead', { submitted })}</p>
            <SpStepButton step="startAdmission" competitionId={competition.id} version={competition.version} />
          </>
        )}
        {competition.status === 'ADMISSION' && (
          <p>
            <Link href={`/operator/competitions/${competition.id}/admission`} className="text-brand-700 underline">{t('stage.admissionLink', { submitted })}</Link>
          </p>
        )}
        {(competition.status === 'SCORING' || competition.status === 'COMMISSION_MEETING' || competition.status === 'RESULTS_PUBLISHED') && (
          <p>
            <Link href={`/operator/competitions/${competition.id}/results`} className="text-brand-700 underline">{t('stage.resultsLink')}</Link>
          </p>
        )}
      </section>

      {competition.status === 'SCORING' && (
        <section aria-labelledby="sp-select" className="flex flex-col gap-3">
          <h2 id="sp-select" className="text-xl font-semibold">{t('detail.selectTitle')}</h2>
          <p className="max-w-3xl text-slate-600">{t('detail.selectLead')}</p>
          <SpStepButton step="selectPartner" competitionId={competition.id} version={competition.version} />
        </section>
      )}
      {ranking.length > 0 && (
        <section aria-labelledby="sp-ranking">
          <h2 id="sp-ranking" className="mb-3 text-xl font-semibold">{t('detail.rankingTitle')}</h2>
          <DataTable columns={[{ label: t('detail.rank'), align: 'right' }, { label: t('detail.applicant') }, { label: t('detail.score'), align: 'right' }, { label: t('detail.outcome') }]}>
            {ranking.map((r) => (
              <Row key={r.rank}>
                <Cell align="right">{r.rank}</Cell>
                <Cell>{localized(locale, { kk: r.application.organization.nameKk, ru: r.application.organization.nameRu })}</Cell>
                <Cell align="right">{format.number(Number(r.score), { maximumFractionDigits: 3 })}</Cell>
                <Cell>{r.winner ? <strong>{t('detail.partner')}</strong> : '—'}</Cell>
              </Row>
            ))}
          </DataTable>
        </section>
      )}
    </div>
  );
}
