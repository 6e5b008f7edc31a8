import 'server-only';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';

/** Grant directions and regions as select options in the reader's language. */
export async function directionAndRegionOptions(locale: AppLocale) {
  const [directions, regions] = await Promise.all([
    db.direction.findMany({ where: { active: true, kinds: { has: 'GRANT' } }, orderBy: [{ number: 'asc' }], select: { id: true, number: true, nameKk: true, nameRu: true, nameEn: true } }),
    db.region.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { nameRu: 'asc' }], select: { id: true, nameKk: true, nameRu: true, nameEn: true } }),
  ]);
  return {
    directions: directions.map((d) => ({ id: d.id, label: `${d.number}. ${localized(locale, { kk: d.nameKk, ru: d.nameRu, en: d.nameEn })}` })),
    regions: regions.map((r) => ({ id: r.id, label: localized(locale, { kk: r.nameKk, ru: r.nameRu, en: r.nameEn }) })),
  };
}
