import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { fieldErrorsOf } from '@/lib/services/competitions/competition-settings-input';
import type { ServiceError } from '../result';
import type { CreativeOrderOptions } from './apply-creative-provider';
import { creativeProviderDraftSchema, type CreativeProviderDraft, type CreativeProviderDraftFormValues } from './creative-order-input';
import { CLUB_STATUS } from './statuses';

/** What the provider's form gets back: refusals keep the draft id (if saved) and the field errors. */
export type ProviderFormResult =
  | { ok: true; clubId: string; updatedAt: string }
  | { ok: false; error: ServiceError; fieldErrors: Record<string, string>; clubId?: string; updatedAt?: string };

export const providerRefusal = (code: string, extra: { field?: string; params?: Record<string, string | number>; fieldErrors?: Record<string, string>; clubId?: string; updatedAt?: string } = {}): ProviderFormResult => ({
  ok: false,
  error: { code, ...(extra.field ? { field: extra.field } : {}), ...(extra.params ? { params: extra.params } : {}) },
  fieldErrors: extra.fieldErrors ?? (extra.field ? { [extra.field]: code } : {}),
  ...(extra.clubId ? { clubId: extra.clubId } : {}),
  ...(extra.updatedAt ? { updatedAt: extra.updatedAt } : {}),
});

/** Club columns of a draft (names / address may still be empty; the region falls back to the provider's). */
function draftColumns(draft: CreativeProviderDraft, regionId: string) {
  const num = (s: string) => (s === '' ? null : Number(s));
  return {
    nameKk: draft.nameKk,
    nameRu: draft.nameRu,
    nameEn: draft.nameEn || null,
    fieldKk: draft.fieldKk || null,
    fieldRu: draft.fieldRu || null,
    regionId,
    address: draft.address,
    ageMin: num(draft.ageMin),
    ageMax: num(draft.ageMax),
    // The draft as typed; submission replaces it with the frozen programme.
    programme: { draft: draft.programme, staff: draft.staff } as Prisma.InputJsonValue,
  };
}

/**
 * A provider (NGO or other organisation with an account) saves its creative-order application
 * as a DRAFT (CO-3): the club, the curriculum programme (seed 002 L78–97) and the staff
 * certificates (L98–110), as typed — nothing is required yet. Only a member of the provider
 * organisation; only a DRAFT of this provider; optimistic lock on updatedAt (two members
 * editing the same draft). One transaction with the audit event.
 */
export async function saveCreativeProviderDraft(
  db: PrismaClient,
  actor: Actor,
  providerId: string,
  rawInput: CreativeProviderDraftFormValues,
  context: RequestContext,
  options: CreativeOrderOptions = {},
): Promise<ProviderFormResult> {
  const parsed = creativeProviderDraftSchema.safeParse(rawInput);
  if (!parsed.success) return providerRefusal('fixErrors', { fieldErrors: fieldErrorsOf(parsed.error) });
  const draft = parsed.data;
  if (!can(actor, 'apply', { type: 'organization', id: providerId })) return providerRefusal('forbidden');
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(async (tx) => {
    const provider = await tx.organization.findUnique({ where: { id: providerId }, select: { id: true, regionId: true } });
    if (!provider) return providerRefusal('providerNotFound');
    // A named club must be this provider's own DRAFT (another provider's reads as "not found", IDOR).
    const existing = draft.clubId
      ? await tx.creativeClub.findUnique({ where: { id: draft.clubId }, select: { id: true, providerId: true, status: true, updatedAt: true, regionId: true } })
      : null;
    if (draft.clubId && (!existing || existing.providerId !== provider.id)) return providerRefusal('clubNotFound');
    if (existing && existing.status !== CLUB_STATUS.draft) return providerRefusal('notDraft', { params: { status: existing.status }, clubId: existing.id });
    if (existing && draft.expectedUpdatedAt && existing.updatedAt.toISOString() !== draft.expectedUpdatedAt) return providerRefusal('staleDraft', { clubId: existing.id });

    const regionId = draft.regionId || existing?.regionId || provider.regionId;
    if (!regionId) return providerRefusal('required', { field: 'regionId' });
    if (!(await tx.region.findUnique({ where: { id: regionId }, select: { id: true } }))) return providerRefusal('regionNotFound', { field: 'regionId' });

    if (existing) {
      const updated = await tx.creativeClub.updateMany({
        where: { id: existing.id, status: CLUB_STATUS.draft, updatedAt: existing.updatedAt },
        data: { ...draftColumns(draft, regionId), updatedAt: now },
      });
      if (updated.count !== 1) return providerRefusal('staleDraft', { clubId: existing.id });
      await recordAuditEvent(
        tx,
        { actor: { id: actor.id, role: actor.role }, action: 'creative_club.draft_saved', object: { type: 'CreativeClub', id: existing.id }, after: { status: CLUB_STATUS.draft } },
        context,
      );
      return { ok: true as const, clubId: existing.id, updatedAt: now.toISOString() };
    }

    const club = await tx.creativeClub.create({
      data: { providerId: provider.id, status: CLUB_STATUS.draft, ...draftColumns(draft, regionId), createdAt: now, updatedAt: now },
      select: { id: true, updatedAt: true },
    });
    await recordAuditEvent(
      tx,
      { actor: { id: actor.id, role: actor.role }, action: 'creative_club.draft_created', object: { type: 'CreativeClub', id: club.id }, after: { status: CLUB_STATUS.draft, providerId: provider.id } },
      context,
    );
    return { ok: true as const, clubId: club.id, updatedAt: club.updatedAt.toISOString() };
  });
}
