'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { saveNgoDatabaseReport } from '@/lib/services/ngo-database-report/save-ngo-database-report';
import { submitNgoDatabaseReport } from '@/lib/services/ngo-database-report/submit-ngo-database-report';
import { saveNgoDatabaseReportInputSchema, type MissingReportField } from '@/lib/validation/ngo-database-report';

export type ReportActionState =
  | { ok: true; version: number; submitted: boolean }
  | { ok: false; fieldErrors: Record<string, string>; missing: MissingReportField[]; formError: string };

const PATH = '/ngo/database-report';

/** Shared by both actions: who, which organisation (never from the form), parsed input. */
async function prepare(input: unknown, action: 'update' | 'submit') {
  const actor = await requireUser(PATH);
  // The organisation is the actor's own (as in the cabinet), never an id from the form.
  const organizationId = actor.organizationIds[0];
  if (!organizationId) return { error: fail('forbidden') };
  const parsed = saveNgoDatabaseReportInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      // Paths of the report are the form's field names (`founders.items.0.name.kk`).
      const path = issue.path[0] === 'report' ? issue.path.slice(1) : issue.path;
      fieldErrors[path.join('.') || 'form'] ??= issue.message;
    }
    const error: ReportActionState = { ok: false, fieldErrors, missing: [], formError: 'fixErrors' };
    return { error };
  }
  const existing = await db.ngoDatabaseReport.findUnique({
    where: { organizationId_year: { organizationId, year: parsed.data.year } },
    select: { status: true },
  });
  if (!can(actor, action, { type: 'ngoDatabaseReport', organizationId, status: existing?.status ?? 'DRAFT' })) {
    return { error: fail(can(actor, 'read', { type: 'ngoDatabaseReport', organizationId, status: existing?.status ?? 'DRAFT' }) ? 'notEditable' : 'forbidden') };
  }
  return { error: null, actor, organizationId, data: parsed.data };
}

function fail(formError: string, fieldErrors: Record<string, string> = {}): ReportActionState {
  return { ok: false, fieldErrors, missing: [], formError };
}

/** «Сақтау»: the draft as it is on the screen (partial data allowed). */
export async function saveReportAction(input: unknown): Promise<ReportActionState> {
  try {
    const p = await prepare(input, 'update');
    if (p.error) return p.error;
    const result = await saveNgoDatabaseReport(db, p.actor, { ...p.data, organizationId: p.organizationId }, await requestContext());
    if (!result.ok) return fail(result.error.code);
    revalidatePath(PATH);
    return { ok: true, version: result.version, submitted: false };
  } catch (error) {
    console.error('saveReportAction failed', error);
    return fail('generic');
  }
}

/** «Жіберу»: save and send in one go; DB-6 refusals come back as the list of missing fields. */
export async function submitReportAction(input: unknown): Promise<ReportActionState> {
  try {
    const p = await prepare(input, 'submit');
    if (p.error) return p.error;
    const result = await submitNgoDatabaseReport(db, p.actor, { ...p.data, organizationId: p.organizationId }, await requestContext());
    if (!result.ok) return { ok: false, fieldErrors: {}, missing: 'missing' in result ? result.missing : [], formError: result.error.code };
    revalidatePath(PATH);
    revalidatePath('/ngo');
    return { ok: true, version: result.version, submitted: true };
  } catch (error) {
    console.error('submitReportAction failed', error);
    return fail('generic');
  }
}
