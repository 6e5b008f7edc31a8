import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGrantPackage, buildGrantsCsv, buildReleasePackage } from '@/lib/open-data/documents';
import { releasePackageSchema } from '@/lib/open-data/schemas/ocds';
import { GRANT_CSV_COLUMNS, grantPackageSchema } from '@/lib/open-data/schemas/threesixty-giving';
import { LocalDiskStorage } from '@/lib/storage/local-disk-storage';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testDb } from './test-db';

const BASE = 'https://demeu.example.kz';
// A seed clock after 1 December, so the award cycle's laureates are published (AW-9).
const SEED_NOW = new Date('2026-12-10T06:00:00Z');

beforeAll(async () => {
  await seed(testDb(), { now: SEED_NOW, log: () => {}, storage: new LocalDiskStorage(mkdtempSync(path.join(tmpdir(), 'demeu-open-data-'))) });
});
afterAll(disconnectTestDb);

async function unpublishedApplicationIds(): Promise<Set<string>> {
  const apps = await testDb().application.findMany({ where: { competition: { status: { not: 'RESULTS_PUBLISHED' } } }, select: { id: true } });
  return new Set(apps.map((a) => a.id));
}

describe('360Giving package from the seeded database', () => {
  it('validates with our schema and holds every published GRANT winner with its decided amount', async () => {
    const db = testDb();
    const pkg = grantPackageSchema.parse(await buildGrantPackage(db, { baseUrl: BASE }));
    const winners = await db.rankingRow.findMany({
      where: { winner: true, decision: { status: 'PUBLISHED' }, application: { status: 'WINNER', competition: { kind: 'GRANT', status: 'RESULTS_PUBLISHED' } } },
      select: { awardedKzt: true, application: { select: { id: true, organization: { select: { bin: true } }, competition: { select: { resultsPublishedAt: true, organizer: { select: { bin: true } } } } } } },
    });
    expect(winners.length).toBeGreaterThan(0);
    for (const w of winners) {
      const g = pkg.grants.find((x) => x.id === `360G-demeu-${w.application.id}`);
      expect(g, w.application.id).toBeDefined();
      expect(g!.amountAwarded).toBe(Number(w.awardedKzt));
      expect(g!.currency).toBe('KZT');
      expect(g!.recipientOrganization[0]!.id).toBe(`KZ-BIN-${w.application.organization.bin}`);
      expect(g!.fundingOrganization[0]!.id).toBe(`KZ-BIN-${w.application.competition.organizer.bin}`);
      expect(g!.awardDate).toBe(w.application.competition.resultsPublishedAt!.toISOString());
    }
    // The seeded heritage grant: 9,800,000 ₸ with its signed agreement's implementation period.
    const heritage = pkg.grants.find((g) => g.title === 'Алтайдың цифрлық мұрасы');
    expect(heritage?.amountAwarded).toBe(9_800_000);
    expect(heritage?.plannedDates?.[0]?.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(heritage?.classifications[0]?.vocabulary).toBe('KZ-NGO-DIRECTIONS');
  });

  it('holds every published AWARD laureate with its share (AW-S)', async () => {
    const db = testDb();
    const pkg = await buildGrantPackage(db, { baseUrl: BASE });
    const laureates = await db.laureate.findMany({ where: { competition: { status: 'RESULTS_PUBLISHED' } }, select: { applicationId: true, amountKzt: true, organization: { select: { bin: true } }, direction: { select: { number: true } } } });
    expect(laureates.length).toBe(3); // direction 15: one laureate; direction 7: two, split equally
    for (const l of laureates) {
      const g = pkg.grants.find((x) => x.id === `360G-demeu-${l.applicationId}`);
      expect(g, l.applicationId).toBeDefined();
      expect(g!.amountAwarded).toBe(Number(l.amountKzt));
      expect(g!.recipientOrganization[0]!.id).toBe(`KZ-BIN-${l.organization.bin}`);
      expect(g!.classifications[0]!.code).toBe(String(l.direction.number));
    }
    const shares = laureates.filter((l) => l.direction.number === 7).map((l) => Number(l.amountKzt));
    expect(shares).toHaveLength(2);
    expect(shares[0]).toBe(shares[1]);
  });

  it('contains nothing unpublished, even an application marked WINNER in a competition still in SCORING', async () => {
    const db = testDb();
    const scoring = await db.competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'SCORING' }, select: { id: true, applications: { select: { id: true }, take: 1 } } });
    const leaked = scoring.applications[0]!.id;
    await db.application.update({ where: { id: leaked }, data: { status: 'WINNER' } });
    const pkg = await buildGrantPackage(db, { baseUrl: BASE });
    const ids = new Set(pkg.grants.map((g) => g.id.replace('360G-demeu-', '')));
    expect(ids.has(leaked)).toBe(false);
    const unpublished = await unpublishedApplicationIds();
    expect([...ids].filter((id) => unpublished.has(id))).toEqual([]);
    // Only winners and laureates: nobody who lost.
    const losers = await db.application.findMany({ where: { status: 'NOT_WINNER' }, select: { id: true } });
    expect(losers.some((l) => ids.has(l.id))).toBe(false);
    await db.application.update({ where: { id: leaked }, data: { status: 'SCORED' } });
  });

  it('the flat CSV has a BOM, the header and one row per grant', async () => {
    const db = testDb();
    const [pkg, csv] = await Promise.all([buildGrantPackage(db, { baseUrl: BASE }), buildGrantsCsv(db, { baseUrl: BASE })]);
    expect(csv.startsWith('\uFEFFIdentifier,Title,')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(GRANT_CSV_COLUMNS.join(','));
    for (const g of pkg.grants) expect(csv).toContain(`${g.id},`);
    expect(csv.split('\r\n').filter((l) => l.startsWith('360G-demeu-'))).toHaveLength(pkg.grants.length);
  });
});

describe('OCDS release package from the seeded database', () => {
  it('validates with our schema; awards only for published competitions, with the winning price', async () => {
    const db = testDb();
    const pkg = releasePackageSchema.parse(await buildReleasePackage(db, { baseUrl: BASE }));
    const so = await db.competition.findMany({ where: { kind: 'SOCIAL_ORDER' }, select: { id: true, status: true, code: true } });
    const byOcid = new Map(pkg.releases.map((r) => [r.ocid, r]));
    for (const c of so) {
      const r = byOcid.get(`ocds-demeu0-${c.id}`);
      if (c.status === 'DRAFT') expect(r).toBeUndefined();
      if (r && c.status !== 'RESULTS_PUBLISHED') {
        expect(r.awards).toEqual([]);
        expect(r.contracts).toEqual([]);
      }
    }
    const unpublished = await unpublishedApplicationIds();
    expect(pkg.releases.flatMap((r) => r.awards).filter((a) => unpublished.has(a.id))).toEqual([]);

    const ecology = pkg.releases.find((r) => r.tender.id.endsWith('-014'));
    expect(ecology?.tender.status).toBe('complete');
    expect(ecology?.tender.value).toEqual({ amount: 12_000_000, currency: 'KZT' });
    const winner = await db.application.findFirstOrThrow({ where: { competition: { code: ecology!.tender.id }, status: 'WINNER' }, select: { id: true, organization: { select: { bin: true } } } });
    expect(ecology?.awards).toEqual([expect.objectContaining({ id: winner.id, value: { amount: 11_000_000, currency: 'KZT' }, suppliers: [expect.objectContaining({ id: `KZ-BIN-${winner.organization.bin}` })] })]);
  });

  it('contracts are signed agreements; transactions are exactly the released tranches', async () => {
    const db = testDb();
    const agreement = await db.agreement.findFirstOrThrow({
      where: { competition: { kind: 'SOCIAL_ORDER', status: 'RESULTS_PUBLISHED' }, status: 'IN_PROGRESS' },
      select: { id: true, number: true, amountKzt: true, competitionId: true },
    });
    const prepayment = agreement.amountKzt / 2n;
    await db.tranche.createMany({
      data: [
        { agreementId: agreement.id, seq: 91, isPrepayment: true, plannedOn: new Date('2026-01-15'), amountKzt: prepayment, status: 'RELEASED', releasedAt: new Date('2026-01-16T06:00:00Z') },
        { agreementId: agreement.id, seq: 92, plannedOn: new Date('2026-06-15'), amountKzt: agreement.amountKzt - prepayment, status: 'PLANNED' },
      ],
    });
    const pkg = releasePackageSchema.parse(await buildReleasePackage(db, { baseUrl: BASE }));
    const release = pkg.releases.find((r) => r.ocid === `ocds-demeu0-${agreement.competitionId}`)!;
    expect(release.tag).toContain('implementation');
    const contract = release.contracts.find((c) => c.id === agreement.id)!;
    expect(contract.value.amount).toBe(Number(agreement.amountKzt));
    expect(contract.status).toBe('active');
    expect(contract.implementation.transactions).toEqual([
      expect.objectContaining({ id: `${agreement.number}-T91`, value: { amount: Number(prepayment), currency: 'KZT' }, date: '2026-01-16T06:00:00.000Z' }),
    ]);
    const unsigned = await db.agreement.findMany({ where: { signedAt: null }, select: { id: true } });
    const contractIds = new Set(pkg.releases.flatMap((r) => r.contracts.map((c) => c.id)));
    expect(unsigned.some((a) => contractIds.has(a.id))).toBe(false);
  });
});
