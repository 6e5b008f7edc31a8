import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { parseCriterionDefinitions } from '@/lib/services/scoring/score-rules';
import { spCommissionOptions } from '@/lib/services/commission/direct-commission';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

/**
 * The strategic-partnership part of the public competition page (seed 000): the central
 * state body that runs it (L86), the CM-3 commission rule (L97–100), the selection criteria
 * defined for THIS competition with their titles and ranges (L102–106) and — once the
 * results are published — the single strategic partner (the published decision's winner).
 * Never a draft, never anything unpublished: renders nothing for other kinds.
 */
export async function StrategicPartnerPublic({ competitionId }: { competitionId: string }) {
  const competition = await db.competition.findFirst({
    where: { id: competitionId, kind: 'STRATEGIC_PARTNERSHIP', status: { not: 'DRAFT' } },
    select: {
      criteria: true,
      settings: true,
      organizer: { select: { nameKk: true, nameRu: true, nameEn: true } },
      decisions: {
        where: { status: 'PUBLISHED' },
        select: { rankingRows: { where: { winner: true }, take: 1, select: { score: true, application: { select: { organization: { select: { nameKk: true, nameRu: true, nameEn: true } } } } } } },
      },
    },
  });
  if (!competition) return null;
  const [t, format, locale] = await Promise.all([getTranslations('strategicPartnership.public'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const text = (v: { nameKk?: string | null; nameRu?: string | null; nameEn?: string | null }) => localized(locale, { kk: v.nameKk, ru: v.nameRu, en: v.nameEn });
  const criteria = parseCriterionDefinitions(competition.criteria);
  const rules = spCommissionOptions(competition.settings);
  const partner = competition.decisions.flatMap((d) => d.rankingRows)[0] ?? null;

  return (
    <section aria-labelledby="strategic-partnership" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5" data-testid="strategic-partnership-public">
      <h2 id="strategic-partnership" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p>{t('organizer', { organizer: text(competition.organizer) })}</p>
      <p className="text-slate-700">{t('commission', { state: rules.strategicMinState, civil: rules.strategicMinCivil })}</p>
      {criteria.length > 0 && <h3 className="text-lg font-semibold">{t('criteriaTitle')}</h3>}
      {criteria.length > 0 && (
        <DataTable caption={t('criteriaTitle')} columns={[{ label: t('criterion') }, { label: t('range'), align: 'right' }]}>
          {criteria.map((c) => (
            <Row key={c.id}>
              <Cell>{localized(locale, { kk: c.titleKk, ru: c.titleRu, en: c.titleEn }) || c.id}</Cell>
              <Cell align="right">
                {c.min}–{c.max}
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
      {partner && (
        <div className="rounded border border-green-300 bg-green-50 p-4 text-green-950" data-testid="strategic-partner">
          <h3 className="mb-1 text-lg font-semibold">{t('partnerTitle')}</h3>
          <p className="font-medium">{t('partner', { organization: text(partner.application.organization) })}</p>
          <p className="text-sm">{t('partnerScore', { score: format.number(Number(partner.score), { maximumFractionDigits: 2 }) })}</p>
        </div>
      )}
    </section>
  );
}
