/**
 * The registry of agreements signed by both sides (never a draft or one awaiting a
 * signature): number, NGO, amount, period, status — filtered, paginated, and one
 * agreement's card by its number. Reads only.
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { REGISTRY_PAGE_SIZE, type RegistrySearch } from './search-params';
import { PUBLIC_AGREEMENT_STATUSES, insensitive, competitionFilters, competitionTextMatches, nameSelect, organizationMatches, pageOf, titleSelect } from './visibility';

export function registryAgreementWhere(s: RegistrySearch): Prisma.AgreementWhereInput {
  const and: Prisma.AgreementWhereInput[] = [{ status: { in: PUBLIC_AGREEMENT_STATUSES } }, { competition: { AND: competitionFilters(s) } }];
  if (s.direction !== undefined) and.push({ application: { lot: { direction: { number: s.direction } } } });
  if (s.region !== undefined) {
    and.push({ OR: [{ organization: { region: { code: s.region } } }, { application: { lot: { region: { code: s.region } } } }] });
  }
  if (s.q !== undefined) {
    and.push({ OR: [{ number: insensitive(s.q) }, { organization: organizationMatches(s.q) }, { competition: competitionTextMatches(s.q) }] });
  }
  return { AND: and };
}

const agreementSelect = {
  id: true,
  number: true,
  status: true,
  amountKzt: true,
  periodStart: true,
  periodEnd: true,
  signedAt: true,
  organization: { select: { bin: true, ...nameSelect } },
  competition: { select: { id: true, code: true, kind: true, year: true, ...titleSelect } },
  application: {
    select: {
      lot: { select: { number: true, ...titleSelect, region: { select: { code: true, ...nameSelect } }, direction: { select: { number: true, ...nameSelect } } } },
    },
  },
} satisfies Prisma.AgreementSelect;

export async function listRegistryAgreements(db: PrismaClient, s: RegistrySearch, pageSize = REGISTRY_PAGE_SIZE) {
  const where = registryAgreementWhere(s);
  const total = await db.agreement.count({ where });
  const { page, pageCount, skip } = pageOf(s, total, pageSize);
  const rows = await db.agreement.findMany({ where, orderBy: [{ signedAt: 'desc' }, { number: 'asc' }], skip, take: pageSize, select: agreementSelect });
  return { total, page, pageCount, rows };
}

/** One agreement by its number, only once signed by both sides; null otherwise. */
export async function registryAgreement(db: PrismaClient, number: string) {
  return db.agreement.findFirst({
    where: { number, status: { in: PUBLIC_AGREEMENT_STATUSES } },
    select: {
      ...agreementSelect,
      closedAt: true,
      terminatedAt: true,
      tranches: { orderBy: { seq: 'asc' }, select: { seq: true, isPrepayment: true, amountKzt: true, status: true, plannedOn: true, releasedAt: true } },
    },
  });
}

/** The stable URL of an agreement (its number may contain "/"). */
export function agreementHref(number: string): string {
  return `/registry/agreements/${number.split('/').map(encodeURIComponent).join('/')}`;
}
