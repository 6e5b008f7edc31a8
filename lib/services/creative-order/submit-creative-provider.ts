import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { almatyDateOf, checkCreativeProviderTransition, staffCertificateIssues } from '@/lib/rules';
import { fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';
import type { CreativeOrderOptions } from './apply-creative-provider';
import { applyCreativeProviderInputSchema, creativeProviderSubmitSchema, draftToApplication, firstIssue, type CreativeProviderDraftFormValues } from './creative-order-input';
import { providerRefusal, saveCreativeProviderDraft, type ProviderFormResult } from './save-creative-provider-draft';
import { CLUB_STATUS } from './statuses';

/**
 * The provider submits its creative-order application (CO-3: DRAFT → SUBMITTED, frozen).
 * The draft is saved first, so a refused submission keeps everything typed; then the whole
 * application must be complete (programme, seed 002 L78–97) and every staff certificate
 * issued no earlier than 10 calendar days before the application date — the Almaty day of
 * the server clock (CO-1, DL-1). The frozen programme, the staff list and the application
 * date are stored on the club; the status change is conditional on DRAFT + updatedAt.
 */
export async function submitCreativeProvider(
  db: PrismaClient,
  actor: Actor,
  providerId: string,
  rawInput: CreativeProviderDraftFormValues,
  context: RequestContext,
  options: CreativeOrderOptions = {},
): Promise<ProviderFormResult> {
  const saved = await saveCreativeProviderDraft(db, actor, providerId, rawInput, context, options);
  if (!saved.ok) return saved;
  const keep = { clubId: saved.clubId, updatedAt: saved.updatedAt };

  const complete = creativeProviderSubmitSchema.safeParse(rawInput);
  if (!complete.success) return providerRefusal('fixErrors', { fieldErrors: fieldErrorsOf(complete.error), ...keep });
  const application = applyCreativeProviderInputSchema.safeParse(draftToApplication(complete.data, providerId));
  if (!application.success) {
    const issue = firstIssue(application.error);
    return providerRefusal(issue.code, { field: issue.field, ...keep });
  }
  const input = application.data;
  if (!can(actor, 'apply', { type: 'organization', id: providerId })) return providerRefusal('forbidden', keep);

  const now = (options.now ?? (() => new Date()))();
  const applicationDate = almatyDateOf(now);
  // CO-1: every stale or future certificate is marked on its own field.
  const issues = staffCertificateIssues(input.staff, applicationDate);
  const first = issues[0];
  if (first) {
    return providerRefusal(first.code, {
      field: `staff.${first.staffIndex}.${first.kind}`,
      params: { issuedOn: first.issuedOn, earliest: first.earliest, applicationDate },
      // The field shows a short message; the form-level message names the dates.
      fieldErrors: Object.fromEntries(issues.map((i) => [`staff.${i.staffIndex}.${i.kind}`, `${i.code}Field`])),
      ...keep,
    });
  }

  return db.$transaction(async (tx) => {
    const club = await tx.creativeClub.findUnique({ where: { id: saved.clubId }, select: { id: true, providerId: true, status: true, updatedAt: true } });
    if (!club || club.providerId !== providerId) return providerRefusal('clubNotFound');
    const check = checkCreativeProviderTransition(club.status, CLUB_STATUS.submitted, 'NGO');
    if (!check.ok) return providerRefusal('notDraft', { params: { status: club.status }, ...keep });
    const programme = { ...input.programme, staff: input.staff, applicationDate, submittedAt: now.toISOString(), submittedById: actor.id } as Prisma.InputJsonValue;
    const updated = await tx.creativeClub.updateMany({
      where: { id: club.id, status: CLUB_STATUS.draft, updatedAt: club.updatedAt },
      data: { status: CLUB_STATUS.submitted, programme, updatedAt: now },
    });
    if (updated.count !== 1) return providerRefusal('staleDraft', keep);
    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'creative_club.submitted',
        object: { type: 'CreativeClub', id: club.id },
        before: { status: club.status },
        after: { status: CLUB_STATUS.submitted, providerId, applicationDate, staff: input.staff.length },
      },
      context,
    );
    return { ok: true as const, clubId: club.id, updatedAt: now.toISOString() };
  });
}
