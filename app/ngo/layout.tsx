import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SectionNav } from '@/components/layout/section-nav';
import { requirePermission } from '@/lib/auth/session';

export default async function NgoLayout({ children }: { children: React.ReactNode }) {
  // Pages check again for their own objects; the layout keeps the area's menu from strangers.
  await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo');
  const t = await getTranslations('cabinetNav');
  return (
    <ClientMessages area="ngo">
      <SectionNav
        label={t('cabinetNav')}
        items={[
          { href: '/ngo', label: t('overview') },
          { href: '/ngo/profile', label: t('profile') },
          { href: '/ngo/members', label: t('members') },
          { href: '/ngo/database-report', label: t('databaseReport') },
          { href: '/ngo/applications', label: t('applications') },
          { href: '/ngo/topic-proposals', label: t('ngoTopicProposals') },
          { href: '/ngo/creative-order', label: t('ngoCreativeOrder') },
          { href: '/ngo/agreements', label: t('ngoAgreements') },
          { href: '/ngo/notifications', label: t('notifications') },
        ]}
      />
      {children}
    </ClientMessages>
  );
}
