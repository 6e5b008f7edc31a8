import type { Prisma } from '@/lib/generated/prisma/client';
import { annex5BudgetSummary, type FormLanguage } from '@/lib/validation/forms/grant';

const localized = (v: unknown, lang: FormLanguage): string | null => {
  if (typeof v !== 'object' || v === null) return null;
  const s = (v as Record<string, unknown>)[lang];
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : null;
};
const plain = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const whole = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/**
 * The columns of an application that lists, rankings and the operator read without opening
 * the form — the title, the amount asked for, the social-order bid and market experience
 * (SO-1 tie-break) — taken from the section just saved. Empty when the section feeds none.
 */
export function denormalizedFields(kind: string, key: string, data: Record<string, unknown>): Prisma.ApplicationUpdateManyMutationInput {
  const out: Prisma.ApplicationUpdateManyMutationInput = {};
  const amount = (v: unknown, column: 'requestedKzt' | 'ownContributionKzt' | 'bidPriceKzt') => {
    const n = whole(v);
    if (n !== null) out[column] = BigInt(n);
  };
  switch (`${kind}:${key}`) {
    case 'GRANT:annex1':
      out.projectTitleKk = localized(data.projectTitle, 'kk');
      out.projectTitleRu = localized(data.projectTitle, 'ru');
      out.languages = (['kk', 'ru'] as const).filter((l) => localized(data.projectTitle, l) !== null);
      amount(data.requestedKzt, 'requestedKzt');
      amount(data.ownContributionKzt, 'ownContributionKzt');
      break;
    case 'GRANT:annex5': {
      const total = annex5BudgetSummary(data).total;
      if (total > 0) out.requestedKzt = BigInt(total);
      break;
    }
    case 'SOCIAL_ORDER:tsBid':
      // The bid is the price asked: the social order's "requested amount".
      amount(data.bidPriceKzt, 'bidPriceKzt');
      amount(data.bidPriceKzt, 'requestedKzt');
      break;
    case 'SOCIAL_ORDER:tsExperience': {
      const years = whole(data.marketExperienceYears);
      if (years !== null) out.marketExperienceYears = years;
      break;
    }
    case 'STRATEGIC_PARTNERSHIP:spProposal':
      out.projectTitleKk = plain(data.projectName);
      amount(data.requestedKzt, 'requestedKzt');
      break;
    case 'AWARD:award2':
      out.projectTitleKk = plain(data.legalName);
      break;
  }
  return out;
}
