/**
 * What an agreement copies from the winning application: its activities and indicators (and,
 * for a grant, the bank requisites of Annex 2 as the NGO's starting requisites). The sections
 * are read through the form registry (lib/validation/forms/registry.ts): each section is
 * parsed with the mechanism's own draft schema before anything is taken from it.
 */
import { applicationFormFor } from '@/lib/validation/forms/registry';
import type { AgreementTerms, BilingualText } from './agreement-terms';

type Row = Record<string, unknown>;

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const rowsOf = (v: unknown): Row[] => (Array.isArray(v) ? v.filter(isRow) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** A text that is either localized `{ kk, ru }` (grant annexes) or plain (spec forms). */
function bilingual(v: unknown): BilingualText {
  if (isRow(v)) {
    const kk = str(v.kk);
    const ru = str(v.ru);
    return { kk: kk || ru, ru: ru || kk };
  }
  const s = str(v);
  return { kk: s, ru: s };
}

export interface ApplicationTerms {
  activities: AgreementTerms['activities'];
  indicators: AgreementTerms['indicators'];
  requisites: AgreementTerms['requisites'];
}

/** Parses one section with the registry's draft schema; an unknown or invalid section is empty. */
function section(kind: string, sections: readonly { key: string; data: unknown }[], key: string): Row {
  const form = applicationFormFor(kind);
  if (!form || !form.isSectionKey(key)) return {};
  const raw = sections.find((s) => s.key === key)?.data;
  const parsed = form.draftSchemaFor(key).safeParse(raw ?? {});
  return parsed.success && isRow(parsed.data) ? parsed.data : {};
}

export function applicationTerms(kind: 'GRANT' | 'SOCIAL_ORDER', sections: readonly { key: string; data: unknown }[]): ApplicationTerms {
  if (kind === 'GRANT') {
    const annex4 = section(kind, sections, 'annex4');
    const annex2 = section(kind, sections, 'annex2');
    const bank = isRow(annex2.bank) ? annex2.bank : {};
    const address = bilingual(annex2.legalAddress);
    const requisites =
      str(bank.iban) || str(bank.bic) || str(bank.name)
        ? { bankName: str(bank.name), iban: str(bank.iban), bic: str(bank.bic), address: address.kk || address.ru }
        : null;
    return {
      activities: rowsOf(annex4.activities).map((a) => ({
        title: bilingual(a.title),
        timing: [str(a.startDate), str(a.endDate)].filter(Boolean).join(' — '),
        place: bilingual(a.place).kk,
        result: bilingual(a.expectedResult).kk,
      })),
      indicators: rowsOf(annex4.indicators).map((i) => ({
        level: null,
        kind: str(i.kind) || null,
        name: bilingual(i.name),
        unit: str(i.unit),
        baseline: str(i.baseline) || null,
        target: str(i.target),
      })),
      requisites,
    };
  }
  const plans = section(kind, sections, 'tsPlans');
  const indicators = section(kind, sections, 'tsIndicators');
  return {
    activities: rowsOf(plans.activityPlan).map((a) => ({ title: bilingual(a.activity), timing: str(a.timing), place: str(a.venue), result: '' })),
    indicators: rowsOf(indicators.indicators).map((i) => ({
      level: str(i.level) || null,
      kind: str(i.kind) || null,
      name: bilingual(i.name),
      unit: str(i.unit),
      baseline: str(i.baseline) || null,
      target: str(i.target),
    })),
    requisites: null,
  };
}
