import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import type { AppLocale } from '@/lib/i18n/locales';
import { directionAndRegionOptions } from '@/components/plans/reference-options';
import { TopicProposalForm } from '@/components/plans/topic-proposal-form';

export const dynamic = 'force-dynamic';

export default async function NewTopicProposalPage() {
  await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/topic-proposals/new');
  const [t, locale] = await Promise.all([getTranslations('topicProposals'), getLocale() as Promise<AppLocale>]);
  const { directions } = await directionAndRegionOptions(locale);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/ngo/topic-proposals" className="text-brand-700 underline">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('newTitle')}</h1>
      <p className="max-w-3xl text-slate-600">{t('ngoLead')}</p>
      <TopicProposalForm
        directions={directions}
        initial={{ proposalId: '', language: locale === 'ru' ? 'ru' : 'kk', title: '', rationale: '', goal: '', tasks: '', description: '', amountKzt: '', geography: '', expectedResults: '', directionId: '' }}
      />
    </div>
  );
}
