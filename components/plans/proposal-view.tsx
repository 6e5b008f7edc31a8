import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized, type AppLocale } from '@/lib/i18n/locales';

export interface ProposalForView {
  language: string;
  title: string;
  rationale: string;
  goal: string;
  tasks: string;
  description: string;
  amountKzt: bigint;
  geography: string;
  expectedResults: string;
  direction: { number: number; nameKk: string; nameRu: string; nameEn: string } | null;
}

/** A topic proposal, read-only: the eight fields of L940–952 plus direction and language. */
export async function ProposalView({ proposal }: { proposal: ProposalForView }) {
  const [t, tl, format, locale] = await Promise.all([getTranslations('topicProposals.fields'), getTranslations('languages'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const rows: [string, string][] = [
    [t('language'), tl(proposal.language as never)],
    [t('title'), proposal.title],
    [t('direction'), proposal.direction ? `${proposal.direction.number}. ${localized(locale, { kk: proposal.direction.nameKk, ru: proposal.direction.nameRu, en: proposal.direction.nameEn })}` : '—'],
    [t('rationale'), proposal.rationale],
    [t('goal'), proposal.goal],
    [t('tasks'), proposal.tasks],
    [t('description'), proposal.description],
    [t('amount'), format.number(Number(proposal.amountKzt), { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 })],
    [t('geography'), proposal.geography],
    [t('expectedResults'), proposal.expectedResults],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr]" data-testid="proposal-view">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="whitespace-pre-line">{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
