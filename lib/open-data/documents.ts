/**
 * The three open-data documents, built from the database and checked against our own
 * schemas before they leave the server (a document that does not match is a bug: it throws).
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { latest } from './format';
import { loadGrantSources, loadTenderSources } from './load';
import { releasePackage } from './ocds';
import { releasePackageSchema, type ReleasePackage } from './schemas/ocds';
import { grantPackageSchema, type GrantPackage } from './schemas/threesixty-giving';
import { grantPackage, grantsCsv } from './threesixty-giving';

type Db = Pick<PrismaClient, 'application' | 'laureate' | 'competition'>;
export interface BuildOptions {
  baseUrl: string;
  now?: () => Date;
}

/**
 * The package's `modified` / `publishedDate` is the latest published fact it holds (not the
 * request time), so the same data gives the same bytes and the same ETag.
 */
function stamp(dates: Date[], options: BuildOptions): Date {
  return latest(dates) ?? (options.now ?? (() => new Date()))();
}

export async function buildGrantPackage(db: Db, options: BuildOptions): Promise<GrantPackage> {
  const sources = await loadGrantSources(db);
  const now = stamp(sources.map((s) => s.awardedAt), options);
  return grantPackageSchema.parse(grantPackage(sources, { baseUrl: options.baseUrl, now }));
}

export async function buildGrantsCsv(db: Db, options: BuildOptions): Promise<string> {
  return grantsCsv((await buildGrantPackage(db, options)).grants);
}

export async function buildReleasePackage(db: Db, options: BuildOptions): Promise<ReleasePackage> {
  const tenders = await loadTenderSources(db);
  const pkg = releasePackage(tenders, { baseUrl: options.baseUrl, now: new Date(0) });
  pkg.publishedDate = stamp(pkg.releases.map((r) => new Date(r.date)), options).toISOString();
  return releasePackageSchema.parse(pkg);
}
