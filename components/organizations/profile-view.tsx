import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localized, type AppLocale } from '@/lib/i18n/locales';

export interface ProfileViewData {
  bin: string;
  legalForm: string;
  nameKk: string;
  nameRu: string;
  registeredOn: Date | null;
  charterSubjectKk: string | null;
  charterSubjectRu: string | null;
  charterPurposeKk: string | null;
  charterPurposeRu: string | null;
  activityTypes: string[];
  region: { nameKk: string; nameRu: string; nameEn: string | null } | null;
  legalAddress: string | null;
  actualAddress: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  headFullName: string | null;
  headPosition: string | null;
  headIin: string | null;
  bankName: string | null;
  iban: string | null;
  bic: string | null;
  kbe: string | null;
  founders: { id: string; fullName: string; iin: string | null; bin: string | null; sharePercent: number | null }[];
}

/** The organisation's legal data, read-only (operator console). */
export async function ProfileView({ org }: { org: ProfileViewData }) {
  const [t, tf, format, locale] = await Promise.all([getTranslations('orgProfile'), getTranslations('legalForms'), getFormatter(), getLocale() as Promise<AppLocale>]);
  const dash = (v: string | null | undefined) => (v ? v : '—');
  const rows: [string, React.ReactNode][] = [
    [t('bin'), <span key="bin" className="font-mono">{org.bin}</span>],
    [t('legalForm'), tf(org.legalForm as never)],
    [t('nameKk'), <span key="kk" lang="kk">{org.nameKk}</span>],
    [t('nameRu'), <span key="ru" lang="ru">{org.nameRu}</span>],
    [t('registeredOn'), org.registeredOn ? format.dateTime(org.registeredOn, { dateStyle: 'long', timeZone: 'UTC' }) : '—'],
    [t('charterSubjectKk'), dash(org.charterSubjectKk)],
    [t('charterSubjectRu'), dash(org.charterSubjectRu)],
    [t('charterPurposeKk'), dash(org.charterPurposeKk)],
    [t('charterPurposeRu'), dash(org.charterPurposeRu)],
    [
      t('activityTypes'),
      org.activityTypes.length ? (
        <ul key="at" className="list-disc pl-5">
          {org.activityTypes.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
      ) : (
        '—'
      ),
    ],
    [t('region'), org.region ? localized(locale, { kk: org.region.nameKk, ru: org.region.nameRu, en: org.region.nameEn }) : '—'],
    [t('legalAddress'), dash(org.legalAddress)],
    [t('actualAddress'), dash(org.actualAddress)],
    [t('phone'), dash(org.phone)],
    [t('email'), dash(org.email)],
    [t('website'), dash(org.website)],
    [t('headFullName'), dash(org.headFullName)],
    [t('headPosition'), dash(org.headPosition)],
    [t('headIin'), <span key="iin" className="font-mono">{dash(org.headIin)}</span>],
    [t('bankName'), dash(org.bankName)],
    [t('iban'), <span key="iban" className="font-mono">{dash(org.iban)}</span>],
    [t('bic'), <span key="bic" className="font-mono">{dash(org.bic)}</span>],
    [t('kbe'), <span key="kbe" className="font-mono">{dash(org.kbe)}</span>],
  ];
  return (
    <section aria-labelledby="profile-view" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="profile-view" className="mb-3 text-xl font-semibold">
        {t('legalData')}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-5 mb-2 font-semibold">{t('foundersSection')}</h3>
      {org.founders.length === 0 ? (
        <p className="text-slate-600">{t('noFounders')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">{t('founderName')}</th>
              <th scope="col" className="p-2">{t('founderIdentifier')}</th>
              <th scope="col" className="p-2">{t('founderShare')}</th>
            </tr>
          </thead>
          <tbody>
            {org.founders.map((f) => (
              <tr key={f.id} className="border-t border-slate-200">
                <th scope="row" className="p-2 font-normal">{f.fullName}</th>
                <td className="p-2 font-mono">{f.bin ? `${t('binShort')} ${f.bin}` : f.iin ? `${t('iinShort')} ${f.iin}` : '—'}</td>
                <td className="p-2">{f.sharePercent === null ? '—' : `${f.sharePercent}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
