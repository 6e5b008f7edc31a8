import { forbidden } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { findStatusFlags } from '@/lib/services/organizations/find-status-flags';
import { loadProfileFormValues } from '@/lib/services/organizations/profile-form-values';
import { ProfileForm } from '@/components/organizations/profile-form';
import { StatusFlagsPanel } from '@/components/organizations/status-flags-panel';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('orgProfile');
  return { title: t('title') };
}

export default async function NgoProfilePage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/profile');
  const organizationId = actor.organizationIds[0]!;
  if (!can(actor, 'update', { type: 'organization', id: organizationId })) forbidden();

  const [t, locale, org, values, flags, regions] = await Promise.all([
    getTranslations('orgProfile'),
    getLocale() as Promise<AppLocale>,
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { bin: true } }),
    loadProfileFormValues(db, organizationId),
    findStatusFlags(db, organizationId),
    db.region.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] }),
  ]);
  if (!values || !flags) forbidden();

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('lead')}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-1 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">{t('bin')}</dt>
        <dd className="font-mono" data-testid="profile-bin">
          {org.bin}
        </dd>
        <dd className="text-sm text-slate-600 sm:col-span-2">{t('binReadOnly')}</dd>
      </dl>
      <StatusFlagsPanel flags={flags} />
      <ProfileForm initial={values} regions={regions.map((r) => ({ code: r.code, name: localized(locale, { kk: r.nameKk, ru: r.nameRu, en: r.nameEn }) }))} />
    </div>
  );
}
