import { describe, expect, it } from 'vitest';
import { canonicalReceiptJson, formatReceiptNumber, RECEIPT_NUMBER_PATTERN, receiptHash, type ReceiptSnapshot } from '@/lib/services/applications/receipt';

const snapshot = (change: Partial<ReceiptSnapshot> = {}): ReceiptSnapshot => ({
  applicationId: 'app-1',
  receiptNumber: 'G-2026-000123',
  submittedAt: '2026-11-24T12:59:59.999Z',
  competition: { id: 'comp-1', code: 'G-2026-019', kind: 'GRANT' },
  lot: { id: 'lot-1', number: 1 },
  organization: { id: 'org-1', bin: '100140000003' },
  languages: ['kk'],
  requestedKzt: 14_500_000n,
  ownContributionKzt: 1_200_000n,
  sections: { annex1: { projectTitle: { kk: 'Бөлек жина — қаланы сақта' }, requestedKzt: 14_500_000 } },
  attachments: [
    { kind: 'charter', language: 'kk', fileName: 'жарғы.pdf', sha256: 'a'.repeat(64) },
    { kind: 'balance', language: null, fileName: 'balance.xlsx', sha256: 'b'.repeat(64) },
  ],
  ...change,
});

describe('receipt number (issue 4, part 5)', () => {
  it('reads mechanism, the Almaty year of receipt (DL-1) and the six-digit sequence value', () => {
    expect(formatReceiptNumber('GRANT', new Date('2026-11-24T10:00:00Z'), 123n)).toBe('G-2026-000123');
    expect(formatReceiptNumber('SOCIAL_ORDER', new Date('2026-11-24T10:00:00Z'), 7)).toBe('S-2026-000007');
    expect(formatReceiptNumber('GRANT', new Date('2026-11-24T10:00:00Z'), 1_234_567n)).toBe('G-2026-1234567');
    expect(formatReceiptNumber('GRANT', new Date('2026-11-24T10:00:00Z'), 123n)).toMatch(RECEIPT_NUMBER_PATTERN);
  });

  it('DL-1: the year is the Asia/Almaty one — 31 Dec 19:00 UTC is already 1 January in Almaty', () => {
    expect(formatReceiptNumber('GRANT', new Date('2026-12-31T18:59:59.999Z'), 1)).toBe('G-2026-000001');
    expect(formatReceiptNumber('GRANT', new Date('2026-12-31T19:00:00.000Z'), 1)).toBe('G-2027-000001');
  });

  it('refuses an unknown mechanism or a non-positive sequence value', () => {
    expect(() => formatReceiptNumber('LOTTERY', new Date(), 1)).toThrow(/unknown competition kind/);
    expect(() => formatReceiptNumber('GRANT', new Date(), 0)).toThrow();
  });
});

describe('receipt hash (issue 4, part 5: submitted means frozen)', () => {
  it('is a SHA-256 hex over canonical JSON: key order and attachment order do not matter', () => {
    const a = snapshot();
    const b = snapshot({ attachments: [...a.attachments].reverse(), sections: { annex1: { requestedKzt: 14_500_000, projectTitle: { kk: 'Бөлек жина — қаланы сақта' } } } });
    expect(receiptHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(receiptHash(b)).toBe(receiptHash(a));
    expect(canonicalReceiptJson(a)).toContain('"requestedKzt":"14500000"');
  });

  it('changes when any submitted content changes: a section, a file, the time, the BIN, the lot', () => {
    const base = receiptHash(snapshot());
    expect(receiptHash(snapshot({ sections: { annex1: { projectTitle: { kk: 'Басқа' }, requestedKzt: 14_500_000 } } }))).not.toBe(base);
    expect(receiptHash(snapshot({ attachments: [{ kind: 'charter', language: 'kk', fileName: 'жарғы.pdf', sha256: 'c'.repeat(64) }] }))).not.toBe(base);
    expect(receiptHash(snapshot({ submittedAt: '2026-11-24T13:00:00.000Z' }))).not.toBe(base);
    expect(receiptHash(snapshot({ organization: { id: 'org-1', bin: '100140000408' } }))).not.toBe(base);
    expect(receiptHash(snapshot({ lot: { id: 'lot-2', number: 2 } }))).not.toBe(base);
  });
});
