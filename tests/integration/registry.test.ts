/**
 * The public registry (issue 8 item 4) on the seeded demo data: filters by year, kind,
 * region and direction and the text search return the expected rows; only published data
 * (no draft competition, no result before RESULTS_PUBLISHED / NOT_HELD, no unsigned
 * agreement); a bad query string is ignored, never an error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from '@/lib/storage/local-disk-storage';
import { agreementHref, listRegistryAgreements, registryAgreement } from '@/lib/services/registry/agreements';
import { listRegistryCompetitions, registryCompetition } from '@/lib/services/registry/competitions';
import { registryFilterOptions } from '@/lib/services/registry/filter-options';
import { registryOrganization } from '@/lib/services/registry/organizations';
import { listRegistryResults } from '@/lib/services/registry/results';
import { parseRegistrySearch, registryQuery, type RegistrySearch } from '@/lib/services/registry/search-params';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testDb } from './test-db';

const BIN = { greenCity: '140440118764', meyirim: '110940223452', altai: '120540633541', dialog: '130640411902' };

let storageDir: string;
let year: number;
const codes = () => ({
  grantPublished: `G-${year}-004`,
  grantCommission: `G-${year}-015`,
  soPublished: `SO-ALA-${year - 1}-014`,
  soLastYear: `SO-ALA-${year - 1}-021`,
  soDraft: `SO-ALA-${year}-011`,
  award: `AW-${year}`,
  awardNext: `AW-${year + 1}`,
});

async function competitionCodes(s: RegistrySearch): Promise<string[]> {
  const list = await listRegistryCompetitions(testDb(), s, 100);
  expect(list.rows.length, 'one page holds every row here').toBe(list.total);
  return list.rows.map((r) => r.code ?? r.id).sort();
}

beforeAll(async () => {
  const db = testDb();
  storageDir = await mkdtemp(path.join(tmpdir(), 'demeu-registry-'));
  await seed(db, { log: () => undefined, storage: new LocalDiskStorage(storageDir) });
  const grant = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'RESULTS_PUBLISHED' }, select: { year: true } });
  year = grant.year;
});

afterAll(async () => {
  await disconnectTestDb();
  await rm(storageDir, { recursive: true, force: true });
});

describe('search params (zod): bad values are ignored, never an error', () => {
  it('drops each invalid field and keeps the valid ones', () => {
    expect(
      parseRegistrySearch({ year: 'abc', kind: 'FOO', region: "75'; drop table", direction: '-1', page: '0', q: ['  Мейірім  ', 'x'] }),
    ).toEqual({ q: 'Мейірім' });
    expect(parseRegistrySearch({ year: '2026', kind: 'GRANT', region: '75', direction: '11', page: '2', q: '' })).toEqual({
      year: 2026,
      kind: 'GRANT',
      region: '75',
      direction: 11,
      page: 2,
    });
    expect(parseRegistrySearch(new URLSearchParams('year=1e99&kind=grant&page=-5&direction=1.5&q=' + 'x'.repeat(500)))).toEqual({ q: 'x'.repeat(100) });
    expect(parseRegistrySearch(undefined)).toEqual({});
  });

  it('builds the query string of a filtered page (page 1 omitted)', () => {
    expect(registryQuery({ kind: 'GRANT', year: 2026 }, { page: 2 })).toBe('?year=2026&kind=GRANT&page=2');
    expect(registryQuery({ q: 'a b' }, { page: 1 })).toBe('?q=a+b');
  });

  it('a page past the end is clamped to the last page; a search with LIKE wildcards is plain text', async () => {
    const list = await listRegistryCompetitions(testDb(), parseRegistrySearch({ page: '9999' }), 5);
    expect(list.page).toBe(list.pageCount);
    expect(list.rows.length).toBeGreaterThan(0);
    const wild = await listRegistryCompetitions(testDb(), parseRegistrySearch({ q: '%_%' }));
    expect(wild.total).toBe(0);
  });
});

describe('competitions of every mechanism', () => {
  it('lists every non-draft competition and never the draft', async () => {
    const all = await competitionCodes({});
    const c = codes();
    for (const code of [c.grantPublished, c.grantCommission, c.soPublished, c.soLastYear, c.award, c.awardNext, `SP-${year}-001`]) expect(all).toContain(code);
    expect(all).not.toContain(c.soDraft);
    expect(await registryCompetition(testDb(), c.soDraft)).toBeNull();
  });

  it('filters by year', async () => {
    expect(await competitionCodes({ year: year - 1 })).toEqual([codes().soLastYear]);
    expect(await competitionCodes({ year: year + 1 })).toEqual([codes().awardNext]);
  });

  it('filters by kind', async () => {
    expect(await competitionCodes({ kind: 'AWARD' })).toEqual([codes().award, codes().awardNext].sort());
    const so = await competitionCodes({ kind: 'SOCIAL_ORDER' });
    expect(so).toEqual(expect.arrayContaining([codes().soPublished, codes().soLastYear]));
    expect(so).not.toContain(codes().soDraft);
    expect(await competitionCodes({ kind: 'STRATEGIC_PARTNERSHIP' })).toEqual([`SP-${year}-001`]);
  });

  it('filters by region: a lot there or a published winner registered there', async () => {
    // «Наследие Алтая» (region 63) won the published grant G-…-004 (republic-wide lots).
    expect(await competitionCodes({ region: '63' })).toEqual([codes().grantPublished]);
    // «Мейірім» (Shymkent, 79) won SO-…-021; its winning row in G-…-015 is an unpublished draft.
    expect(await competitionCodes({ region: '79' })).toEqual([codes().soLastYear]);
  });

  it('filters by direction and combines filters', async () => {
    const d11 = await competitionCodes({ direction: 11 });
    expect(d11).toEqual(expect.arrayContaining([codes().grantPublished, codes().award, codes().awardNext]));
    expect(await competitionCodes({ direction: 11, kind: 'GRANT' })).toEqual([codes().grantPublished]);
    expect(await competitionCodes({ direction: 11, kind: 'GRANT', year: year - 1 })).toEqual([]);
  });

  it('searches by title, code, NGO name and BIN (published winners only)', async () => {
    expect(await competitionCodes({ q: codes().grantPublished.toLowerCase() })).toEqual([codes().grantPublished]);
    expect(await competitionCodes({ q: BIN.altai })).toEqual([codes().grantPublished]);
    expect(await competitionCodes({ q: 'мейірім' })).toEqual([codes().soLastYear]);
    expect(await competitionCodes({ q: 'экологические клубы' })).toEqual([codes().soPublished]);
  });

  it('counts winners only once results are published', async () => {
    const list = await listRegistryCompetitions(testDb(), { kind: 'GRANT' }, 100);
    const byCode = new Map(list.rows.map((r) => [r.code, r]));
    expect(byCode.get(codes().grantPublished)?.winnersCount).toBe(1);
    expect(byCode.get(codes().grantCommission)?.winnersCount).toBeNull();
  });
});

describe('results: winners with amounts, not-held topics with the SC-4 reason', () => {
  it('the published grant shows its winner with the amount and the topic declared not held', async () => {
    const c = await registryCompetition(testDb(), codes().grantPublished);
    expect(c?.resultsPublished).toBe(true);
    const [lot1, lot2] = c!.results;
    expect(lot1?.outcome).toBe('HELD');
    expect(lot1?.winners.map((w) => [w.organization.bin, Number(w.amountKzt)])).toEqual([[BIN.altai, 9_800_000]]);
    expect(lot1?.winners[0]?.agreementNumber).toBe(`ГК-${year}-047`);
    // SC-4: only one application admitted on topic 2.
    expect(lot2).toMatchObject({ outcome: 'NOT_HELD', notHeldReason: 'SINGLE_ADMITTED', winners: [] });
    expect(c!.agreements.map((a) => a.number)).toEqual([lot1!.winners[0]!.agreementNumber]);
  });

  it('an unpublished competition shows no results and no winners anywhere', async () => {
    const db = testDb();
    // G-…-015 has DRAFT decisions with winner rows (the commission is still meeting).
    const c = await registryCompetition(db, codes().grantCommission);
    expect(c).not.toBeNull();
    expect(c!.resultsPublished).toBe(false);
    expect(c!.results).toEqual([]);
    const results = await listRegistryResults(db, {}, 100);
    expect(results.rows.map((r) => r.competition.code)).not.toContain(codes().grantCommission);
    expect(results.rows.every((r) => ['RESULTS_PUBLISHED', 'NOT_HELD'].includes(r.competition.status))).toBe(true);
    const meyirim = await registryOrganization(db, BIN.meyirim);
    expect(meyirim?.wins.map((w) => w.lot.competition.code)).toEqual([codes().soLastYear]);
    // Nothing of a scoring sheet or an expert reaches the registry rows.
    expect(JSON.stringify(results.rows, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))).not.toMatch(/expert|score|points/i);
  });

  it('filters the results by region, kind, year, direction and searches by NGO', async () => {
    const db = testDb();
    const lots = async (s: RegistrySearch) => (await listRegistryResults(db, s, 100)).rows.map((r) => `${r.competition.code}#${r.number}`).sort();
    expect(await lots({ kind: 'GRANT' })).toEqual([`${codes().grantPublished}#1`, `${codes().grantPublished}#2`]);
    expect(await lots({ region: '63' })).toEqual([`${codes().grantPublished}#1`]);
    expect(await lots({ region: '75', kind: 'SOCIAL_ORDER', year })).toEqual([`${codes().soPublished}#1`]);
    expect(await lots({ direction: 2 })).toEqual([`${codes().grantPublished}#2`]);
    expect(await lots({ q: 'Жасыл қала' })).toEqual([`${codes().soPublished}#1`]);
    const so = (await listRegistryResults(db, { q: BIN.greenCity }, 100)).rows[0];
    // A social-order winner without a ranking amount: the winning bid (SO-1).
    expect(so?.winners.map((w) => [w.organization.bin, Number(w.amountKzt)])).toEqual([[BIN.greenCity, 11_000_000]]);
  });
});

describe('agreements signed by both sides', () => {
  it('lists them with number, NGO, amount, period and status, filtered and searched', async () => {
    const db = testDb();
    const numbers = async (s: RegistrySearch) => (await listRegistryAgreements(db, s, 100)).rows.map((a) => a.number).sort();
    const grantNo = `ГК-${year}-047`;
    const so1 = `ӘТ-${year - 1}-021/1`;
    const so2 = `ӘТ-${year - 1}-021/2`;
    expect(await numbers({})).toEqual([grantNo, so1, so2].sort());
    expect(await numbers({ kind: 'GRANT' })).toEqual([grantNo]);
    expect(await numbers({ year: year - 1 })).toEqual([so1, so2].sort());
    expect(await numbers({ region: '79' })).toEqual([so1]);
    expect(await numbers({ direction: 11 })).toEqual([grantNo]);
    expect(await numbers({ q: 'гражданский диалог' })).toEqual([so2]);
    expect(await numbers({ q: BIN.meyirim })).toEqual([so1]);
    const row = (await listRegistryAgreements(db, { q: so2 }, 100)).rows[0];
    expect(row).toMatchObject({ number: so2, status: 'COMPLETED', amountKzt: 19_500_000n, organization: { bin: BIN.dialog } });
    expect(agreementHref(so1)).toBe(`/registry/agreements/${encodeURIComponent(`ӘТ-${year - 1}-021`)}/1`);
  });

  it('opens one by number, with its tranches; a draft agreement is not public', async () => {
    const db = testDb();
    const grantNo = `ГК-${year}-047`;
    const one = await registryAgreement(db, grantNo);
    expect(one?.amountKzt).toBe(9_800_000n);
    expect(one?.tranches.length).toBe(3);
    expect(await registryAgreement(db, 'NO-SUCH-1')).toBeNull();
    await db.agreement.update({ where: { number: grantNo }, data: { status: 'DRAFT' } });
    try {
      expect(await registryAgreement(db, grantNo)).toBeNull();
      expect((await listRegistryAgreements(db, {}, 100)).rows.map((a) => a.number)).not.toContain(grantNo);
      const c = await registryCompetition(db, codes().grantPublished);
      expect(c!.agreements).toEqual([]);
      expect(c!.results[0]?.winners[0]?.agreementNumber).toBeNull();
    } finally {
      await db.agreement.update({ where: { number: grantNo }, data: { status: 'IN_PROGRESS' } });
    }
  });
});

describe('organisations and filter choices', () => {
  it('an organisation card by BIN shows its wins and agreements; a bad or unknown BIN is not found', async () => {
    const db = testDb();
    const altai = await registryOrganization(db, BIN.altai);
    expect(altai?.wins.map((w) => [w.lot.competition.code, Number(w.amountKzt)])).toEqual([[codes().grantPublished, 9_800_000]]);
    expect(altai?.agreements.map((a) => a.number)).toEqual([`ГК-${year}-047`]);
    expect(await registryOrganization(db, 'abc')).toBeNull();
    expect(await registryOrganization(db, '000000000000')).toBeNull();
    const operator = await registryOrganization(db, '160840102342');
    expect(operator?.organized.map((c) => c.code)).toContain(codes().grantPublished);
  });

  it('offers the years with public competitions, the regions and the directions', async () => {
    const options = await registryFilterOptions(testDb());
    expect(options.years).toEqual([year + 1, year, year - 1]);
    expect(options.regions.map((r) => r.code)).toEqual(expect.arrayContaining(['63', '75', '79']));
    expect(options.directions.length).toBeGreaterThanOrEqual(15);
  });
});
