import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { can, type Actor } from '@/lib/auth/policy';
import { isOnTime } from '@/lib/rules';
import type { SectionCompleteness } from '@/lib/validation/forms/application-form';
import type { CompletenessContext, FormLanguage } from '@/lib/validation/forms/common';
import { applicationFormFor } from '@/lib/validation/forms/registry';
import { refuse, type ServiceResult } from '../result';
import { denormalizedFields } from './denormalized-fields';

/**
 * Autosave of one section of a DRAFT application, in the form of its mechanism
 * (lib/validation/forms/registry.ts: grant annexes 1–5, social-order F-TS, award, SP).
 * Refusal codes are i18n keys under `applicationForm.refusals.*`.
 *  - only a member of the applicant NGO, only while the application is a DRAFT (policy
 *    `update`);
 *  - DL-1: only until the competition's deadline by the server clock — after it drafts
 *    are frozen too ('deadlinePassed' with the deadline);
 *  - the data must pass the section's DRAFT schema (types, lengths, ranges, MO-1/GF-3
 *    institutional share, total ≤ lot amount);
 *  - optimistic lock on ApplicationSection.version: a save based on an older version is
 *    refused with 'staleSection' and the current version (another tab or a colleague saved);
 *  - writes data + `complete` (sectionCompleteness), version + 1, a history row
 *    (ApplicationSectionVersion), the application's title/amounts (denormalized-fields.ts), and
 *    the audit event 'application.section-saved' — in one transaction.
 */

export interface SaveSectionInput {
  applicationId: string;
  key: string;
  /** The version the client's copy is based on (0 for a never-saved section). */
  baseVersion: number;
  data: unknown;
}

export interface SaveSectionOk {
  version: number;
  savedAt: Date;
  complete: boolean;
  completeness: SectionCompleteness;
}

class StaleSection extends Error {}

export async function saveApplicationSection(
  db: PrismaClient,
  actor: Actor,
  input: SaveSectionInput,
  context: RequestContext,
  now: Date = new Date(),
): Promise<ServiceResult<SaveSectionOk>> {
  const key = input.key;
  if (!Number.isInteger(input.baseVersion) || input.baseVersion < 0) return refuse('staleSection', { params: { currentVersion: -1 } });

  const application = await db.application.findUnique({
    where: { id: input.applicationId },
    select: {
      id: true,
      status: true,
      organizationId: true,
      competition: { select: { kind: true, deadlineAt: true, languages: true, allLanguagesRequired: true } },
      lot: { select: { budgetKzt: true } },
      sections: { where: { key }, select: { id: true, version: true } },
    },
  });
  if (!application) return refuse('applicationNotFound');
  const form = applicationFormFor(application.competition.kind);
  if (!form || !form.isSectionKey(key)) return refuse('unknownSection');
  const subject = { type: 'application' as const, organizationId: application.organizationId, status: application.status };
  if (!can(actor, 'update', subject)) {
    // The NGO's own application that is no longer a draft: say so; anyone else learns nothing.
    return can(actor, 'read', subject) && actor.role === 'NGO' ? refuse('notDraft', { params: { status: application.status } }) : refuse('applicationNotFound');
  }
  // DL-1: the server clock decides; after the deadline nothing changes.
  const deadline = application.competition.deadlineAt;
  if (!deadline || !isOnTime(now, deadline)) return refuse('deadlinePassed', { params: { deadline: deadline?.toISOString() ?? '' } });

  const ctx: CompletenessContext = {
    lotAmountKzt: application.lot ? Number(application.lot.budgetKzt) : undefined,
    languages: application.competition.languages.filter((l): l is FormLanguage => l === 'kk' || l === 'ru'),
    allLanguagesRequired: application.competition.allLanguagesRequired,
  };
  const parsed = form.draftSchemaFor(key, ctx).safeParse(input.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('invalidSection', { field: issue ? issue.path.map(String).join('.') : undefined, params: { code: issue?.message ?? 'invalid' } });
  }
  const data = parsed.data as Record<string, unknown>;
  const section = application.sections[0];
  const currentVersion = section?.version ?? 0;
  if (currentVersion !== input.baseVersion) return refuse('staleSection', { params: { currentVersion } });

  const completeness = form.sectionCompleteness(key, data, ctx);
  const version = input.baseVersion + 1;
  const json = data as Prisma.InputJsonValue;

  // Denormalised fields of the application that lists and the operator read.
  const appUpdate = denormalizedFields(application.competition.kind, key, data);

  try {
    const savedAt = await db.$transaction(async (tx) => {
      let sectionId: string;
      if (section) {
        // Optimistic lock: only if nobody saved since the client loaded baseVersion.
        const updated = await tx.applicationSection.updateMany({
          where: { id: section.id, version: input.baseVersion },
          data: { data: json, complete: completeness.complete, version, updatedById: actor.id },
        });
        if (updated.count !== 1) throw new StaleSection();
        sectionId = section.id;
      } else {
        // A section row that was never created (older drafts): the first save creates it.
        const created = await tx.applicationSection.create({
          data: { applicationId: application.id, key, data: json, complete: completeness.complete, version, updatedById: actor.id },
          select: { id: true },
        });
        sectionId = created.id;
      }
      const history = await tx.applicationSectionVersion.create({
        data: { sectionId, version, data: json, savedById: actor.id },
        select: { savedAt: true },
      });
      // Re-check the status inside the transaction: a submission in between wins.
      const touched = await tx.application.updateMany({ where: { id: application.id, status: 'DRAFT' }, data: appUpdate });
      if (touched.count !== 1) throw new StaleSection();
      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: 'application.section-saved',
          object: { type: 'Application', id: application.id },
          after: { key, version, complete: completeness.complete },
        },
        context,
      );
      return history.savedAt;
    });
    return { ok: true, version, savedAt, complete: completeness.complete, completeness };
  } catch (error) {
    if (error instanceof StaleSection || (error as { code?: string }).code === 'P2002') {
      const fresh = await db.application.findUnique({
        where: { id: application.id },
        select: { status: true, sections: { where: { key }, select: { version: true } } },
      });
      if (fresh && fresh.status !== 'DRAFT') return refuse('notDraft', { params: { status: fresh.status } });
      return refuse('staleSection', { params: { currentVersion: fresh?.sections[0]?.version ?? 0 } });
    }
    throw error;
  }
}
