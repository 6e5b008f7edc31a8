import { describe, expect, it } from 'vitest';
import type { PdfApplication, PdfTexts } from '@/lib/pdf/application-document';
import { renderApplicationPdf } from '@/lib/pdf/render-application-pdf';

const texts: PdfTexts = {
  t: (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key),
  sectionName: (key) => `Қосымша ${key}`,
  fieldLabel: (section, path) => `${section}.${path.join('_')}`,
  valueLabel: (_s, _p, v) => v,
  money: (n) => `${n} KZT`,
  number: (n) => String(n),
  dateTime: (d) => d.toISOString(),
  date: (iso) => iso,
  statusLabel: 'Берілді',
  languageName: (code) => code,
};

const app = (change: Partial<PdfApplication> = {}): PdfApplication => ({
  draft: false,
  competitionTitle: 'Үкіметтік емес ұйымдарға арналған мемлекеттік гранттар конкурсы',
  competitionCode: 'G-2026-019',
  lot: '№ 1. Қалдықтарды бөлек жинау — Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі',
  projectTitle: 'Бөлек жина — қаланы сақта',
  receiptNumber: 'G-2026-000001',
  submittedAt: new Date('2026-11-24T12:00:00Z'),
  printedAt: new Date('2026-11-24T12:05:00Z'),
  receiptHash: 'a'.repeat(64),
  organization: { bin: '100140000003', nameKk: '«Жасыл қала» қоғамдық бірлестігі', nameRu: 'ОО «Зелёный город»' },
  sections: [
    { key: 'annex1', data: { projectTitle: { kk: 'Бөлек жина', ru: 'Сортируй' }, requestedKzt: 10_000_000, contactPerson: { fullName: 'Айгерім' } } },
    {
      key: 'annex4',
      data: { activities: [{ title: { kk: 'Семинар' }, startDate: '2027-02-01', responsible: 'Ержан' }], indicators: [{ kind: 'QUANTITATIVE', target: 5000 }] },
    },
    {
      key: 'annex5',
      data: { lines: [{ id: 'l1', name: { kk: 'Еңбекақы' }, quantity: 10, unitCost: 950_000, isInstitutionalSupport: false }] },
      budget: { lineAmounts: [9_500_000], total: 9_500_000, institutionalSupport: 0, institutionalSupportPercent: 0 },
    },
  ],
  attachments: [{ title: 'Жарғының көшірмесі', language: 'kk', fileName: 'жарғы.pdf', sha256: 'b'.repeat(64) }],
  ...change,
});

describe('application PDF (issue 4, part 5)', () => {
  it('renders a PDF with an embedded TrueType font (Cyrillic and Kazakh letters need one)', async () => {
    const pdf = await renderApplicationPdf(app(), texts);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const body = pdf.toString('latin1');
    expect(body).toMatch(/\/FontFile2/);
    expect(body).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(pdf.length).toBeGreaterThan(5_000);
  }, 30_000);

  it('renders a draft (no receipt) and an empty application without failing', async () => {
    const pdf = await renderApplicationPdf(app({ draft: true, receiptNumber: null, submittedAt: null, receiptHash: null, sections: [], attachments: [] }), texts);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 30_000);
});

describe('PDF field order (jsonb reorders keys)', () => {
  it('puts the fields back in the order of the annex schema, nested rows too, unknown keys last', async () => {
    const { orderLikeSchema } = await import('@/lib/pdf/application-pdf-data');
    const { grantSectionDraftSchemaFor } = await import('@/lib/validation/forms/grant');
    const stored = { zzz: 1, summary: { kk: 'b' }, projectTitle: { kk: 'a' }, signatory: { position: 'P', fullName: 'F' }, requestedKzt: 5 };
    const ordered = orderLikeSchema(grantSectionDraftSchemaFor('annex1'), stored) as Record<string, unknown>;
    expect(Object.keys(ordered)).toEqual(['projectTitle', 'requestedKzt', 'summary', 'signatory', 'zzz']);
    expect(Object.keys(ordered.signatory as object)).toEqual(['fullName', 'position']);
    const annex4 = orderLikeSchema(grantSectionDraftSchemaFor('annex4'), { activities: [{ endDate: 'e', title: { kk: 't' } }] }) as { activities: object[] };
    expect(Object.keys(annex4.activities[0]!)).toEqual(['title', 'endDate']);
  });
});
