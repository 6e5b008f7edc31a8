/**
 * The published facts the open-data mappers read — plain rows loaded by lib/open-data/load.ts
 * (only results after RESULTS_PUBLISHED, only signed agreements, only released tranches).
 * Money is integer tenge as bigint, as in the database.
 */
export interface OrgSource {
  bin: string;
  nameKk: string;
  nameRu: string;
}

export interface RegionSource {
  code: string;
  nameKk: string;
}

export interface DirectionSource {
  number: number;
  nameKk: string;
}

export interface CompetitionSource {
  id: string;
  code: string | null;
  titleKk: string;
  descriptionKk: string | null;
  organizer: OrgSource;
}

/** One grant of the 360Giving file: a GRANT winner or an AWARD laureate. */
export interface GrantSource {
  kind: 'GRANT' | 'AWARD';
  applicationId: string;
  competition: CompetitionSource;
  lot: { number: number; titleKk: string; descriptionKk: string | null } | null;
  projectTitleKk: string | null;
  projectTitleRu: string | null;
  recipient: OrgSource;
  amountKzt: bigint;
  /** When the results were published (Competition.resultsPublishedAt). */
  awardedAt: Date;
  /** Implementation period: the signed agreement's, else the lot's (dates, @db.Date). */
  period: { start: Date; end: Date } | null;
  region: RegionSource | null;
  direction: DirectionSource | null;
  /** AWARD: the laureate's rank within the direction. */
  rank: number | null;
}

export interface TrancheSource {
  seq: number;
  amountKzt: bigint;
  releasedAt: Date;
}

export interface ContractSource {
  id: string;
  number: string;
  status: string;
  amountKzt: bigint;
  periodStart: Date;
  periodEnd: Date;
  signedAt: Date;
  updatedAt: Date;
  tranches: TrancheSource[];
}

export interface AwardSource {
  applicationId: string;
  lotNumber: number | null;
  supplier: OrgSource;
  projectTitleKk: string | null;
  amountKzt: bigint;
  contract: ContractSource | null;
}

/** One social-order competition (announced or later) with what of it is published. */
export interface TenderSource extends CompetitionSource {
  status: string;
  budgetKzt: bigint | null;
  allocatedKzt: bigint | null;
  announcedAt: Date | null;
  opensAt: Date | null;
  deadlineAt: Date | null;
  resultsPublishedAt: Date | null;
  cancelledAt: Date | null;
  updatedAt: Date;
  lots: { number: number; titleKk: string; status: string; budgetKzt: bigint }[];
  /** Empty unless the results are published. */
  awards: AwardSource[];
}
