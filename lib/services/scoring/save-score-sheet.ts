import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import { recordAuditEvent, type RequestContext } from '@/lib/audit/record-audit-event';
import { checkTransition } from '@/lib/rules';
import type { ServiceError } from '../result';
import { scoreSheetErrors, scoreSheetInputSchema, signedTotal, type ScoreSheetInput } from './score-rules';
import { loadScoringContext } from './scoring-context';

export interface ScoreSheetOptions {
  /** The server clock; tests pin it. Pages and actions never pass it. */
  now?: () => Date;
}

export type ScoreSheetResult =
  | { ok: true; sheetId: string; version: number; status: 'DRAFT' | 'SIGNED'; total: number | null }
  | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

const refused = (code: string, extra: Omit<ServiceError, 'code'> = {}, fieldErrors: Record<string, string> = {}): ScoreSheetResult => ({
  ok: false,
  error: { code, ...extra },
  fieldErrors,
});

/** A fingerprint of the signed values for the audit trail (the values themselves stay sealed). */
const valuesHash = (scores: ScoreSheetInput['scores']) =>
  createHash('sha256')
    .update(JSON.stringify([...scores].sort((a, b) => a.criterionId.localeCompare(b.criterionId)).map((s) => [s.criterionId, s.value, s.comment.trim()])))
    .digest('hex');

/**
 * Saves the expert's score sheet as a draft, or signs it (`sign: true`) — issue 5 item 7.
 * Shared by save-score-sheet and sign-score-sheet (one use case each, same checks):
 *  - CI-1 / CI-2: the policy's `score` on the subject with the expert lists (assigned,
 *    declared "no conflict", no automatic conflict) — otherwise `applicationNotFound`;
 *  - the scoring room: competition in SCORING, commission APPROVED, DL-5 deadline;
 *  - SC-1 / SC-2: each value an integer within its criterion's range (the engine's
 *    `sheetTotal`); signing needs every criterion scored and commented, DRAFT → SIGNED by
 *    the scoreSheet machine, total stored, the sheet frozen;
 *  - optimistic lock on ScoreSheet.version: the later of two saves is told `staleSheet`.
 * Audited without the values (sealed scoring): counts, version and, on signing, a hash.
 */
export async function writeScoreSheet(
  db: PrismaClient,
  actor: Actor,
  rawInput: ScoreSheetInput,
  sign: boolean,
  context: RequestContext,
  options: ScoreSheetOptions = {},
): Promise<ScoreSheetResult> {
  const parsed = scoreSheetInputSchema.safeParse(rawInput);
  if (!parsed.success) return refused('invalidInput');
  const input = parsed.data;
  const now = (options.now ?? (() => new Date()))();

  return db.$transaction(
    async (tx) => {
      // R3: hold the competition row (shared) until this sheet is written, so a close of the
      // scoring (FOR UPDATE on the same row) runs wholly before or wholly after this signature.
      await tx.$queryRaw`SELECT c."id" FROM "Competition" c JOIN "Application" a ON a."competitionId" = c."id" WHERE a."id" = ${input.applicationId} FOR SHARE OF c`;
      const ctx = await loadScoringContext(tx, actor, input.applicationId, now);
      if (!ctx || !actor.expertId) return refused('applicationNotFound');
      if (ctx.closed) return refused(ctx.closed);
      if (ctx.criteria.length === 0) return refused('noCriteria');
      if (ctx.sheet && ctx.sheet.status !== 'DRAFT') return refused('sheetFrozen');

      const fieldErrors = scoreSheetErrors(ctx.criteria, input.scores, sign);
      if (Object.keys(fieldErrors).length > 0) return refused('fixErrors', {}, fieldErrors);
      let total: number | null = null;
      if (sign) {
        const r = signedTotal(ctx.criteria, input.scores); // SC-2
        if (!r.ok) return refused('fixErrors', {}, { [r.criterionId]: r.code });
        total = r.total;
        if (!checkTransition('scoreSheet', 'DRAFT', 'SIGNED', 'EXPERT').ok) return refused('sheetFrozen');
      }

      // The optimistic lock: create when there is none yet (version 0), else update the version the form had.
      const current = ctx.sheet?.version ?? 0;
      if (input.expectedVersion !== current) return refused('staleSheet', { params: { version: current } });
      const nextVersion = current + 1;
      const status = sign ? 'SIGNED' : 'DRAFT';
      let sheetId: string;
      if (!ctx.sheet) {
        const created = await tx.scoreSheet.createMany({
          data: [
            {
              expertId: actor.expertId,
              applicationId: ctx.application.id,
              commissionId: ctx.commission?.id ?? null,
              status,
              version: nextVersion,
              total,
              signedAt: sign ? now : null,
              createdAt: now,
            },
          ],
          skipDuplicates: true,
        });
        if (created.count !== 1) return refused('staleSheet');
        sheetId = (await tx.scoreSheet.findUniqueOrThrow({ where: { expertId_applicationId: { expertId: actor.expertId, applicationId: ctx.application.id } }, select: { id: true } })).id;
      } else {
        const updated = await tx.scoreSheet.updateMany({
          where: { id: ctx.sheet.id, version: current, status: 'DRAFT' },
          data: { status, version: nextVersion, total, signedAt: sign ? now : null },
        });
        if (updated.count !== 1) return refused('staleSheet');
        sheetId = ctx.sheet.id;
        await tx.criterionScore.deleteMany({ where: { scoreSheetId: sheetId } });
      }
      const rows: Prisma.CriterionScoreCreateManyInput[] = input.scores
        .filter((s): s is typeof s & { value: number } => s.value !== null)
        .map((s) => ({ scoreSheetId: sheetId, criterionId: s.criterionId, value: s.value, comment: s.comment.trim() || null }));
      if (rows.length > 0) await tx.criterionScore.createMany({ data: rows });

      await recordAuditEvent(
        tx,
        {
          actor: { id: actor.id, role: actor.role },
          action: sign ? 'score_sheet.signed' : 'score_sheet.saved',
          object: { type: 'ScoreSheet', id: sheetId },
          before: { status: ctx.sheet?.status ?? null, version: current },
          after: {
            status,
            version: nextVersion,
            applicationId: ctx.application.id,
            scored: rows.length,
            criteria: ctx.criteria.length,
            ...(sign ? { valuesSha256: valuesHash(input.scores) } : {}),
          },
        },
        context,
      );
      return { ok: true as const, sheetId, version: nextVersion, status, total };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/** Saves the expert's sheet as a DRAFT (values may be missing; those given must be valid). */
export function saveScoreSheet(db: PrismaClient, actor: Actor, input: ScoreSheetInput, context: RequestContext, options: ScoreSheetOptions = {}): Promise<ScoreSheetResult> {
  return writeScoreSheet(db, actor, input, false, context, options);
}
