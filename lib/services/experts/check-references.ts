import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { ServiceError } from '../result';

/** The organisations and directions an expert form names must exist (never trust ids from the form). */
export async function checkExpertReferences(
  db: PrismaClient | Prisma.TransactionClient,
  x: { nominatedByOrganizationId: string | null; directionIds: string[]; organizationIds?: string[] },
): Promise<ServiceError | null> {
  if (x.nominatedByOrganizationId) {
    const ngo = await db.organization.findUnique({ where: { id: x.nominatedByOrganizationId }, select: { kind: true } });
    if (!ngo || ngo.kind !== 'NGO') return { code: 'nominatorNotNgo', field: 'nominatedByOrganizationId' };
  }
  const directions = await db.direction.count({ where: { id: { in: x.directionIds } } });
  if (directions !== new Set(x.directionIds).size) return { code: 'directionNotFound', field: 'directions' };
  const orgs = [...new Set(x.organizationIds ?? [])];
  if (orgs.length > 0 && (await db.organization.count({ where: { id: { in: orgs } } })) !== orgs.length) return { code: 'organizationNotFound', field: 'affiliatedOrganizationIds' };
  return null;
}
