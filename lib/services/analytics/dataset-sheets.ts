/** Loads one dataset (filters applied) and lays it out as workbook sheets for the export route. */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { AppLocale } from '@/lib/i18n/locales';
import { moneyDatasets, overdueDataset, ratesDataset, scoresDataset, submissionsDataset, timelineCompetitions } from './analytics-queries';
import {
  allScoresTable,
  deadlineHoursTable,
  moneyTable,
  overdueByAgreementTable,
  overdueByOrganizationTable,
  ratesTable,
  submissionsTable,
  type DataTableModel,
  type Translate,
} from './dataset-tables';
import type { AnalyticsDataset, AnalyticsFilters } from './filters';

type Db = PrismaClient | Prisma.TransactionClient;

export async function datasetSheets(
  db: Db,
  dataset: AnalyticsDataset,
  f: AnalyticsFilters,
  opts: { competitionId?: string | null; now: Date; locale: AppLocale; t: Translate; sharedCriterion: (id: string) => string | null },
): Promise<{ name: string; table: DataTableModel }[] | null> {
  const { locale, t } = opts;
  switch (dataset) {
    case 'money-direction':
      return [{ name: t('sheets.moneyDirection'), table: moneyTable((await moneyDatasets(db, f)).byDirection, 'direction', locale, t) }];
    case 'money-region':
      return [{ name: t('sheets.moneyRegion'), table: moneyTable((await moneyDatasets(db, f)).byRegion, 'region', locale, t) }];
    case 'submissions': {
      const choices = await timelineCompetitions(db, f);
      const id = opts.competitionId && choices.some((c) => c.id === opts.competitionId) ? opts.competitionId : choices[0]?.id;
      const tl = id ? await submissionsDataset(db, id) : null;
      if (!tl) return null;
      return [
        { name: t('sheets.submissionsDays'), table: submissionsTable(tl, t) },
        { name: t('sheets.submissionsHours'), table: deadlineHoursTable(tl, t) },
      ];
    }
    case 'rates':
      return [{ name: t('sheets.rates'), table: ratesTable(await ratesDataset(db, f), t) }];
    case 'scores':
      return [{ name: t('sheets.scores'), table: allScoresTable(await scoresDataset(db, f), locale, t, opts.sharedCriterion) }];
    case 'overdue': {
      const d = await overdueDataset(db, f, opts.now);
      return [
        { name: t('sheets.overdueOrganizations'), table: overdueByOrganizationTable(d.byOrganization, locale, t) },
        { name: t('sheets.overdueAgreements'), table: overdueByAgreementTable(d.byAgreement, locale, t) },
      ];
    }
  }
}
