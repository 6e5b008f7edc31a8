/**
 * Builds the agreement PDF's texts from a revision (lib/pdf/agreement-document.tsx) in Kazakh
 * or Russian, from the `agreements.pdf` messages. No request context is needed (services
 * render the document they sign): the translator is created from the message files, money
 * and dates are formatted with fixed rules, so the same revision gives the same bytes.
 */
import { createTranslator } from 'next-intl';
import kkMessages from '@/lib/i18n/messages/kk/agreements.json';
import ruMessages from '@/lib/i18n/messages/ru/agreements.json';
import type { AgreementTerms } from '@/lib/services/agreements/agreement-terms';
import { renderAgreementDocument, type AgreementPdfData } from './agreement-document';

export interface AgreementPdfInput {
  number: string;
  revision: number;
  reason: string | null;
  createdAt: Date;
  prepaymentPercent: number;
  terms: AgreementTerms;
}

const MESSAGES = { kk: kkMessages, ru: ruMessages } as const;

/** 12 345 678 ₸ — grouping with a no-break space, whole tenge. */
export function formatTenge(amount: number): string {
  return `${String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}\u00a0₸`;
}

/** 'YYYY-MM-DD' → 'DD.MM.YYYY'. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

export function agreementPdfData(input: AgreementPdfInput, locale: 'kk' | 'ru'): AgreementPdfData {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'agreements.pdf' });
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never) as string;
  const x = input.terms;
  const L = (v: { kk: string; ru: string }) => (locale === 'kk' ? v.kk || v.ru : v.ru || v.kk);
  const operatorRole = tr('operatorRole', { kind: x.kind });
  const ngoRole = tr('ngoRole', { kind: x.kind });
  const period = tr('periodValue', { start: formatDay(x.periodStart), end: formatDay(x.periodEnd) });
  const req = x.requisites;
  const sig = x.signatory;
  const meta = [
    { label: tr('metaCompetition'), value: [x.competition.code, L(x.competition.title)].filter(Boolean).join(' — ') },
    ...(x.lot ? [{ label: tr('metaLot'), value: L(x.lot) }] : []),
    { label: tr('metaProject'), value: L(x.projectTitle) },
    { label: tr('metaAmount'), value: formatTenge(x.amountKzt) },
    { label: tr('metaPeriod'), value: period },
    { label: tr('metaRevision'), value: String(input.revision) },
    ...(input.reason ? [{ label: tr('metaReason'), value: input.reason }] : []),
  ];
  const partyNgo = [
    tr('partyLine', { role: ngoRole, name: L(x.ngo.name), bin: x.ngo.bin }),
    req ? tr('address', { address: req.address }) : tr('requisitesMissing'),
    ...(req ? [tr('bank', { bank: req.bankName, iban: req.iban, bic: req.bic })] : []),
    ...(sig ? [tr('signatoryLine', { name: sig.fullName, position: sig.position, basis: sig.basis })] : []),
  ];
  return {
    locale,
    title: `${tr('heading', { kind: x.kind })} № ${input.number}`,
    heading: tr('heading', { kind: x.kind }),
    subheading: tr('subheading', { number: input.number, revision: input.revision }),
    createdAt: input.createdAt,
    meta,
    sections: [
      {
        title: tr('partiesTitle'),
        paragraphs: [
          tr('partyLine', { role: operatorRole, name: L(x.operator.name), bin: x.operator.bin }),
          ...(x.operator.address ? [tr('address', { address: x.operator.address })] : []),
          ...partyNgo,
        ],
      },
      {
        title: tr('subjectTitle'),
        paragraphs: [
          tr('subjectText', { ngoRole, operatorRole, project: L(x.projectTitle), amount: formatTenge(x.amountKzt), start: formatDay(x.periodStart), end: formatDay(x.periodEnd) }),
          tr('prepaymentNote', { percent: input.prepaymentPercent }),
        ],
      },
    ],
    tables: [
      {
        title: tr('activitiesTitle'),
        columns: [tr('colNo'), tr('colActivity'), tr('colTiming'), tr('colPlace'), tr('colResult')],
        widths: ['6%', '36%', '18%', '18%', '22%'],
        rows: x.activities.map((a, i) => [String(i + 1), L(a.title), a.timing, a.place, a.result]),
        empty: tr('activitiesEmpty'),
      },
      {
        title: tr('indicatorsTitle'),
        columns: [tr('colNo'), tr('colIndicator'), tr('colLevel'), tr('colUnit'), tr('colBaseline'), tr('colTarget')],
        widths: ['6%', '40%', '14%', '14%', '13%', '13%'],
        rows: x.indicators.map((ind, i) => [String(i + 1), L(ind.name), ind.level ? tr(`levels.${ind.level}`) : '—', ind.unit, ind.baseline ?? '—', ind.target]),
        empty: tr('indicatorsEmpty'),
      },
      {
        title: tr('reportingTitle'),
        columns: [tr('colReport'), tr('colReportPeriod'), tr('colDue')],
        widths: ['50%', '30%', '20%'],
        rows: x.reporting.map((r) => [tr(`reportKind.${r.kind}`), tr('periodValue', { start: formatDay(r.periodStart), end: formatDay(r.periodEnd) }), formatDay(r.dueOn)]),
        empty: '—',
      },
      {
        title: tr('tranchesTitle'),
        columns: [tr('colNo'), tr('colAmount'), tr('colPlannedOn'), tr('colCondition')],
        widths: ['8%', '27%', '20%', '45%'],
        rows: x.tranches.map((tranche) => [String(tranche.seq), formatTenge(tranche.amountKzt), formatDay(tranche.plannedOn), tr(`condition.${tranche.condition}`)]),
        empty: '—',
      },
      {
        title: tr('acceptanceTitle'),
        columns: [tr('acceptanceNote')],
        widths: ['100%'],
        rows: [],
        empty: tr('acceptanceNote'),
      },
    ],
    signatures: [
      { role: operatorRole, name: L(x.operator.name) },
      { role: ngoRole, name: sig ? `${sig.fullName}, ${sig.position}` : L(x.ngo.name) },
    ],
    page: (page, total) => tr('page', { page, total }),
  };
}

export async function renderAgreementPdf(input: AgreementPdfInput, locale: 'kk' | 'ru'): Promise<Buffer> {
  return renderAgreementDocument(agreementPdfData(input, locale));
}
