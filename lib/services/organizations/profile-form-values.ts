import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { OrganizationProfileInput } from '@/lib/validation/organization-profile';

/**
 * The profile form as the page pre-fills it: every value a string, lists as rows, and the
 * organisation's updatedAt as the concurrency token. Also used after a save, so the form
 * picks up the ids of newly created founders and the new token.
 */
export async function loadProfileFormValues(db: PrismaClient, organizationId: string): Promise<OrganizationProfileInput | null> {
  const o = await db.organization.findUnique({
    where: { id: organizationId },
    include: { region: { select: { code: true } }, persons: { where: { role: 'FOUNDER', until: null }, orderBy: { createdAt: 'asc' } } },
  });
  if (!o) return null;
  return {
    updatedAt: o.updatedAt.toISOString(),
    legalForm: o.legalForm,
    nameKk: o.nameKk,
    nameRu: o.nameRu,
    registeredOn: o.registeredOn ? o.registeredOn.toISOString().slice(0, 10) : '',
    charterSubjectKk: o.charterSubjectKk ?? '',
    charterSubjectRu: o.charterSubjectRu ?? '',
    charterPurposeKk: o.charterPurposeKk ?? '',
    charterPurposeRu: o.charterPurposeRu ?? '',
    activityTypes: o.activityTypes.map((value) => ({ value })),
    regionCode: o.region?.code ?? '',
    legalAddress: o.legalAddress ?? '',
    actualAddress: o.actualAddress ?? '',
    phone: o.phone ?? '',
    email: o.email ?? '',
    website: o.website ?? '',
    headFullName: o.headFullName ?? '',
    headPosition: o.headPosition ?? '',
    headIin: o.headIin ?? '',
    founders: o.persons.map((p) => ({
      id: p.id,
      kind: p.bin ? ('ENTITY' as const) : ('PERSON' as const),
      fullName: p.fullName,
      identifier: p.bin ?? p.iin ?? '',
      sharePercent: p.sharePercent === null ? '' : String(p.sharePercent),
    })),
    bankName: o.bankName ?? '',
    iban: o.iban ?? '',
    bic: o.bic ?? '',
    kbe: o.kbe ?? '',
  };
}
