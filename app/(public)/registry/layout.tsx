import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { SectionNav } from '@/components/layout/section-nav';

export async function generateMetadata() {
  const t = await getTranslations('registry');
  return { title: t('title') };
}

/** The public registry (issue 8 item 4): competitions, results and winners, agreements. */
export default async function RegistryLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('registry.nav');
  return (
    <div className="flex flex-col">
      <SectionNav
        label={t('label')}
        items={[
          { href: '/registry', label: t('competitions') },
          { href: '/registry/results', label: t('results') },
          { href: '/registry/agreements', label: t('agreements') },
        ]}
      />
      {children}
    </div>
  );
}
