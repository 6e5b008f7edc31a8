import type { PrismaClient } from '@/lib/generated/prisma/client';
import { localized, type AppLocale } from '@/lib/i18n/locales';

/** The directions and NGOs the expert form offers (labels in the reader's language). */
export async function expertFormOptions(db: PrismaClient, locale: AppLocale) {
  const [directions, ngos] = await Promise.all([
    db.direction.findMany({ where: { active: true }, orderBy: { number: 'asc' }, select: { id: true, number: true, nameKk: true, nameRu: true, nameEn: true } }),
    db.organization.findMany({ where: { kind: 'NGO' }, orderBy: { nameRu: 'asc' }, select: { id: true, bin: true, nameKk: true, nameRu: true, nameEn: true } }),
  ]);
  return {
    directions: directions.map((d) => ({ id: d.id, label: `${d.number}. ${localized(locale, { kk: d.nameKk, ru: d.nameRu, en: d.nameEn })}` })),
    ngos: ngos.map((o) => ({ id: o.id, label: `${localized(locale, { kk: o.nameKk, ru: o.nameRu, en: o.nameEn })} (${o.bin})` })),
  };
}
