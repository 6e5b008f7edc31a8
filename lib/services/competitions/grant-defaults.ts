/**
 * Defaults a new grant competition is created with (DOMAIN.md: every number is a default,
 * copied into the competition and editable by staff). Criteria come from the engine
 * (SC-1 `grantCriteria`); their kk/ru titles are stored with them, as the seed does, so a
 * protocol or a scoring sheet can print them without the UI's messages.
 */
import { DEFAULT_RULE_SETTINGS, grantCriteria, type Criterion } from '@/lib/rules';

export const GRANT_CRITERION_TITLES: Record<string, { titleKk: string; titleRu: string }> = {
  capacity: { titleKk: 'Ұйымның жалпы әлеуеті', titleRu: 'Общий потенциал организации' },
  specialists: {
    titleKk: 'Жобаны іске асыруға тартылатын мамандардың тәжірибесі мен біліктілігі',
    titleRu: 'Опыт и квалификация специалистов, привлекаемых к реализации проекта',
  },
  content: {
    titleKk: 'Жоба мазмұнының Жоспарда көрсетілген мақсаттарға қол жеткізуге бағытталуы',
    titleRu: 'Направленность содержания проекта на достижение целей, указанных в Плане',
  },
  results: {
    titleKk: 'Нәтижелердің маңыздылығы мен қолжетімділігі, тұрақтылығын қамтамасыз ету',
    titleRu: 'Значимость и достижимость результатов, обеспечение устойчивости',
  },
  budget_and_timeline: {
    titleKk: 'Іске асыру мерзімі мен шығыстар сметасының негізділігі және қызметке сәйкестігі',
    titleRu: 'Обоснованность сроков и сметы расходов, их соответствие деятельности',
  },
  regional_experience: { titleKk: 'Тиісті өңірдегі ҮЕҰ-ның жұмыс тәжірибесі', titleRu: 'Опыт работы НПО в соответствующем регионе' },
};

export type StoredCriterion = Criterion & { titleKk: string; titleRu: string };

/** SC-1: the default criteria and ranges; the local-budget flag adds criterion 6 (max 28 instead of 25). */
export function defaultGrantCriteria(localBudget: boolean): Criterion[] {
  return grantCriteria({ localBudget });
}

export function withCriterionTitles(list: Criterion[]): StoredCriterion[] {
  return list.map((c) => ({ ...c, ...(GRANT_CRITERION_TITLES[c.id] ?? { titleKk: c.id, titleRu: c.id }) }));
}

/**
 * §4.5 (L1173–1230): Annexes 1–5 are filled in online as sections of the application, so
 * the checklist holds the documents uploaded as files.
 */
export const GRANT_DOCUMENT_CHOICES = [
  { kind: 'charter', titleKk: 'Ұйым жарғысының көшірмесі', titleRu: 'Копия устава организации' },
  { kind: 'balance', titleKk: 'Соңғы есепті күнге бухгалтерлік баланс', titleRu: 'Бухгалтерский баланс на последнюю отчётную дату' },
  { kind: 'partner_consents', titleKk: 'Әріптестер мен тартылатын мамандардың келісімі', titleRu: 'Согласие партнёров и привлекаемых специалистов' },
  {
    kind: 'own_contribution',
    titleKk: 'Өз салымын немесе өзге қаржыландыру көздерін растайтын құжаттар',
    titleRu: 'Документы, подтверждающие собственный вклад или иные источники финансирования',
  },
] as const;

/** Kind-specific settings of a grant (CM-1, MO-1/GF-3), as percents and counts. */
export function defaultGrantSettings(): Record<string, number> {
  const c = DEFAULT_RULE_SETTINGS.commission;
  return {
    institutionalSupportMaxPercent: Math.round(DEFAULT_RULE_SETTINGS.money.institutionalSupportMaxShare * 100),
    maxCommissionSize: c.grantMaxMembers,
    ngoSharePercentMin: Math.round(c.grantMinNgoShare * 100),
    operatorSharePercentMax: 100 - Math.round(c.grantMinNgoShare * 100),
    minExpertYears: c.grantMinYearsInDirection,
  };
}

export const GRANT_DEFAULTS = {
  windowMinDays: DEFAULT_RULE_SETTINGS.deadlines.grantWindowMinCalendarDays,
  windowMaxDays: DEFAULT_RULE_SETTINGS.deadlines.grantWindowMaxCalendarDays,
  coiWorkingDays: DEFAULT_RULE_SETTINGS.deadlines.coiDueWorkingDays,
  scoringWorkingDays: DEFAULT_RULE_SETTINGS.deadlines.scoringWorkingDays,
  thresholdPercent: Math.round(DEFAULT_RULE_SETTINGS.scoring.notHeldThresholdShare * 100),
  prepaymentMaxPercent: Math.round(DEFAULT_RULE_SETTINGS.money.grantPrepaymentShare * 100),
  tieBreak: 'EARLIER_SUBMISSION',
} as const;
