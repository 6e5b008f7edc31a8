import { getFormatter, getTranslations } from 'next-intl/server';
import type { CreativeProviderDraft } from '@/lib/services/creative-order/creative-order-input';

const PROGRAMME_TEXT = ['goals', 'tasks', 'expectedResults', 'equipment', 'schedule', 'parentEvents', 'childInventory', 'attendanceRules'] as const;
const CERTIFICATES = ['narcologyIssuedOn', 'psychiatryIssuedOn', 'phthisiologyIssuedOn'] as const;

/** A submitted (frozen) creative-order application, read-only: for the provider and the operator. */
export async function ProviderApplicationView({ values, regionLabel, applicationDate }: { values: CreativeProviderDraft; regionLabel: string; applicationDate: string | null }) {
  const [t, format] = await Promise.all([getTranslations('creativeOrder.provider'), getFormatter()]);
  const day = (iso: string) => (iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) : '—');
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="view-club" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="view-club" className="mb-3 text-xl font-semibold">
          {t('clubSection')}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('fields.nameKk')}</dt>
          <dd>{values.nameKk}</dd>
          <dt className="text-slate-500">{t('fields.nameRu')}</dt>
          <dd>{values.nameRu}</dd>
          <dt className="text-slate-500">{t('fields.region')}</dt>
          <dd>{regionLabel}</dd>
          <dt className="text-slate-500">{t('fields.address')}</dt>
          <dd>{values.address}</dd>
          <dt className="text-slate-500">{t('ages')}</dt>
          <dd>{t('ageRange', { min: values.ageMin, max: values.ageMax })}</dd>
          {applicationDate && (
            <>
              <dt className="text-slate-500">{t('applicationDate')}</dt>
              <dd>{day(applicationDate)}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="view-programme" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="view-programme" className="text-xl font-semibold">
          {t('programmeSection')}
        </h2>
        <dl className="flex flex-col gap-2">
          {PROGRAMME_TEXT.map((k) => (
            <div key={k}>
              <dt className="font-medium">{t(`fields.${k}`)}</dt>
              <dd className="whitespace-pre-line text-slate-800">{values.programme[k]}</dd>
            </div>
          ))}
          <div>
            <dt className="font-medium">{t('fields.remoteLessonsAllowed')}</dt>
            <dd className="whitespace-pre-line">{values.programme.remoteLessonsAllowed ? values.programme.remoteLessonRules : t('noRemote')}</dd>
          </div>
        </dl>
        <h3 className="text-lg font-semibold">{t('topicsTitle')}</h3>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="p-2">{t('fields.level')}</th>
              <th scope="col" className="p-2">{t('fields.topic')}</th>
              <th scope="col" className="p-2">{t('fields.lessons')}</th>
            </tr>
          </thead>
          <tbody>
            {values.programme.topics.map((row, i) => (
              <tr key={i} className="border-t border-slate-200">
                <td className="p-2">{row.level}</td>
                <th scope="row" className="p-2 font-normal">{row.title}</th>
                <td className="p-2">{row.lessons}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="view-staff" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="view-staff" className="text-xl font-semibold">
          {t('staffSection')}
        </h2>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="p-2">{t('fields.fullName')}</th>
              <th scope="col" className="p-2">{t('fields.position')}</th>
              {CERTIFICATES.map((k) => (
                <th key={k} scope="col" className="p-2">
                  {t(`fields.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.staff.map((p, i) => (
              <tr key={i} className="border-t border-slate-200">
                <th scope="row" className="p-2 font-medium">{p.fullName}</th>
                <td className="p-2">{p.position}</td>
                {CERTIFICATES.map((k) => (
                  <td key={k} className="p-2">
                    {day(p[k])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
