import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { DEFAULT_RULE_SETTINGS } from '@/lib/rules';
import { NOMINATION_SOURCES } from './expert-input';

export interface RegisterFilters {
  directionId: string | null;
  minYears: number | null;
  source: (typeof NOMINATION_SOURCES)[number] | null;
  /** GC-7 / CM-1: active entries with ≥ 2 years in the direction (any direction when none is chosen). */
  selectable: boolean;
}

/** The register page's filters from the query string (anything unknown is ignored). */
export function parseRegisterFilters(q: Record<string, string | string[] | undefined>): RegisterFilters {
  const one = (k: string) => (typeof q[k] === 'string' ? (q[k] as string) : '');
  const years = Number.parseInt(one('minYears'), 10);
  const source = one('source');
  return {
    directionId: one('direction') || null,
    minYears: Number.isInteger(years) && years >= 0 && years <= 70 ? years : null,
    source: (NOMINATION_SOURCES as readonly string[]).includes(source) ? (source as RegisterFilters['source']) : null,
    selectable: one('selectable') === '1',
  };
}

/** The expert register (GC-5), filtered; newest first within the name order of the list. */
export async function queryRegister(db: PrismaClient, f: RegisterFilters) {
  const minSelectable = DEFAULT_RULE_SETTINGS.commission.grantMinYearsInDirection;
  const years = Math.max(f.minYears ?? 0, f.selectable ? minSelectable : 0);
  const and: Prisma.ExpertWhereInput[] = [];
  if (f.source) and.push({ nominationSource: f.source });
  if (f.directionId || years > 0) {
    and.push({ directions: { some: { ...(f.directionId ? { directionId: f.directionId } : {}), yearsOfExperience: { gte: years } } } });
  }
  if (f.selectable) and.push({ status: 'APPROVED', user: { active: true } });
  return db.expert.findMany({
    where: { AND: and },
    orderBy: { user: { name: 'asc' } },
    select: {
      id: true,
      status: true,
      nominationSource: true,
      operatorEmployee: true,
      employerName: true,
      position: true,
      user: { select: { name: true, email: true, active: true } },
      nominatedBy: { select: { nameKk: true, nameRu: true, nameEn: true } },
      directions: { select: { yearsOfExperience: true, direction: { select: { id: true, number: true, nameKk: true, nameRu: true, nameEn: true } } }, orderBy: { direction: { number: 'asc' } } },
    },
  });
}

/** GC-7 on one entry: active and ≥ min years in some direction (or in the given one). */
export function isSelectable(e: { status: string; user: { active: boolean }; directions: { yearsOfExperience: number; direction: { id: string } }[] }, directionId: string | null): boolean {
  const min = DEFAULT_RULE_SETTINGS.commission.grantMinYearsInDirection;
  return e.status === 'APPROVED' && e.user.active && e.directions.some((d) => (directionId ? d.direction.id === directionId : true) && d.yearsOfExperience >= min);
}
