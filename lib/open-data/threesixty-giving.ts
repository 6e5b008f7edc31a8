/**
 * Published grants and awards → 360Giving (package JSON and the flat CSV). Pure: rows in,
 * documents out; the caller loads only published data (lib/open-data/load.ts).
 */
import { COUNTRY, CURRENCY, DIRECTION_VOCABULARY, GRANT_ID_PREFIX, LICENSE_URL, OPEN_DATA_PATHS, PUBLISHER_NAME, THREESIXTY_GIVING_VERSION, orgId } from './constants';
import { isoDay, tenge } from './format';
import { GRANT_CSV_COLUMNS, type Grant, type GrantPackage } from './schemas/threesixty-giving';
import type { GrantSource, OrgSource } from './sources';

/** Republic-wide lots (Lot.regionId null) benefit the whole country. */
export const NATIONWIDE = { id: COUNTRY, name: 'Қазақстан Республикасы', countryCode: COUNTRY } as const;

const TITLE_MAX = 140;

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

function organization(o: OrgSource): Grant['recipientOrganization'][number] {
  return o.nameRu && o.nameRu !== o.nameKk ? { id: orgId(o.bin), name: o.nameKk, alternateName: o.nameRu } : { id: orgId(o.bin), name: o.nameKk };
}

export function grantId(applicationId: string): string {
  return `${GRANT_ID_PREFIX}-${applicationId}`;
}

export function competitionUrl(baseUrl: string, competitionId: string): string {
  return `${baseUrl}/competitions/${competitionId}`;
}

/** One winning grant application or one award laureate as a 360Giving grant. */
export function grantFromSource(s: GrantSource, baseUrl: string): Grant {
  const title =
    s.kind === 'GRANT'
      ? (s.projectTitleKk ?? s.projectTitleRu ?? s.lot?.titleKk ?? s.competition.titleKk)
      : `${s.recipient.nameKk} — ${s.direction?.nameKk ?? s.lot?.titleKk ?? s.competition.titleKk}`;
  const description = s.lot ? [s.lot.titleKk, s.lot.descriptionKk].filter((x): x is string => !!x).join('. ') : s.competition.titleKk;
  const url = competitionUrl(baseUrl, s.competition.id);
  const grant: Grant = {
    id: grantId(s.applicationId),
    title: clip(title, TITLE_MAX),
    description,
    currency: CURRENCY,
    amountAwarded: tenge(s.amountKzt),
    awardDate: s.awardedAt.toISOString(),
    recipientOrganization: [organization(s.recipient)],
    fundingOrganization: [organization(s.competition.organizer)],
    grantProgramme: [{ code: s.competition.code ?? s.competition.id, title: s.competition.titleKk, url }],
    beneficiaryLocation: [s.region ? { id: s.region.code, name: s.region.nameKk, countryCode: COUNTRY } : { ...NATIONWIDE }],
    classifications: s.direction ? [{ vocabulary: DIRECTION_VOCABULARY, code: String(s.direction.number), title: s.direction.nameKk }] : [],
    fromOpenCall: 'Yes',
    dataSource: url,
  };
  if (s.period) grant.plannedDates = [{ startDate: isoDay(s.period.start), endDate: isoDay(s.period.end) }];
  return grant;
}

export function grantPackage(sources: GrantSource[], options: { baseUrl: string; now: Date }): GrantPackage {
  const { baseUrl, now } = options;
  return {
    version: THREESIXTY_GIVING_VERSION,
    title: 'Demeu — state grants and NGO awards of Kazakhstan (360Giving)',
    description: 'Winning state grant applications and NGO award laureates whose results are published on the Demeu portal.',
    modified: now.toISOString(),
    identifier: `${GRANT_ID_PREFIX}-package`,
    publisher: { name: PUBLISHER_NAME, website: baseUrl },
    license: LICENSE_URL,
    accessURL: `${baseUrl}${OPEN_DATA_PATHS.page}`,
    downloadURL: `${baseUrl}${OPEN_DATA_PATHS.grantsJson}`,
    grants: sources.map((s) => grantFromSource(s, baseUrl)),
  };
}

/** One grant as the flat CSV row, in GRANT_CSV_COLUMNS order. */
export function grantCsvRow(g: Grant): string[] {
  const r = g.recipientOrganization[0];
  const f = g.fundingOrganization[0];
  const p = g.grantProgramme[0];
  const l = g.beneficiaryLocation[0];
  const c = g.classifications[0];
  const d = g.plannedDates?.[0];
  const row: Record<(typeof GRANT_CSV_COLUMNS)[number], string> = {
    Identifier: g.id,
    Title: g.title,
    Description: g.description,
    Currency: g.currency,
    'Amount Awarded': String(g.amountAwarded),
    'Award Date': g.awardDate,
    'Planned Dates:Start Date': d?.startDate ?? '',
    'Planned Dates:End Date': d?.endDate ?? '',
    'Recipient Org:Identifier': r?.id ?? '',
    'Recipient Org:Name': r?.name ?? '',
    'Recipient Org:Alternate Name': r?.alternateName ?? '',
    'Funding Org:Identifier': f?.id ?? '',
    'Funding Org:Name': f?.name ?? '',
    'Funding Org:Alternate Name': f?.alternateName ?? '',
    'Grant Programme:Code': p?.code ?? '',
    'Grant Programme:Title': p?.title ?? '',
    'Grant Programme:URL': p?.url ?? '',
    'Beneficiary Location:Identifier': l?.id ?? '',
    'Beneficiary Location:Name': l?.name ?? '',
    'Beneficiary Location:Country Code': l?.countryCode ?? '',
    'Classifications:Vocabulary': c?.vocabulary ?? '',
    'Classifications:Code': c?.code ?? '',
    'Classifications:Title': c?.title ?? '',
    'From An Open Call?': g.fromOpenCall,
    'Data Source': g.dataSource,
  };
  return GRANT_CSV_COLUMNS.map((k) => row[k]);
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The 360Giving flat CSV: UTF-8 BOM (Excel), a header row, CRLF line ends. */
export function grantsCsv(grants: Grant[]): string {
  const lines = [GRANT_CSV_COLUMNS as readonly string[], ...grants.map(grantCsvRow)].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
