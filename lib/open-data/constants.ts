/**
 * Identifiers and metadata of Demeu's open data (issue 8 item 3).
 *
 * - Organisations are identified with the org-id.guide list for Kazakhstan's Business
 *   Identification Number (БСН/БИН): `KZ-BIN-<12 digits>`.
 * - 360Giving grant ids are `360G-<publisher prefix>-<internal id>`. The prefix `demeu` is a
 *   PLACEHOLDER: a real prefix is issued by 360Giving to a registered publisher.
 * - OCDS ocids are `ocds-<prefix>-<internal id>`. The prefix `ocds-demeu0` is a PLACEHOLDER:
 *   a real prefix is registered with the Open Contracting Partnership.
 * Both placeholders are stated on the public /open-data page.
 */
export const ORG_ID_SCHEME = 'KZ-BIN';
export const GRANT_ID_PREFIX = '360G-demeu';
export const OCID_PREFIX = 'ocds-demeu0';
export const CURRENCY = 'KZT';
export const COUNTRY = 'KZ';
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const PUBLISHER_NAME = 'Demeu';
/** Vocabulary of the classification by the law's list of NGO directions (1..17). */
export const DIRECTION_VOCABULARY = 'KZ-NGO-DIRECTIONS';
export const THREESIXTY_GIVING_VERSION = '1.4';
export const OCDS_VERSION = '1.1';
/** The lots extension adds `tender.lots` and `awards.relatedLots` to OCDS 1.1. */
export const OCDS_LOTS_EXTENSION = 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json';
/** Public caches may keep a file this long (seconds); results change at most a few times a day. */
export const OPEN_DATA_MAX_AGE = 900;

export const OPEN_DATA_PATHS = {
  grantsJson: '/api/open-data/360giving.json',
  grantsCsv: '/api/open-data/360giving.csv',
  ocdsJson: '/api/open-data/ocds.json',
  page: '/open-data',
} as const;

export function orgId(bin: string): string {
  return `${ORG_ID_SCHEME}-${bin}`;
}
