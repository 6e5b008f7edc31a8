import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/passwords';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { isIneligibleLegalForm } from '@/lib/rules';
import type { Registration } from '@/lib/validation/registration';
import { refuse, type ServiceResult } from '../result';

/**
 * An NGO registers itself: the organisation (by BIN) and its head's account, in one
 * transaction with the audit entry. The input was parsed by registrationSchema.
 */
export async function registerNgo(
  db: PrismaClient,
  input: Registration,
  context: RequestContext,
): Promise<ServiceResult<{ userId: string; organizationId: string }>> {
  // DB-8 / EL-1: political parties, trade unions and religious associations are not NGOs.
  if (isIneligibleLegalForm(input.legalForm)) return refuse('legalFormNotNgo', { field: 'legalForm' });

  const [region, existingOrg, existingUser] = await Promise.all([
    db.region.findUnique({ where: { code: input.regionCode }, select: { id: true } }),
    db.organization.findUnique({ where: { bin: input.bin }, select: { id: true } }),
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
  ]);
  if (!region) return refuse('unknownRegion', { field: 'regionCode' });
  // An organisation already registered is joined by invitation from its head, not re-registered.
  if (existingOrg) return refuse('binTaken', { field: 'bin' });
  if (existingUser) return refuse('emailTaken', { field: 'email' });

  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const organization = await tx.organization.create({
        data: {
          kind: 'NGO',
          bin: input.bin,
          legalForm: input.legalForm,
          nameKk: input.nameKk,
          nameRu: input.nameRu,
          regionId: region.id,
          headFullName: input.fullName,
          headEmail: input.email,
        },
      });
      const user = await tx.user.create({
        data: { email: input.email, name: input.fullName, passwordHash, role: 'NGO' },
      });
      await tx.organizationMembership.create({
        data: { organizationId: organization.id, userId: user.id, role: 'HEAD' },
      });
      await recordAuditEvent(
        tx,
        {
          actor: { id: user.id, role: 'NGO' },
          action: 'organization.registered',
          object: { type: 'Organization', id: organization.id },
          after: { bin: organization.bin, legalForm: organization.legalForm, nameKk: organization.nameKk, nameRu: organization.nameRu, head: user.email },
        },
        context,
      );
      return { ok: true as const, userId: user.id, organizationId: organization.id };
    });
  } catch (error) {
    // Two people registering the same BIN or e-mail at once: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') {
      const target = String((error as { meta?: { target?: unknown } }).meta?.target ?? '');
      return target.includes('email') ? refuse('emailTaken', { field: 'email' }) : refuse('binTaken', { field: 'bin' });
    }
    throw error;
  }
}
