'use server';

import { revalidatePath } from 'next/cache';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { decideAdmissionInputSchema } from '@/lib/services/admission/admission-input';
import { decideAdmission } from '@/lib/services/admission/decide-admission';

export type AdmissionActionState = { ok: true; status: string } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/** Admit / not admit (R1–R4 + comment) — operator staff, this application, after the deadline (the service decides). */
export async function decideAdmissionAction(input: unknown): Promise<AdmissionActionState> {
  try {
    const actor = await requireUser('/operator');
    const parsed = decideAdmissionInputSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
      return { ok: false, fieldErrors, formError: 'fixErrors' };
    }
    // Load the application named in the form and authorise THIS application.
    const app = await db.application.findUnique({ where: { id: parsed.data.applicationId }, select: { organizationId: true, status: true, competitionId: true } });
    if (!app) return { ok: false, fieldErrors: {}, formError: 'applicationNotFound' };
    if (!can(actor, 'review', { type: 'application', organizationId: app.organizationId, status: app.status })) return { ok: false, fieldErrors: {}, formError: 'forbidden' };

    const result = await decideAdmission(db, actor, parsed.data, await requestContext());
    if (!result.ok) {
      const fieldErrors = 'fieldErrors' in result ? result.fieldErrors : {};
      return { ok: false, fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? 'fixErrors' : result.error.code };
    }
    revalidatePath(`/operator/competitions/${app.competitionId}/admission`);
    revalidatePath(`/operator/competitions/${app.competitionId}/admission/${parsed.data.applicationId}`);
    revalidatePath(`/ngo/applications/${parsed.data.applicationId}`);
    revalidatePath('/operator');
    return { ok: true, status: result.status };
  } catch (error) {
    console.error('decideAdmissionAction failed', error);
    return { ok: false, fieldErrors: {}, formError: 'generic' };
  }
}
