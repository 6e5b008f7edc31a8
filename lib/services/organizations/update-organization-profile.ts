import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { almatyDateOf, isIneligibleLegalForm } from '@/lib/rules';
import type { OrganizationProfile } from '@/lib/validation/organization-profile';
import { refuse, type ServiceResult } from '../result';
import { liveMembership } from './membership';

// Scalar columns the NGO edits on its profile (BIN and the EL-1 flags are not among them).
const SCALAR_FIELDS = [
  'legalForm',
  'nameKk',
  'nameRu',
  'registeredOn',
  'charterSubjectKk',
  'charterSubjectRu',
  'charterPurposeKk',
  'charterPurposeRu',
  'activityTypes',
  'regionCode',
  'legalAddress',
  'actualAddress',
  'phone',
  'email',
  'website',
  'headFullName',
  'headPosition',
  'headIin',
  'bankName',
  'iban',
  'bic',
  'kbe',
] as const;

type Snapshot = Record<(typeof SCALAR_FIELDS)[number] | 'founders', unknown>;
type FounderSnapshot = { id: string; fullName: string; iin: string | null; bin: string | null; sharePercent: number | null };

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A member of the NGO edits its legal data. Optimistic locking: the form carries the
 * organisation's `updatedAt` as loaded; if someone saved in between, the save is refused
 * with `staleProfile` and nothing is written. Founders (OrganizationPerson, role FOUNDER,
 * DB-7 / CI-1) are kept in step: new rows created, edited rows updated, removed rows end
 * (`until` = today in Almaty) so the history stays. One audit event lists before/after of
 * exactly the fields that changed.
 */
export async function updateOrganizationProfile(
  db: PrismaClient,
  actor: Actor,
  organizationId: string,
  input: OrganizationProfile,
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<{ updatedAt: string; changed: string[] }>> {
  if (!can(actor, 'update', { type: 'organization', id: organizationId })) return refuse('forbidden');
  // Re-check against the database: the session's membership list may be stale.
  if (!(await liveMembership(db, actor.id, organizationId))) return refuse('forbidden');

  // DB-8 / EL-1: political parties, trade unions and religious associations are not NGOs.
  if (isIneligibleLegalForm(input.legalForm)) return refuse('legalFormNotNgo', { field: 'legalForm' });
  const today = almatyDateOf(now);
  if (input.registeredOn && input.registeredOn > today) return refuse('dateInFuture', { field: 'registeredOn' });

  const region = await db.region.findUnique({ where: { code: input.regionCode }, select: { id: true, active: true } });
  if (!region || !region.active) return refuse('unknownRegion', { field: 'regionCode' });

  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({
      where: { id: organizationId },
      include: { region: { select: { code: true } }, persons: { where: { role: 'FOUNDER', until: null }, orderBy: { createdAt: 'asc' } } },
    });
    if (!org || org.kind !== 'NGO') return refuse('notFound');
    if (org.updatedAt.getTime() !== new Date(input.updatedAt).getTime()) return refuse('staleProfile');

    const before: Snapshot = {
      legalForm: org.legalForm,
      nameKk: org.nameKk,
      nameRu: org.nameRu,
      registeredOn: org.registeredOn ? org.registeredOn.toISOString().slice(0, 10) : null,
      charterSubjectKk: org.charterSubjectKk,
      charterSubjectRu: org.charterSubjectRu,
      charterPurposeKk: org.charterPurposeKk,
      charterPurposeRu: org.charterPurposeRu,
      activityTypes: org.activityTypes,
      regionCode: org.region?.code ?? null,
      legalAddress: org.legalAddress,
      actualAddress: org.actualAddress,
      phone: org.phone,
      email: org.email,
      website: org.website,
      headFullName: org.headFullName,
      headPosition: org.headPosition,
      headIin: org.headIin,
      bankName: org.bankName,
      iban: org.iban,
      bic: org.bic,
      kbe: org.kbe,
      founders: org.persons.map((p): FounderSnapshot => ({ id: p.id, fullName: p.fullName, iin: p.iin, bin: p.bin, sharePercent: p.sharePercent })),
    };

    // Founders sent with an id must be this organisation's current founders (never trust ids from the form).
    const currentFounders = new Map(org.persons.map((p) => [p.id, p]));
    for (const [i, f] of input.founders.entries()) {
      if (f.id && !currentFounders.has(f.id)) return refuse('founderNotFound', { field: `founders.${i}.fullName` });
    }

    const after: Snapshot = {
      ...before,
      ...Object.fromEntries(SCALAR_FIELDS.map((k) => [k, k === 'activityTypes' ? input.activityTypes.map((a) => a.value) : input[k]])),
      founders: [] as FounderSnapshot[],
    };

    // Founders: update kept rows, create new ones, end removed ones.
    const keptIds = new Set(input.founders.map((f) => f.id).filter(Boolean));
    const founderRows: FounderSnapshot[] = [];
    for (const f of input.founders) {
      const data = {
        fullName: f.fullName,
        iin: f.kind === 'PERSON' ? f.identifier : null,
        bin: f.kind === 'ENTITY' ? f.identifier : null,
        sharePercent: f.sharePercent,
      };
      const existing = f.id ? currentFounders.get(f.id) : undefined;
      if (existing) {
        const unchanged = existing.fullName === data.fullName && existing.iin === data.iin && existing.bin === data.bin && existing.sharePercent === data.sharePercent;
        if (!unchanged) await tx.organizationPerson.update({ where: { id: existing.id }, data });
        founderRows.push({ id: existing.id, ...data });
      } else {
        const created = await tx.organizationPerson.create({
          data: { organizationId, role: 'FOUNDER', since: new Date(`${today}T00:00:00Z`), ...data },
          select: { id: true },
        });
        founderRows.push({ id: created.id, ...data });
      }
    }
    const removed = org.persons.filter((p) => !keptIds.has(p.id));
    if (removed.length) {
      await tx.organizationPerson.updateMany({ where: { id: { in: removed.map((p) => p.id) } }, data: { until: new Date(`${today}T00:00:00Z`) } });
    }
    after.founders = founderRows;

    const foundersChanged = removed.length > 0 || founderRows.length !== org.persons.length || founderRows.some((r) => {
      const old = currentFounders.get(r.id);
      return !old || old.fullName !== r.fullName || old.iin !== r.iin || old.bin !== r.bin || old.sharePercent !== r.sharePercent;
    });
    const changed = (Object.keys(after) as (keyof Snapshot)[]).filter((k) => (k === 'founders' ? foundersChanged : !sameValue(before[k], after[k])));
    if (changed.length === 0) return { ok: true as const, updatedAt: org.updatedAt.toISOString(), changed };

    // The compare-and-set on updatedAt makes a concurrent save lose cleanly even between our read and write.
    const updated = await tx.organization.updateMany({
      where: { id: organizationId, updatedAt: org.updatedAt },
      data: {
        legalForm: input.legalForm,
        nameKk: input.nameKk,
        nameRu: input.nameRu,
        registeredOn: input.registeredOn ? new Date(`${input.registeredOn}T00:00:00Z`) : null,
        charterSubjectKk: input.charterSubjectKk,
        charterSubjectRu: input.charterSubjectRu,
        charterPurposeKk: input.charterPurposeKk,
        charterPurposeRu: input.charterPurposeRu,
        activityTypes: input.activityTypes.map((a) => a.value),
        regionId: region.id,
        legalAddress: input.legalAddress,
        actualAddress: input.actualAddress,
        phone: input.phone,
        email: input.email,
        website: input.website,
        headFullName: input.headFullName,
        headPosition: input.headPosition,
        headIin: input.headIin,
        bankName: input.bankName,
        iban: input.iban,
        bic: input.bic,
        kbe: input.kbe,
        updatedAt: now,
      },
    });
    if (updated.count !== 1) throw new StaleProfile();

    await recordAuditEvent(
      tx,
      {
        actor: { id: actor.id, role: actor.role },
        action: 'organization.profile-updated',
        object: { type: 'Organization', id: organizationId },
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      },
      context,
    );
    return { ok: true as const, updatedAt: now.toISOString(), changed };
  }).catch((error: unknown) => {
    if (error instanceof StaleProfile) return refuse('staleProfile');
    throw error;
  });
}

/** Thrown inside the transaction to roll back the founders' writes when the compare-and-set lost. */
class StaleProfile extends Error {}
