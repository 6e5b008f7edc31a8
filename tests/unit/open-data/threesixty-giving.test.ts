import { describe, expect, it } from 'vitest';
import { GRANT_CSV_COLUMNS, grantPackageSchema, grantSchema } from '@/lib/open-data/schemas/threesixty-giving';
import type { GrantSource } from '@/lib/open-data/sources';
import { csvField, grantFromSource, grantPackage, grantsCsv, NATIONWIDE } from '@/lib/open-data/threesixty-giving';

const BASE = 'https://demeu.example.kz';
const operator = { bin: '050140000001', nameKk: '«Азаматтық бастамаларды қолдау орталығы» КеАҚ', nameRu: 'НАО «Центр поддержки гражданских инициатив»' };
const ngo = { bin: '120540633541', nameKk: '«Алтай мұрасы» ҚБ', nameRu: 'ОО «Наследие Алтая»' };

function grantSource(over: Partial<GrantSource> = {}): GrantSource {
  return {
    kind: 'GRANT',
    applicationId: 'app1',
    competition: { id: 'comp1', code: 'G-2026-004', titleKk: 'Мемлекеттік гранттар конкурсы', descriptionKk: null, organizer: operator },
    lot: { number: 1, titleKk: 'Тарихи-мәдени мұраны қорғау', descriptionKk: 'Цифрландыру' },
    projectTitleKk: 'Алтайдың цифрлық мұрасы',
    projectTitleRu: 'Цифровое наследие Алтая',
    recipient: ngo,
    amountKzt: 9_800_000n,
    awardedAt: new Date('2026-06-19T10:00:00Z'),
    period: { start: new Date('2026-07-04T00:00:00Z'), end: new Date('2027-04-30T00:00:00Z') },
    region: { code: '63', nameKk: 'Шығыс Қазақстан облысы' },
    direction: { number: 11, nameKk: 'Тарихи-мәдени мұраны қорғау' },
    rank: null,
    ...over,
  };
}

describe('360Giving grant mapper', () => {
  it('maps a GRANT winner with KZ-BIN org ids, KZT amount, dates, programme, region and direction', () => {
    const g = grantFromSource(grantSource(), BASE);
    expect(grantSchema.parse(g)).toEqual(g);
    expect(g).toMatchObject({
      id: '360G-demeu-app1',
      title: 'Алтайдың цифрлық мұрасы',
      description: 'Тарихи-мәдени мұраны қорғау. Цифрландыру',
      currency: 'KZT',
      amountAwarded: 9_800_000,
      awardDate: '2026-06-19T10:00:00.000Z',
      plannedDates: [{ startDate: '2026-07-04', endDate: '2027-04-30' }],
      recipientOrganization: [{ id: 'KZ-BIN-120540633541', name: '«Алтай мұрасы» ҚБ', alternateName: 'ОО «Наследие Алтая»' }],
      fundingOrganization: [{ id: 'KZ-BIN-050140000001', name: operator.nameKk }],
      grantProgramme: [{ code: 'G-2026-004', title: 'Мемлекеттік гранттар конкурсы', url: `${BASE}/competitions/comp1` }],
      beneficiaryLocation: [{ id: '63', name: 'Шығыс Қазақстан облысы', countryCode: 'KZ' }],
      classifications: [{ vocabulary: 'KZ-NGO-DIRECTIONS', code: '11', title: 'Тарихи-мәдени мұраны қорғау' }],
      fromOpenCall: 'Yes',
    });
  });

  it('maps an AWARD laureate: republic-wide location, no planned dates, title within 140 characters', () => {
    const g = grantFromSource(grantSource({ kind: 'AWARD', applicationId: 'app2', region: null, period: null, amountKzt: 4_325_000n, direction: { number: 7, nameKk: 'Ж'.repeat(200) }, rank: 2 }), BASE);
    expect(grantSchema.parse(g)).toEqual(g);
    expect(g.beneficiaryLocation).toEqual([NATIONWIDE]);
    expect(g.plannedDates).toBeUndefined();
    expect(g.amountAwarded).toBe(4_325_000);
    expect(g.title.length).toBeLessThanOrEqual(140);
    expect(g.title.startsWith('«Алтай мұрасы» ҚБ — ')).toBe(true);
  });

  it('the schema refuses what the standard does not allow', () => {
    const g = grantFromSource(grantSource(), BASE);
    expect(grantSchema.safeParse({ ...g, currency: 'USD' }).success).toBe(false);
    expect(grantSchema.safeParse({ ...g, amountAwarded: 0 }).success).toBe(false);
    expect(grantSchema.safeParse({ ...g, awardDate: '2026-13-01' }).success).toBe(false);
    expect(grantSchema.safeParse({ ...g, recipientOrganization: [{ id: '120540633541', name: 'x' }] }).success).toBe(false);
    expect(grantSchema.safeParse({ ...g, secret: 'score' }).success).toBe(false); // strict: only documented fields
    const noTitle: Partial<typeof g> = { ...g };
    delete noTitle.title;
    expect(grantSchema.safeParse(noTitle).success).toBe(false);
  });

  it('builds a package with licence and unique ids', () => {
    const pkg = grantPackage([grantSource(), grantSource({ applicationId: 'app2' })], { baseUrl: BASE, now: new Date('2026-06-20T00:00:00Z') });
    expect(grantPackageSchema.parse(pkg).grants).toHaveLength(2);
    expect(pkg.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(pkg.downloadURL).toBe(`${BASE}/api/open-data/360giving.json`);
    const dup = grantPackage([grantSource(), grantSource()], { baseUrl: BASE, now: new Date() });
    expect(grantPackageSchema.safeParse(dup).success).toBe(false);
  });
});

describe('360Giving flat CSV', () => {
  it('has a UTF-8 BOM, the header row and one row per grant with quoted fields', () => {
    const g = grantFromSource(grantSource({ projectTitleKk: 'Мұра, "цифр"', lot: { number: 1, titleKk: 'Лот', descriptionKk: 'бір\nекі' } }), BASE);
    const csv = grantsCsv([g]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(GRANT_CSV_COLUMNS.join(','));
    expect(csv).toContain('360G-demeu-app1,"Мұра, ""цифр""","Лот. бір\nекі",KZT,');
    expect(csv).toContain(',9800000,');
    expect(csv).toContain('KZ-BIN-120540633541');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a"b')).toBe('"a""b"');
  });
});
