import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { organizationApplications } from '@/lib/queries/application-overview';
import { StatusBadge } from '@/components/ui/status-badge';
import { DataTable } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('submission.list');
  return { title: t('title') };
}

/** My applications (issue 4, part 6): every application of the actor's organisation, newest first. */
export default async function MyApplicationsPage() {
  const actor = await requirePermission('enter', { type: 'area', area: 'ngo' }, '/ngo/applications');
  const organizationIds = actor.organizationIds.filter((id) => can(actor, 'read', { type: 'organization', id }));
  const [t, ts, format, locale, applications] = await Promise.all([
    getTranslations('submission.list'),
    getTranslations('applicationStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    organizationApplications(organizationIds),
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      {applications.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <DataTable testId="my-applications" columns={[{ label: t('competition') }, { label: t('lot') }, { label: t('status') }, { label: t('submittedAt') }, { label: t('receipt') }, { label: t('actions') }]}>
          {applications.map((a) => {
            const title = text(a.projectTitleKk, a.projectTitleRu) || t('untitled');
            return (
              <tr key={a.id} className="border-t border-slate-200 align-top">
                <th scope="row" className="p-3 font-normal">
                  <Link href={`/ngo/applications/${a.id}`} className="font-medium text-brand-700 underline">
                    {title}
                  </Link>
                  <p className="text-slate-600">{text(a.competition.titleKk, a.competition.titleRu, a.competition.titleEn)}</p>
                </th>
                <td className="p-3">{a.lot ? `№ ${a.lot.number}. ${text(a.lot.titleKk, a.lot.titleRu, a.lot.titleEn)}` : '—'}</td>
                <td className="p-3">
                  <StatusBadge status={a.status} label={ts.has(a.status as never) ? ts(a.status as never) : a.status} />
                </td>
                <td className="p-3">{a.submittedAt ? format.dateTime(a.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('notSubmitted')}</td>
                <td className="p-3 font-mono">{a.receiptNumber ?? '—'}</td>
                <td className="p-3">
                  <ul className="flex flex-col gap-1">
                    <li>
                      <Link href={`/ngo/applications/${a.id}`} className="text-brand-700 underline" aria-label={t('openLabel', { title })}>
                        {t('open')}
                      </Link>
                    </li>
                    <li>
                      <a href={`/api/applications/${a.id}/pdf`} className="text-brand-700 underline" aria-label={t('pdfLabel', { title })}>
                        {t('pdf')}
                      </a>
                    </li>
                  </ul>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <p>
        <Link href="/" className="font-medium text-brand-700 underline">
          {t('newApplication')}
        </Link>
      </p>
    </div>
  );
}
