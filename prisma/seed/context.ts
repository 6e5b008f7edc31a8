/** What the seed steps share: the transaction, the clock and the ids created so far. */
import type { Prisma } from '../../lib/generated/prisma/client';
import type { FileStorage } from '../../lib/storage';
import type { Clock } from './clock';
import type { NgoKey, OrgKey } from './people';

export type Tx = Prisma.TransactionClient;

export interface OrgRef {
  id: string;
  bin: string;
  nameKk: string;
  nameRu: string;
}

export interface SeedContext {
  tx: Tx;
  clock: Clock;
  regions: Map<string, string>;
  /** Direction number → id. */
  directions: Map<number, string>;
  orgs: Map<OrgKey, OrgRef>;
  /** email → user id. */
  users: Map<string, string>;
  /** email → IIN. */
  iins: Map<string, string>;
  /** expert email → Expert id. */
  experts: Map<string, string>;
  /** grant plan topic number → PlanTopic id. */
  grantTopics: Map<number, { id: string; budgetKzt: bigint; directionNumber: number; titleKk: string; titleRu: string }>;
  grantPlanId: string;
  /** Where the documents of the demo applications are stored (the portal's file store). */
  storage: FileStorage;
  /** The bytes every demo document is made of (tests/fixtures/files/charter.pdf) and their SHA-256. */
  document: { bytes: Uint8Array; sha256: string };
}

export function need<K, V>(map: Map<K, V>, key: K, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`seed: unknown ${what} '${String(key)}'`);
  return v;
}

export const org = (ctx: SeedContext, key: OrgKey): OrgRef => need(ctx.orgs, key, 'organisation');
export const user = (ctx: SeedContext, email: string): string => need(ctx.users, email, 'user');
export const expert = (ctx: SeedContext, email: string): string => need(ctx.experts, email, 'expert');
export const direction = (ctx: SeedContext, n: number): string => need(ctx.directions, n, 'direction');
export const region = (ctx: SeedContext, code: string): string => need(ctx.regions, code, 'region');

/** Email of the demo account heading an NGO. */
export const HEAD_EMAIL: Record<NgoKey, string> = {
  n1: 'ngo@demeu.kz',
  n2: 'ngo2@demeu.kz',
  n3: 'ngo3@demeu.kz',
  n4: 'ngo4@demeu.kz',
  n5: 'ngo5@demeu.kz',
  n6: 'ngo6@demeu.kz',
  n7: 'ngo7@demeu.kz',
  n8: 'ngo8@demeu.kz',
  n9: 'ngo9@demeu.kz',
};
