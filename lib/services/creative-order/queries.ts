import type { PrismaClient } from '@/lib/generated/prisma/client';
import { almatyDateOf } from '@/lib/rules';
import { planBudgetTotal, planDates, planPriorityCategories, type PriorityCategory } from './plan-settings';
import { ALLOCATION_STATUS, CLUB_STATUS } from './statuses';

/** Read models of the creative-order pages (no writes). */

export interface PublicClub {
  id: string;
  nameKk: string;
  nameRu: string;
  nameEn: string | null;
  fieldKk: string | null;
  fieldRu: string | null;
  address: string;
  ageMin: number | null;
  ageMax: number | null;
  providerKk: string;
  providerRu: string;
  regionKk: string;
  regionRu: string;
  places: number;
  freePlaces: number;
}

const clubSelect = {
  id: true,
  nameKk: true,
  nameRu: true,
  nameEn: true,
  fieldKk: true,
  fieldRu: true,
  address: true,
  ageMin: true,
  ageMax: true,
  programme: true,
  provider: { select: { nameKk: true, nameRu: true } },
  region: { select: { nameKk: true, nameRu: true } },
} as const;

async function withPlaces(db: PrismaClient, clubs: { id: string }[], year: number): Promise<Map<string, { places: number; free: number }>> {
  const quotas = await db.creativePlaceQuota.findMany({
    where: { clubId: { in: clubs.map((c) => c.id) }, year },
    select: { clubId: true, places: true, _count: { select: { allocations: { where: { status: ALLOCATION_STATUS.active } } } } },
  });
  return new Map(quotas.map((q) => [q.clubId, { places: q.places, free: Math.max(0, q.places - q._count.allocations) }]));
}

/** Admitted clubs with their places of the current Almaty year (public). */
export async function publicCreativeClubs(db: PrismaClient, now: Date = new Date()): Promise<PublicClub[]> {
  const year = Number(almatyDateOf(now).slice(0, 4));
  const clubs = await db.creativeClub.findMany({ where: { status: CLUB_STATUS.admitted }, select: clubSelect, orderBy: [{ nameRu: 'asc' }, { id: 'asc' }] });
  const places = await withPlaces(db, clubs, year);
  return clubs.map((c) => ({
    id: c.id,
    nameKk: c.nameKk,
    nameRu: c.nameRu,
    nameEn: c.nameEn,
    fieldKk: c.fieldKk,
    fieldRu: c.fieldRu,
    address: c.address,
    ageMin: c.ageMin,
    ageMax: c.ageMax,
    providerKk: c.provider.nameKk,
    providerRu: c.provider.nameRu,
    regionKk: c.region.nameKk,
    regionRu: c.region.nameRu,
    places: places.get(c.id)?.places ?? 0,
    freePlaces: places.get(c.id)?.free ?? 0,
  }));
}

/** One admitted club with its programme and the year's priority categories (public). */
export async function publicCreativeClub(db: PrismaClient, id: string, now: Date = new Date()) {
  const year = Number(almatyDateOf(now).slice(0, 4));
  const club = await db.creativeClub.findFirst({ where: { id, status: CLUB_STATUS.admitted }, select: clubSelect });
  if (!club) return null;
  const places = (await withPlaces(db, [club], year)).get(club.id);
  const plan = await db.plan.findFirst({ where: { kind: 'CREATIVE_ORDER', year }, orderBy: { createdAt: 'asc' }, select: { settings: true } });
  const programme = (club.programme ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof programme[k] === 'string' ? (programme[k] as string) : '');
  return {
    ...club,
    programme: { goals: str('goals'), expectedResults: str('expectedResults'), schedule: str('schedule'), attendanceRules: str('attendanceRules') },
    places: places?.places ?? 0,
    freePlaces: places?.free ?? 0,
    categories: planPriorityCategories(plan?.settings) as PriorityCategory[],
  };
}

/** The signed-in representative's own requests (never anyone else's). */
export async function myCreativeRequests(db: PrismaClient, userId: string, clubId?: string) {
  return db.creativeRequest.findMany({
    where: { userId, ...(clubId ? { clubId } : {}) },
    select: { id: true, childName: true, requestedAt: true, status: true, priorityCategory: true, allocation: { select: { voucherNumber: true, allocatedAt: true } } },
    orderBy: { requestedAt: 'desc' },
  });
}

/** The operator's overview: plans, clubs (with places of the plan year) and the latest runs. */
export async function creativeOrderOverview(db: PrismaClient, year: number) {
  const plan = await db.plan.findFirst({ where: { kind: 'CREATIVE_ORDER', year }, orderBy: { createdAt: 'asc' } });
  // A provider's draft is not the operator's yet (CO-3).
  const clubs = await db.creativeClub.findMany({
    where: { status: { not: CLUB_STATUS.draft } },
    select: { id: true, nameKk: true, nameRu: true, status: true, provider: { select: { nameKk: true, nameRu: true } }, programme: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const quotas = await db.creativePlaceQuota.findMany({
    where: { year },
    select: { clubId: true, places: true, pricePerPlaceKzt: true, _count: { select: { allocations: { where: { status: ALLOCATION_STATUS.active } } } } },
  });
  const runs = await db.creativeAllocationRun.findMany({ orderBy: { runOn: 'desc' }, take: 30 });
  return {
    plan: plan ? { ...plan, categories: planPriorityCategories(plan.settings), dates: planDates(plan.settings), budgetTotalKzt: planBudgetTotal(plan.budgetKzt, plan.settings) } : null,
    clubs: clubs.map((c) => {
      const q = quotas.find((x) => x.clubId === c.id);
      const programme = (c.programme ?? {}) as { applicationDate?: unknown; staff?: unknown };
      return {
        id: c.id,
        nameKk: c.nameKk,
        nameRu: c.nameRu,
        status: c.status,
        providerKk: c.provider.nameKk,
        providerRu: c.provider.nameRu,
        applicationDate: typeof programme.applicationDate === 'string' ? programme.applicationDate : null,
        staffCount: Array.isArray(programme.staff) ? programme.staff.length : 0,
        places: q?.places ?? null,
        pricePerPlaceKzt: q?.pricePerPlaceKzt ?? null,
        issued: q?._count.allocations ?? 0,
      };
    }),
    runs,
  };
}

/** The provider's own creative-order applications (clubs), newest first, with the operator's reason if refused. */
export async function providerCreativeClubs(db: PrismaClient, providerId: string) {
  const clubs = await db.creativeClub.findMany({
    where: { providerId },
    select: { id: true, nameKk: true, nameRu: true, status: true, createdAt: true, updatedAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  return clubs;
}

/** One application with everything its pages show; `null` when it does not exist. Callers check who may see it. */
export async function creativeClubApplication(db: PrismaClient, id: string) {
  const club = await db.creativeClub.findUnique({
    where: { id },
    select: {
      id: true,
      providerId: true,
      status: true,
      nameKk: true,
      nameRu: true,
      nameEn: true,
      fieldKk: true,
      fieldRu: true,
      regionId: true,
      address: true,
      ageMin: true,
      ageMax: true,
      programme: true,
      updatedAt: true,
      provider: { select: { nameKk: true, nameRu: true, bin: true } },
      region: { select: { nameKk: true, nameRu: true } },
    },
  });
  if (!club) return null;
  const decision = await db.auditEvent.findFirst({
    where: { objectType: 'CreativeClub', objectId: id, action: { in: ['creative_club.admitted', 'creative_club.not_admitted'] } },
    orderBy: { occurredAt: 'desc' },
    select: { action: true, reason: true, occurredAt: true },
  });
  const p = (club.programme ?? {}) as { applicationDate?: unknown; submittedAt?: unknown };
  return {
    ...club,
    applicationDate: typeof p.applicationDate === 'string' ? p.applicationDate : null,
    decision: decision ? { admitted: decision.action === 'creative_club.admitted', reason: decision.reason, at: decision.occurredAt } : null,
  };
}

/** Regions for the provider's form, in the page's language. */
export async function creativeRegionOptions(db: PrismaClient, locale: string) {
  const regions = await db.region.findMany({ select: { id: true, nameKk: true, nameRu: true }, orderBy: { nameRu: 'asc' } });
  return regions.map((r) => ({ id: r.id, label: locale === 'kk' ? r.nameKk : r.nameRu }));
}
