import type { PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf, staffCertificateIssues } from '@/lib/rules';
import { refuse, type ServiceResult } from '../result';
import { applyCreativeProviderInputSchema, firstIssue, type ApplyCreativeProviderFormValues } from './creative-order-input';
import { CLUB_STATUS } from './statuses';

export interface CreativeOrderOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

/**
 * A provider (NGO or other organisation) applies to be admitted to the creative order with
 * its club, its curriculum programme (seed 002 L78–97) and its staff certificates (L98–110).
 * The application date is the Almaty day of the server clock (DL-1); every certificate must
 * be issued within 10 calendar days before it — otherwise refused with the field and the
 * earliest acceptable date. Writes the club (SUBMITTED) and the audit event in one transaction.
 */
export async function applyCreativeProvider(
  db: PrismaClient,
  actor: Actor,
  rawInput: ApplyCreativeProviderFormValues,
  context: RequestContext,
  options: CreativeOrderOptions = {},
): Promise<ServiceResult<{ clubId: string }>> {
  const parsed = applyCreativeProviderInputSchema.safeParse(rawInput);
  if (!parsed.success) return refuse(firstIssue(parsed.error).code, { field: firstIssue(parsed.error).field });
  const input = parsed.data;
  // Only a member of the provider organisation applies on its behalf.
  if (!can(actor, 'apply', { type: 'organization', id: input.providerId })) return refuse('forbidden');

  const now = (options.now ?? (() => new Date()))();
  const applicationDate = almatyDateOf(now);
  // CO-1: the first stale (or future) certificate refuses the application.
  const [issue] = staffCertificateIssues(input.staff, applicationDate);
  if (issue) return refuse(issue.code, { field: `staff.${issue.staffIndex}.${issue.kind}`, params: { issuedOn: issue.issuedOn, earliest: issue.earliest, applicationDate } });

  return db.$transaction(async (tx) => {
    const provider = await tx.organization.findUnique({ where: { id: input.providerId }, select: { id: true } });
    if (!provider) return refuse('providerNotFound');
    const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true } });
    if (!region) return refuse('regionNotFound', { field: 'regionId' });
    const club = await tx.creativeClub.create({
      data: {
        providerId: provider.id,
        nameKk: input.nameKk,
        nameRu: input.nameRu,
        nameEn: input.nameEn || null,
        fieldKk: input.fieldKk || null,
        fieldRu: input.fieldRu || null,
        regionId: region.id,
        address: input.address,
        ageMin: input.ageMin,
        ageMax: input.ageMax,
        // The frozen application: programme + staff certificates + the date they were checked against.
        programme: { ...input.programme, staff: input.staff, applicationDate, submittedAt: now.toISOString(), submittedById: actor.id },
        status: CLUB_STATUS.submitted,
      },
      select: { id: true },
    });
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'creative_club.submitted',
        object: { type: 'CreativeClub', id: club.id },
        after: { status: CLUB_STATUS.submitted, providerId: provider.id, applicationDate, staff: input.staff.length },
      },
      context,
    );
    return { ok: true as const, clubId: club.id };
  });
}
