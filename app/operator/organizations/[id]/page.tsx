import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { findStatusFlags } from '@/lib/services/organizations/find-status-flags';
import { ProfileView } from '@/components/organizations/profile-view';
import { StatusFlagForm } from '@/components/organizations/status-flag-form';
import { StatusFlagsPanel } from '@/components/organizations/status-flags-panel';

export const dynamic = 'force-dynamic';

export default async function OperatorOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('set-status-flags', { type: 'organization', id }, `/operator/organizations/${id}`);
  const org = await db.organization.findUnique({
    where: { id },
    include: { region: { select: { nameKk: true, nameRu: true, nameEn: true } }, persons: { where: { role: 'FOUNDER', until: null }, orderBy: { createdAt: 'asc' } } },
  });
  if (!org || org.kind !== 'NGO') notFound();
  const [t, locale, flags] = await Promise.all([getTranslations('orgConsole'), getLocale() as Promise<AppLocale>, findStatusFlags(db, id)]);
  if (!flags) notFound();

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/organizations" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{localized(locale, { kk: org.nameKk, ru: org.nameRu, en: org.nameEn })}</h1>
        <p className="mt-1 font-mono text-slate-600">{org.bin}</p>
      </div>
      <StatusFlagsPanel flags={flags} />
      <section aria-labelledby="change-flags" className="flex flex-col gap-3">
        <h2 id="change-flags" className="text-xl font-semibold">
          {t('changeFlags')}
        </h2>
        <p className="text-slate-600">{t('changeFlagsLead')}</p>
        <div className="grid gap-4 md:grid-cols-2">
          {flags.map((f) => (
            <StatusFlagForm key={f.flag} organizationId={org.id} flag={f.flag} active={f.active} />
          ))}
        </div>
      </section>
      <ProfileView org={{ ...org, founders: org.persons }} />
    </div>
  );
}
