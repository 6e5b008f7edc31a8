import { getTranslations } from 'next-intl/server';
import { SectionNav } from '@/components/layout/section-nav';
import { requirePermission } from '@/lib/auth/session';

/** The competition hub's tab menu: Overview, Admission, Commission, Scoring, Results. Operator staff only. */
export default async function CompetitionHubLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('enter', { type: 'area', area: 'operator' }, `/operator/competitions/${id}`);
  const t = await getTranslations('competitionSetup.hub');
  const base = `/operator/competitions/${encodeURIComponent(id)}`;
  return (
    <>
      <SectionNav
        label={t('tabs')}
        items={[
          { href: base, label: t('overview') },
          { href: `${base}/admission`, label: t('admission') },
          { href: `${base}/commission`, label: t('commission') },
          { href: `${base}/scoring`, label: t('scoring') },
          { href: `${base}/results`, label: t('results') },
        ]}
      />
      {children}
    </>
  );
}
