import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SectionNav } from '@/components/layout/section-nav';
import { requirePermission } from '@/lib/auth/session';

export default async function OperatorLayout({ children }: { children: React.ReactNode }) {
  // Pages check again for their own objects; the layout keeps the area's menu from strangers.
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator');
  const t = await getTranslations('cabinetNav');
  return (
    <ClientMessages area="operator">
      <SectionNav
        label={t('consoleNav')}
        items={[
          { href: '/operator', label: t('consoleOverview') },
          { href: '/operator/plans', label: t('plans') },
          { href: '/operator/topic-proposals', label: t('topicProposals') },
          { href: '/operator/experts', label: t('experts') },
          { href: '/operator/social-order', label: t('socialOrder') },
          { href: '/operator/strategic-partnership', label: t('strategicPartnership') },
          { href: '/operator/creative-order', label: t('creativeOrder') },
          { href: '/operator/awards', label: t('awards') },
          { href: '/operator/agreements', label: t('operatorAgreements') },
          { href: '/operator/monitoring', label: t('monitoring') },
          { href: '/operator/evaluations', label: t('evaluations') },
          { href: '/operator/analytics', label: t('analytics') },
          { href: '/operator/organizations', label: t('organizations') },
          { href: '/operator/database-reports', label: t('databaseReports') },
        ]}
      />
      {children}
    </ClientMessages>
  );
}
