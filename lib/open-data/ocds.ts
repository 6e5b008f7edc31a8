/**
 * Social-order competitions → OCDS releases in a release package. Pure: rows in, documents
 * out; the caller loads only published data (lib/open-data/load.ts): the tender of every
 * announced competition, awards only after RESULTS_PUBLISHED, contracts only once signed,
 * transactions only for released tranches.
 */
import { CURRENCY, LICENSE_URL, OCDS_LOTS_EXTENSION, OCDS_VERSION, OCID_PREFIX, OPEN_DATA_PATHS, PUBLISHER_NAME, orgId } from './constants';
import { dayEnd, dayStart, latest, tenge } from './format';
import type { Release, ReleasePackage } from './schemas/ocds';
import type { ContractSource, OrgSource, TenderSource } from './sources';

type TenderStatus = Release['tender']['status'];
type PartyRole = Release['parties'][number]['roles'][number];

export function ocid(competitionId: string): string {
  return `${OCID_PREFIX}-${competitionId}`;
}

/** Competition status (lib/rules/status/competition-status.ts) → OCDS tenderStatus. */
export function tenderStatus(status: string): TenderStatus {
  switch (status) {
    case 'RESULTS_PUBLISHED':
      return 'complete';
    case 'NOT_HELD':
      return 'unsuccessful';
    case 'CANCELLED':
      return 'cancelled';
    default:
      return 'active';
  }
}

/** Agreement status (lib/rules/status/agreement-status.ts) → OCDS contractStatus. */
export function contractStatus(status: string): Release['contracts'][number]['status'] {
  switch (status) {
    case 'CLOSED':
    case 'TERMINATED':
      return 'terminated';
    case 'DECLINED':
      return 'cancelled';
    case 'DRAFT':
    case 'SENT_TO_NGO':
    case 'SIGNED_BY_NGO':
      return 'pending';
    default:
      return 'active';
  }
}

function ref(o: OrgSource) {
  return { id: orgId(o.bin), name: o.nameKk };
}

function lotId(n: number): string {
  return `lot-${n}`;
}

function contract(c: ContractSource, awardId: string, buyer: OrgSource, supplier: OrgSource): Release['contracts'][number] {
  return {
    id: c.id,
    awardID: awardId,
    title: c.number,
    status: contractStatus(c.status),
    value: { amount: tenge(c.amountKzt), currency: CURRENCY },
    period: { startDate: dayStart(c.periodStart), endDate: dayEnd(c.periodEnd) },
    dateSigned: c.signedAt.toISOString(),
    implementation: {
      transactions: [...c.tranches]
        .sort((a, b) => a.seq - b.seq)
        .map((t) => ({
          id: `${c.number}-T${t.seq}`,
          date: t.releasedAt.toISOString(),
          value: { amount: tenge(t.amountKzt), currency: CURRENCY },
          payer: ref(buyer),
          payee: ref(supplier),
        })),
    },
  };
}

/** One social-order competition as an OCDS release (a snapshot of what is published). */
export function releaseFromTender(t: TenderSource): Release {
  const status = tenderStatus(t.status);
  const published = t.status === 'RESULTS_PUBLISHED' && t.resultsPublishedAt !== null;
  const awardSources = published ? t.awards : [];
  const awardedAt = t.resultsPublishedAt;

  const parties = new Map<string, Release['parties'][number]>();
  const addParty = (o: OrgSource, roles: PartyRole[]) => {
    const id = orgId(o.bin);
    const p = parties.get(id) ?? { id, name: o.nameKk, identifier: { scheme: 'KZ-BIN' as const, id: o.bin, legalName: o.nameKk }, roles: [] };
    for (const r of roles) if (!p.roles.includes(r)) p.roles.push(r);
    parties.set(id, p);
  };
  addParty(t.organizer, ['buyer', 'procuringEntity']);

  const awards: Release['awards'] = [];
  const contracts: Release['contracts'] = [];
  for (const a of awardSources) {
    if (!awardedAt) continue;
    addParty(a.supplier, ['supplier']);
    awards.push({
      id: a.applicationId,
      title: a.projectTitleKk ?? a.supplier.nameKk,
      status: 'active',
      date: awardedAt.toISOString(),
      value: { amount: tenge(a.amountKzt), currency: CURRENCY },
      suppliers: [ref(a.supplier)],
      relatedLots: a.lotNumber === null ? [] : [lotId(a.lotNumber)],
    });
    if (a.contract) {
      const c = contract(a.contract, a.applicationId, t.organizer, a.supplier);
      if (c.implementation.transactions.length > 0) {
        addParty(t.organizer, ['payer']);
        addParty(a.supplier, ['payee']);
      }
      contracts.push(c);
    }
  }

  const awardedLots = new Set(awards.flatMap((a) => a.relatedLots));
  const lots: Release['tender']['lots'] = t.lots
    .slice()
    .sort((a, b) => a.number - b.number)
    .map((l) => {
      const id = lotId(l.number);
      let ls: TenderStatus = status;
      if (l.status === 'NOT_HELD') ls = 'unsuccessful';
      else if (l.status === 'CANCELLED') ls = 'cancelled';
      else if (status === 'complete') ls = awardedLots.has(id) ? 'complete' : 'unsuccessful';
      return { id, title: l.titleKk, status: ls, value: { amount: tenge(l.budgetKzt), currency: CURRENCY } };
    });

  const tenderValue = t.allocatedKzt ?? t.budgetKzt ?? (lots.length > 0 ? t.lots.reduce((s, l) => s + l.budgetKzt, 0n) : null);
  const tender: Release['tender'] = {
    id: t.code ?? t.id,
    title: t.titleKk,
    status,
    procuringEntity: ref(t.organizer),
    procurementMethod: 'open',
    mainProcurementCategory: 'services',
    awardCriteria: 'ratedCriteria',
    lots,
  };
  if (t.descriptionKk) tender.description = t.descriptionKk;
  if (tenderValue !== null) tender.value = { amount: tenge(tenderValue), currency: CURRENCY };
  if (t.announcedAt) tender.datePublished = t.announcedAt.toISOString();
  const start = t.opensAt ?? t.announcedAt;
  if (start && t.deadlineAt) tender.tenderPeriod = { startDate: start.toISOString(), endDate: t.deadlineAt.toISOString() };

  const tag: Release['tag'] = [status === 'cancelled' ? 'tenderCancellation' : 'tender'];
  if (awards.length > 0) tag.push('award');
  if (contracts.length > 0) tag.push('contract');
  if (contracts.some((c) => c.implementation.transactions.length > 0)) tag.push('implementation');

  const date =
    latest([
      t.announcedAt,
      t.resultsPublishedAt,
      t.cancelledAt,
      ...awardSources.flatMap((a) => (a.contract ? [a.contract.signedAt, ...a.contract.tranches.map((x) => x.releasedAt)] : [])),
    ]) ?? t.updatedAt;
  const id = `${ocid(t.id)}-${date.toISOString().replace(/[-:.]/g, '')}`;

  return {
    ocid: ocid(t.id),
    id,
    date: date.toISOString(),
    tag,
    initiationType: 'tender',
    language: 'kk',
    parties: [...parties.values()],
    buyer: ref(t.organizer),
    tender,
    awards,
    contracts,
  };
}

export function releasePackage(tenders: TenderSource[], options: { baseUrl: string; now: Date }): ReleasePackage {
  const { baseUrl, now } = options;
  return {
    uri: `${baseUrl}${OPEN_DATA_PATHS.ocdsJson}`,
    version: OCDS_VERSION,
    extensions: [OCDS_LOTS_EXTENSION],
    publishedDate: now.toISOString(),
    publisher: { name: PUBLISHER_NAME },
    license: LICENSE_URL,
    publicationPolicy: `${baseUrl}${OPEN_DATA_PATHS.page}`,
    releases: tenders.map(releaseFromTender),
  };
}
