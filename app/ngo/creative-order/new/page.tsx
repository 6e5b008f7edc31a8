import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { creativeRegionOptions } from '@/lib/services/creative-order/queries';
import { ProviderApplicationForm } from '@/components/creative-order/provider-application-form';

export const dynamic = 'force-dynamic';

export default async function NewCreativeApplicationPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/creative-order/new');
  const [t, locale] = await Promise.all([getTranslations('creativeOrder.provider'), getLocale()]);
  const providerId = actor.organizationIds[0];
  const provider = providerId && can(actor, 'apply', { type: 'organization', id: providerId }) ? await db.organization.findUnique({ where: { id: providerId }, select: { regionId: true } }) : null;
  const regions = await creativeRegionOptions(db, locale);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/ngo/creative-order" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('newTitle')}</h1>
      {provider ? (
        <ProviderApplicationForm
          regions={regions}
          initial={{
            clubId: '',
            expectedUpdatedAt: '',
            nameKk: '',
            nameRu: '',
            nameEn: '',
            fieldKk: '',
            fieldRu: '',
            regionId: provider.regionId ?? '',
            address: '',
            ageMin: '',
            ageMax: '',
            programme: {
              goals: '',
              tasks: '',
              expectedResults: '',
              topics: [{ level: '', title: '', lessons: '' }],
              equipment: '',
              schedule: '',
              parentEvents: '',
              childInventory: '',
              attendanceRules: '',
              remoteLessonsAllowed: false,
              remoteLessonRules: '',
            },
            staff: [{ fullName: '', position: '', narcologyIssuedOn: '', psychiatryIssuedOn: '', phthisiologyIssuedOn: '' }],
          }}
        />
      ) : (
        <p role="alert">{t('noOrganization')}</p>
      )}
    </div>
  );
}
