/** The choices of the registry's filter form: years with public competitions, regions, directions. */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { nameSelect, publicCompetition } from './visibility';

export async function registryFilterOptions(db: PrismaClient) {
  const [years, regions, directions] = await Promise.all([
    db.competition.findMany({ where: publicCompetition, distinct: ['year'], orderBy: { year: 'desc' }, select: { year: true } }),
    db.region.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { code: true, ...nameSelect } }),
    db.direction.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { number: 'asc' }], select: { number: true, ...nameSelect } }),
  ]);
  return { years: years.map((y) => y.year), regions, directions };
}

export type RegistryFilterOptions = Awaited<ReturnType<typeof registryFilterOptions>>;
