/**
 * An organisation's registry card by BIN: its public registration data (name, BIN, region),
 * the published wins, the agreements signed with it and the competitions it runs. Shown only
 * when the organisation has a public footprint (a published win, a signed agreement or a
 * non-draft competition it organises); otherwise null (not found).
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { loadLotResults } from './results';
import { PUBLIC_AGREEMENT_STATUSES, WINNER_STATUSES, nameSelect, publicCompetition, titleSelect } from './visibility';

export async function registryOrganization(db: PrismaClient, bin: string) {
  if (!/^\d{12}$/.test(bin)) return null;
  const org = await db.organization.findUnique({
    where: { bin },
    select: { id: true, bin: true, kind: true, ...nameSelect, region: { select: { code: true, ...nameSelect } } },
  });
  if (!org) return null;
  const [wins, agreements, organized] = await Promise.all([
    loadLotResults(db, { applications: { some: { organizationId: org.id, status: { in: WINNER_STATUSES } } } }, { take: 200 }),
    db.agreement.findMany({
      where: { organizationId: org.id, status: { in: PUBLIC_AGREEMENT_STATUSES } },
      orderBy: { number: 'asc' },
      select: { number: true, status: true, amountKzt: true, periodStart: true, periodEnd: true, competition: { select: { id: true, code: true, kind: true, year: true, ...titleSelect } } },
    }),
    db.competition.findMany({
      where: { AND: [publicCompetition, { organizerId: org.id }] },
      orderBy: [{ year: 'desc' }, { code: 'asc' }],
      take: 200,
      select: { id: true, code: true, kind: true, status: true, year: true, ...titleSelect },
    }),
  ]);
  // Only this organisation's own wins from each published lot.
  const ownWins = wins.rows.flatMap((lot) =>
    lot.winners.filter((w) => w.organization.bin === org.bin).map((w) => ({ lot, amountKzt: w.amountKzt, agreementNumber: w.agreementNumber })),
  );
  if (ownWins.length === 0 && agreements.length === 0 && organized.length === 0) return null;
  return { bin: org.bin, kind: org.kind, nameKk: org.nameKk, nameRu: org.nameRu, nameEn: org.nameEn, region: org.region, wins: ownWins, agreements, organized };
}
