'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { saveApplicationSection } from '@/lib/services/applications/save-application-section';
import type { FormLanguage } from '@/lib/validation/forms/common';
import { applicationFormFor } from '@/lib/validation/forms/registry';

export type SaveSectionState =
  | { ok: true; version: number; savedAt: string; complete: boolean; missing: string[] }
  | {
      ok: false;
      /** Code under `applicationForm.refusals.*` (or 'invalidSection' with fieldErrors). */
      code: string;
      params?: Record<string, string | number>;
      fieldErrors?: Record<string, string>;
    };

/**
 * Autosave / explicit save of one section. Signed in; the application is loaded by id and
 * the policy asked for THAT application (an NGO never reaches another NGO's draft); the
 * data is parsed with the same draft schema the form uses; the service decides the rest
 * (deadline, DRAFT only, optimistic lock) and writes.
 */
export async function saveSectionAction(input: { applicationId: string; key: string; baseVersion: number; data: unknown }): Promise<SaveSectionState> {
  const applicationId = typeof input?.applicationId === 'string' ? input.applicationId : '';
  const key = input?.key;
  const actor = await requireUser(`/ngo/applications/${encodeURIComponent(applicationId)}/sections/${encodeURIComponent(String(key))}`);
  if (typeof key !== 'string') return { ok: false, code: 'unknownSection' };

  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      organizationId: true,
      status: true,
      lot: { select: { budgetKzt: true } },
      competition: { select: { kind: true, languages: true, allLanguagesRequired: true } },
    },
  });
  if (!application || !can(actor, 'read', { type: 'application', organizationId: application.organizationId, status: application.status })) {
    return { ok: false, code: 'applicationNotFound' };
  }
  if (!can(actor, 'update', { type: 'application', organizationId: application.organizationId, status: application.status })) {
    return { ok: false, code: 'notDraft', params: { status: application.status } };
  }

  const form = applicationFormFor(application.competition.kind);
  if (!form || !form.isSectionKey(key)) return { ok: false, code: 'unknownSection' };

  const parsed = form.draftSchemaFor(key, {
    lotAmountKzt: application.lot ? Number(application.lot.budgetKzt) : undefined,
    languages: application.competition.languages.filter((l): l is FormLanguage => l === 'kk' || l === 'ru'),
    allLanguagesRequired: application.competition.allLanguagesRequired,
  }).safeParse(input.data);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join('.') || 'form'] ??= issue.message;
    return { ok: false, code: 'invalidSection', fieldErrors };
  }

  try {
    const result = await saveApplicationSection(
      db,
      actor,
      { applicationId, key, baseVersion: Number(input.baseVersion), data: parsed.data },
      await requestContext(),
    );
    if (!result.ok) return { ok: false, code: result.error.code, params: result.error.params };
    revalidatePath(`/ngo/applications/${applicationId}`);
    return { ok: true, version: result.version, savedAt: result.savedAt.toISOString(), complete: result.complete, missing: result.completeness.missing };
  } catch (error) {
    console.error('saveSectionAction failed', error);
    return { ok: false, code: 'generic' };
  }
}
