import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LICENSE_URL, OPEN_DATA_PATHS } from '@/lib/open-data/constants';

// Static text only: the files themselves are built per request by app/api/open-data/**.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('openData');
  return { title: t('metaTitle') };
}

const FILES = [
  { key: 'grantsJson', href: OPEN_DATA_PATHS.grantsJson, standard: '360Giving Data Standard 1.4', standardUrl: 'https://standard.threesixtygiving.org/' },
  { key: 'grantsCsv', href: OPEN_DATA_PATHS.grantsCsv, standard: '360Giving Data Standard 1.4', standardUrl: 'https://standard.threesixtygiving.org/' },
  { key: 'ocdsJson', href: OPEN_DATA_PATHS.ocdsJson, standard: 'Open Contracting Data Standard 1.1', standardUrl: 'https://standard.open-contracting.org/' },
] as const;

// Field paths are the standards' own names (not translated); the notes are messages.
const GRANT_FIELDS = [
  ['id', 'id'],
  ['title', 'title'],
  ['description', 'description'],
  ['currency', 'currency'],
  ['amountAwarded', 'amountAwarded'],
  ['awardDate', 'awardDate'],
  ['plannedDates', 'plannedDates[].startDate, endDate'],
  ['recipientOrganization', 'recipientOrganization[].id, name, alternateName'],
  ['fundingOrganization', 'fundingOrganization[].id, name, alternateName'],
  ['grantProgramme', 'grantProgramme[].code, title, url'],
  ['beneficiaryLocation', 'beneficiaryLocation[].id, name, countryCode'],
  ['classifications', 'classifications[].vocabulary, code, title'],
  ['fromOpenCall', 'fromOpenCall'],
  ['dataSource', 'dataSource'],
  ['package', 'version, title, description, modified, identifier, publisher, license, accessURL, downloadURL'],
] as const;

const OCDS_FIELDS = [
  ['ocid', 'ocid'],
  ['release', 'id, date, tag, initiationType, language'],
  ['parties', 'parties[].id, name, identifier, roles'],
  ['buyer', 'buyer'],
  ['tender', 'tender.id, title, description, status, procuringEntity'],
  ['tenderValue', 'tender.value'],
  ['tenderPeriod', 'tender.tenderPeriod, tender.datePublished'],
  ['tenderMethod', 'tender.procurementMethod, mainProcurementCategory, awardCriteria'],
  ['lots', 'tender.lots[]'],
  ['awards', 'awards[]'],
  ['contracts', 'contracts[]'],
  ['transactions', 'contracts[].implementation.transactions[]'],
  ['package', 'uri, version, extensions, publishedDate, publisher, license, publicationPolicy'],
] as const;

function FieldTable({ id, caption, rows, note, headField, headNote }: { id: string; caption: string; rows: readonly (readonly [string, string])[]; note: (key: string) => string; headField: string; headNote: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption id={id} className="mb-2 text-left text-lg font-semibold">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4 font-semibold">
              {headField}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {headNote}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, path]) => (
            <tr key={key} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <code className="break-words font-mono text-xs text-slate-800">{path}</code>
              </th>
              <td className="py-2 text-slate-700">{note(key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function OpenDataPage() {
  const t = await getTranslations('openData');
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('lead')}</p>
      </header>

      <section aria-labelledby="od-files" className="flex flex-col gap-4">
        <h2 id="od-files" className="text-2xl font-semibold">
          {t('filesTitle')}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {FILES.map((f) => (
            <li key={f.key} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="text-lg font-semibold">{t(`${f.key}.name`)}</h3>
              <p className="text-slate-700">{t(`${f.key}.what`)}</p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-500">{t('format')}</dt>
                <dd>{t(`${f.key}.format`)}</dd>
                <dt className="text-slate-500">{t('standard')}</dt>
                <dd>
                  <a href={f.standardUrl} className="text-brand-700 underline" hrefLang="en">
                    {f.standard}
                  </a>
                </dd>
              </dl>
              <p className="mt-auto">
                <a href={f.href} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
                  {t(`${f.key}.link`)}
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="od-scope" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="od-scope" className="mb-2 text-xl font-semibold">
          {t('scopeTitle')}
        </h2>
        <p className="text-slate-700">{t('scope')}</p>
      </section>

      <section aria-labelledby="od-identifiers" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="od-identifiers" className="mb-2 text-xl font-semibold">
          {t('identifiersTitle')}
        </h2>
        <ul className="list-disc space-y-2 pl-5 text-slate-700">
          <li>{t('identifierOrg')}</li>
          <li>{t('identifierGrant')}</li>
          <li>{t('identifierOcid')}</li>
        </ul>
        <p className="mt-3 text-slate-700">{t('languageNote')}</p>
      </section>

      <section aria-labelledby="od-licence" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="od-licence" className="mb-2 text-xl font-semibold">
          {t('licenceTitle')}
        </h2>
        <p className="text-slate-700">{t('licence')}</p>
        <p className="mt-2">
          <a href={LICENSE_URL} rel="license" className="text-brand-700 underline">
            {t('licenceLink')}
          </a>
        </p>
      </section>

      <section aria-labelledby="od-updates" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="od-updates" className="mb-2 text-xl font-semibold">
          {t('updatesTitle')}
        </h2>
        <p className="text-slate-700">{t('updates')}</p>
      </section>

      <section aria-labelledby="od-fields" className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="od-fields" className="text-xl font-semibold">
          {t('fieldsTitle')}
        </h2>
        <FieldTable id="od-fields-grants" caption={t('fieldsGrants')} rows={GRANT_FIELDS} note={(k) => t(`grantFields.${k}` as never)} headField={t('field')} headNote={t('note')} />
        <FieldTable id="od-fields-ocds" caption={t('fieldsOcds')} rows={OCDS_FIELDS} note={(k) => t(`ocdsFields.${k}` as never)} headField={t('field')} headNote={t('note')} />
      </section>
    </article>
  );
}
