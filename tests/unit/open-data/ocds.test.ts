import { describe, expect, it } from 'vitest';
import { contractStatus, ocid, releaseFromTender, releasePackage, tenderStatus } from '@/lib/open-data/ocds';
import { releasePackageSchema, releaseSchema } from '@/lib/open-data/schemas/ocds';
import type { TenderSource } from '@/lib/open-data/sources';

const akimat = { bin: '990440001234', nameKk: 'Алматы қаласының әкімдігі', nameRu: 'Акимат города Алматы' };
const ngo1 = { bin: '110940223452', nameKk: '«Мейірім» қайырымдылық қоры', nameRu: 'Благотворительный фонд «Мейірім»' };

function tender(over: Partial<TenderSource> = {}): TenderSource {
  return {
    id: 'so1',
    code: 'SO-ALA-2025-021',
    titleKk: 'Қарт адамдарға үйде қолдау',
    descriptionKk: 'Тапсырыс беруші — әкімдік',
    organizer: akimat,
    status: 'RESULTS_PUBLISHED',
    budgetKzt: 40_000_000n,
    allocatedKzt: 40_000_000n,
    announcedAt: new Date('2025-01-10T05:00:00Z'),
    opensAt: new Date('2025-01-10T05:00:00Z'),
    deadlineAt: new Date('2025-02-01T13:00:00Z'),
    resultsPublishedAt: new Date('2025-02-15T10:00:00Z'),
    cancelledAt: null,
    updatedAt: new Date('2025-03-01T00:00:00Z'),
    lots: [
      { number: 2, titleKk: 'Түрксіб ауданы', status: 'OPEN', budgetKzt: 20_000_000n },
      { number: 1, titleKk: 'Алатау ауданы', status: 'OPEN', budgetKzt: 20_000_000n },
    ],
    awards: [
      {
        applicationId: 'app1',
        lotNumber: 1,
        supplier: ngo1,
        projectTitleKk: 'Үйде қолдау',
        amountKzt: 19_800_000n,
        contract: {
          id: 'agr1',
          number: 'ӘТ-2025-021/1',
          status: 'IN_PROGRESS',
          amountKzt: 19_800_000n,
          periodStart: new Date('2025-03-01T00:00:00Z'),
          periodEnd: new Date('2025-12-31T00:00:00Z'),
          signedAt: new Date('2025-02-25T11:00:00Z'),
          updatedAt: new Date('2025-04-01T00:00:00Z'),
          tranches: [
            { seq: 2, amountKzt: 5_940_000n, releasedAt: new Date('2025-07-01T06:00:00Z') },
            { seq: 1, amountKzt: 9_900_000n, releasedAt: new Date('2025-03-03T06:00:00Z') },
          ],
        },
      },
    ],
    ...over,
  };
}

describe('OCDS release mapper', () => {
  it('maps a published social-order competition: tender with lots, award, contract and tranches as transactions', () => {
    const r = releaseFromTender(tender());
    expect(releaseSchema.parse(r)).toEqual(r);
    expect(r.ocid).toBe('ocds-demeu0-so1');
    expect(r.tag).toEqual(['tender', 'award', 'contract', 'implementation']);
    expect(r.date).toBe('2025-07-01T06:00:00.000Z');
    expect(r.tender).toMatchObject({
      id: 'SO-ALA-2025-021',
      status: 'complete',
      value: { amount: 40_000_000, currency: 'KZT' },
      tenderPeriod: { startDate: '2025-01-10T05:00:00.000Z', endDate: '2025-02-01T13:00:00.000Z' },
      procuringEntity: { id: 'KZ-BIN-990440001234', name: akimat.nameKk },
    });
    // Lots in number order; lot 2 had no winner → unsuccessful.
    expect(r.tender.lots.map((l) => [l.id, l.status, l.value.amount])).toEqual([
      ['lot-1', 'complete', 20_000_000],
      ['lot-2', 'unsuccessful', 20_000_000],
    ]);
    expect(r.awards).toEqual([
      {
        id: 'app1',
        title: 'Үйде қолдау',
        status: 'active',
        date: '2025-02-15T10:00:00.000Z',
        value: { amount: 19_800_000, currency: 'KZT' },
        suppliers: [{ id: 'KZ-BIN-110940223452', name: ngo1.nameKk }],
        relatedLots: ['lot-1'],
      },
    ]);
    const c = r.contracts[0]!;
    expect(c).toMatchObject({ id: 'agr1', awardID: 'app1', status: 'active', value: { amount: 19_800_000, currency: 'KZT' }, dateSigned: '2025-02-25T11:00:00.000Z' });
    expect(c.period).toEqual({ startDate: '2025-03-01T00:00:00+05:00', endDate: '2025-12-31T23:59:59+05:00' });
    expect(c.implementation.transactions.map((t) => [t.id, t.value.amount, t.payer.id, t.payee.id])).toEqual([
      ['ӘТ-2025-021/1-T1', 9_900_000, 'KZ-BIN-990440001234', 'KZ-BIN-110940223452'],
      ['ӘТ-2025-021/1-T2', 5_940_000, 'KZ-BIN-990440001234', 'KZ-BIN-110940223452'],
    ]);
    expect(r.parties.map((p) => [p.id, p.roles])).toEqual([
      ['KZ-BIN-990440001234', ['buyer', 'procuringEntity', 'payer']],
      ['KZ-BIN-110940223452', ['supplier', 'payee']],
    ]);
  });

  it('emits only the tender while results are not published (no awards, no contracts)', () => {
    const r = releaseFromTender(tender({ status: 'SCORING', resultsPublishedAt: null }));
    expect(releaseSchema.parse(r).awards).toEqual([]);
    expect(r.contracts).toEqual([]);
    expect(r.tag).toEqual(['tender']);
    expect(r.tender.status).toBe('active');
    expect(r.parties).toHaveLength(1);
  });

  it('maps status codelists', () => {
    expect(tenderStatus('OPEN')).toBe('active');
    expect(tenderStatus('NOT_HELD')).toBe('unsuccessful');
    expect(tenderStatus('CANCELLED')).toBe('cancelled');
    expect(contractStatus('SIGNED')).toBe('active');
    expect(contractStatus('CLOSED')).toBe('terminated');
    expect(contractStatus('DECLINED')).toBe('cancelled');
    const cancelled = releaseFromTender(tender({ status: 'CANCELLED', resultsPublishedAt: null, cancelledAt: new Date('2025-01-20T00:00:00Z') }));
    expect(cancelled.tag).toEqual(['tenderCancellation']);
  });

  it('the schema refuses dangling references and undocumented fields', () => {
    const r = releaseFromTender(tender());
    expect(releaseSchema.safeParse({ ...r, parties: r.parties.slice(0, 1) }).success).toBe(false);
    expect(releaseSchema.safeParse({ ...r, contracts: [{ ...r.contracts[0]!, awardID: 'nope' }] }).success).toBe(false);
    expect(releaseSchema.safeParse({ ...r, ocid: 'demeu-so1' }).success).toBe(false);
    expect(releaseSchema.safeParse({ ...r, scores: [] }).success).toBe(false);
  });

  it('builds a release package with the lots extension and licence', () => {
    const pkg = releasePackage([tender(), tender({ id: 'so2', status: 'OPEN', resultsPublishedAt: null })], { baseUrl: 'https://demeu.example.kz', now: new Date('2025-08-01T00:00:00Z') });
    expect(releasePackageSchema.parse(pkg).releases.map((r) => r.ocid)).toEqual([ocid('so1'), ocid('so2')]);
    expect(pkg.extensions[0]).toContain('ocds_lots_extension');
    expect(pkg.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  });
});
