import { describe, expect, it } from 'vitest';
import {
  emptyReport,
  fromLanguageDocuments,
  missingFieldName,
  missingReportFields,
  ngoDatabaseReportSchema,
  reportTotals,
  reviewNgoDatabaseReportInputSchema,
  toLanguageDocuments,
} from '@/lib/validation/ngo-database-report';
import { completeReport } from './fixtures';

const messages = (value: unknown) => {
  const parsed = ngoDatabaseReportSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('NGO database report schema (DB-7 sections)', () => {
  it('a draft may be empty: partial data is saved (§2.3 «Сақтау»)', () => {
    expect(messages(emptyReport())).toEqual([]);
  });

  it('a complete report parses and trims texts', () => {
    const r = completeReport();
    r.general.legalAddress.kk = '  Ақтөбе  ';
    const parsed = ngoDatabaseReportSchema.parse(r);
    expect(parsed.general.legalAddress.kk).toBe('Ақтөбе');
  });

  it('refuses malformed values even in a draft: negative money, fractions, bad IIN/BIN, share over 100, end before start', () => {
    const r = completeReport();
    r.property.items[0]!.valueKzt = -1;
    r.finances.sources[0]!.amountKzt = 10.5;
    r.founders.items[0]!.identifier = '123';
    r.founders.items.push({ name: { kk: 'А', ru: 'А' }, identifier: '900101300018', sharePercent: 101 });
    r.projects.items[0]!.endDate = '2025-01-01';
    expect(messages(r).sort()).toEqual(
      [
        'property.items.0.valueKzt:nonNegative',
        'finances.sources.0.amountKzt:integer',
        'founders.items.0.identifier:iinOrBinFormat',
        'founders.items.1.identifier:iinOrBinChecksum',
        'founders.items.1.sharePercent:percent',
        'projects.items.0.endDate:endBeforeStart',
      ].sort(),
    );
  });

  it('accepts a BIN as a founder identifier', () => {
    const r = completeReport();
    r.founders.items[0]!.identifier = '100140000003';
    expect(messages(r)).toEqual([]);
  });

  it('refuses an unknown source type and NaN from an emptied number box', () => {
    const r = completeReport() as unknown as { finances: { sources: { type: string }[] }; balance: { assetsKzt: number } };
    r.finances.sources[0]!.type = 'LOTTERY';
    r.balance.assetsKzt = Number.NaN;
    expect(messages(r).sort()).toEqual(['balance.assetsKzt:number', 'finances.sources.0.type:required']);
  });
});

describe('DB-6: bilingual completeness before sending', () => {
  it('a complete report has nothing missing', () => {
    expect(missingReportFields(completeReport())).toEqual([]);
  });

  it('one Russian text missing → exactly that field, in Russian', () => {
    const r = completeReport();
    r.general.activities.ru = '   ';
    expect(missingReportFields(r)).toEqual([{ section: 'general', field: 'activities', lang: 'ru' }]);
  });

  it('lists each language separately and keeps the order of the form', () => {
    const r = completeReport();
    r.general.headFullName = { kk: '', ru: 'Сауле Жумабаева' };
    r.projects.items[0]!.customer = { kk: 'АБҚО', ru: '' };
    r.finances.spending[0]!.direction = { kk: '', ru: '' };
    expect(missingReportFields(r)).toEqual([
      { section: 'general', field: 'headFullName', lang: 'kk' },
      { section: 'finances', field: 'spending.0.direction', lang: 'kk' },
      { section: 'finances', field: 'spending.0.direction', lang: 'ru' },
      { section: 'projects', field: 'items.0.customer', lang: 'ru' },
    ]);
  });

  it('an optional text left empty in both languages is fine; filled in one language only it is not', () => {
    const r = completeReport();
    expect(missingReportFields(r)).toEqual([]);
    r.general.branches = { kk: 'Қобда ауданындағы филиал', ru: '' };
    r.finances.sources[0]!.note = { kk: '', ru: 'Программа ЦПГИ' };
    expect(missingReportFields(r)).toEqual([
      { section: 'general', field: 'branches', lang: 'ru' },
      { section: 'finances', field: 'sources.0.note', lang: 'kk' },
    ]);
  });

  it('a source of type OTHER must name itself in both languages', () => {
    const r = completeReport();
    r.finances.sources[0]!.type = 'OTHER';
    expect(missingReportFields(r)).toEqual([
      { section: 'finances', field: 'sources.0.note', lang: 'kk' },
      { section: 'finances', field: 'sources.0.note', lang: 'ru' },
    ]);
  });

  it('language-neutral required values are listed with lang null, and a report needs a founder (DB-7)', () => {
    const r = completeReport();
    r.general.staffCount = null;
    r.founders.items = [];
    r.balance.liabilitiesKzt = null;
    r.projects.items[0]!.startDate = '';
    expect(missingReportFields(r)).toEqual([
      { section: 'general', field: 'staffCount', lang: null },
      { section: 'founders', field: 'items', lang: null },
      { section: 'projects', field: 'items.0.startDate', lang: null },
      { section: 'balance', field: 'liabilitiesKzt', lang: null },
    ]);
  });

  it('the empty report lists every required field of the form', () => {
    const missing = missingReportFields(emptyReport()).map(missingFieldName);
    expect(missing).toEqual([
      'general.legalAddress.kk',
      'general.legalAddress.ru',
      'general.headFullName.kk',
      'general.headFullName.ru',
      'general.activities.kk',
      'general.activities.ru',
      'general.staffCount',
      'general.volunteersCount',
      'general.beneficiariesCount',
      'founders.items.0.name.kk',
      'founders.items.0.name.ru',
      'founders.items.0.identifier',
      'balance.assetsKzt',
      'balance.liabilitiesKzt',
    ]);
  });
});

describe('storage: one complete document per language', () => {
  it('splits texts by language, mirrors numbers, and reads back the same report', () => {
    const r = completeReport();
    const docs = toLanguageDocuments(r);
    expect(docs.kk).toMatchObject({ general: { activities: 'Салауатты өмір салтын насихаттау', staffCount: 7 }, balance: { netAssetsKzt: 3_500_000 } });
    expect(docs.ru).toMatchObject({ general: { activities: 'Пропаганда здорового образа жизни', staffCount: 7 }, balance: { netAssetsKzt: 3_500_000 } });
    expect(fromLanguageDocuments(JSON.parse(JSON.stringify(docs.kk)), JSON.parse(JSON.stringify(docs.ru)))).toEqual(r);
  });

  it('reads garbage and the older demo shape without failing', () => {
    expect(fromLanguageDocuments(null, 'x')).toEqual({ ...emptyReport(), founders: { items: [] } });
    const legacy = (lang: 'kk' | 'ru') => ({
      general: { staffCount: 5, volunteersCount: 27 },
      founders: [{ name: lang === 'kk' ? 'Әсем' : 'Асем' }],
      property: { fixedAssetsKzt: 1_820_000, description: lang === 'kk' ? 'Кеңселік техника' : 'Оргтехника' },
      finances: { sources: [{ source: lang === 'kk' ? 'Мемлекеттік грант' : 'Государственный грант', amountKzt: 100 }], spending: [] },
      projects: [{ title: lang === 'kk' ? 'Жоба' : 'Проект', period: '2025-03-01 — 2025-11-30' }],
    });
    const r = fromLanguageDocuments(legacy('kk'), legacy('ru'));
    expect(r.founders.items).toEqual([{ name: { kk: 'Әсем', ru: 'Асем' }, identifier: '', sharePercent: null }]);
    expect(r.property.items).toEqual([{ description: { kk: 'Кеңселік техника', ru: 'Оргтехника' }, valueKzt: 1_820_000 }]);
    expect(r.finances.sources).toEqual([{ type: 'OTHER', note: { kk: 'Мемлекеттік грант', ru: 'Государственный грант' }, amountKzt: 100 }]);
    expect(r.projects.items[0]!.title).toEqual({ kk: 'Жоба', ru: 'Проект' });
    expect(ngoDatabaseReportSchema.safeParse(r).success).toBe(true);
  });

  it('totals: property, income, spending, projects and net assets', () => {
    expect(reportTotals(completeReport())).toEqual({ propertyKzt: 1_200_000, incomeKzt: 15_300_000, spendingKzt: 14_000_000, projectsKzt: 15_000_000, netAssetsKzt: 3_500_000 });
    expect(reportTotals(emptyReport()).netAssetsKzt).toBeNull();
  });
});

describe('operator review input', () => {
  it('a return needs a comment; an approval does not', () => {
    const base = { reportId: 'r1', expectedVersion: 2, comment: '  ' };
    expect(reviewNgoDatabaseReportInputSchema.safeParse({ ...base, decision: 'APPROVE' }).success).toBe(true);
    const refused = reviewNgoDatabaseReportInputSchema.safeParse({ ...base, decision: 'RETURN' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['comment', 'commentRequired']]);
  });
});
