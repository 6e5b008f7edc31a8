/**
 * The scoring rules the sheet form and the services share (SC-1, SC-2, DL-5). Pure: no I/O,
 * so the browser checks a draft with the very same engine calls as the server.
 */
import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { almatyEndOfDay, isOnTime, sheetTotal, type Criterion } from '@/lib/rules';

/** A criterion as the competition stores it (Competition.criteria), titles included. */
export interface CriterionDefinition extends Criterion {
  titleKk: string | null;
  titleRu: string | null;
  titleEn: string | null;
}

const definitionSchema = z.object({
  id: z.string().min(1),
  min: z.number().int(),
  max: z.number().int(),
  allowed: z.array(z.number().int()).optional(),
  titleKk: z.string().optional(),
  titleRu: z.string().optional(),
  titleEn: z.string().optional(),
});

/** SC-1: the competition's criteria (malformed entries are left out — the setup form validates them). */
export function parseCriterionDefinitions(value: unknown): CriterionDefinition[] {
  if (!Array.isArray(value)) return [];
  const out: CriterionDefinition[] = [];
  for (const raw of value) {
    const p = definitionSchema.safeParse(raw);
    if (!p.success || p.data.min > p.data.max) continue;
    const { titleKk, titleRu, titleEn, allowed, ...rest } = p.data;
    out.push({ ...rest, ...(allowed ? { allowed } : {}), titleKk: titleKk ?? null, titleRu: titleRu ?? null, titleEn: titleEn ?? null });
  }
  return out;
}

export const SCORE_COMMENT_MAX = 4000;

/** What the sheet form sends: every criterion of the competition, with a value (or none yet) and a comment. */
export const scoreSheetInputSchema = z.object({
  applicationId: z.string().min(1),
  /** ScoreSheet.version the expert's form was loaded at (0 = no sheet yet). */
  expectedVersion: z.number().int().min(0),
  scores: z
    .array(
      z.object({
        criterionId: z.string().min(1),
        value: z.number().nullable(),
        comment: z.string().trim().max(SCORE_COMMENT_MAX, 'commentTooLong'),
      }),
    )
    .max(50),
});
export type ScoreSheetInput = z.infer<typeof scoreSheetInputSchema>;

export type ScoreFieldError = 'NOT_INTEGER' | 'OUT_OF_RANGE' | 'UNKNOWN_CRITERION' | 'INCOMPLETE' | 'commentRequired' | 'commentNeedsScore';

/**
 * SC-2 per criterion, by the engine's `sheetTotal` on that one criterion: a value given must
 * be an integer within its range (and an allowed value). A draft may leave values out; a
 * comment is kept only with its score (a criterion score row holds both).
 * `signing` adds: every criterion scored (INCOMPLETE) and commented (commentRequired).
 */
export function scoreSheetErrors(criteria: CriterionDefinition[], scores: ScoreSheetInput['scores'], signing: boolean): Record<string, ScoreFieldError> {
  const errors: Record<string, ScoreFieldError> = {};
  const known = new Set(criteria.map((c) => c.id));
  for (const s of scores) if (!known.has(s.criterionId)) errors[s.criterionId] = 'UNKNOWN_CRITERION';
  for (const c of criteria) {
    const s = scores.find((x) => x.criterionId === c.id);
    const value = s?.value ?? null;
    const comment = s?.comment.trim() ?? '';
    if (value === null) {
      if (signing) errors[c.id] = 'INCOMPLETE';
      else if (comment.length > 0) errors[c.id] = 'commentNeedsScore';
      continue;
    }
    const one = sheetTotal([{ id: c.id, min: c.min, max: c.max, ...(c.allowed ? { allowed: c.allowed } : {}) }], { [c.id]: value });
    if (!one.ok) errors[c.id] = one.code;
    else if (signing && comment.length === 0) errors[c.id] = 'commentRequired';
  }
  return errors;
}

/** SC-2: the total of a complete sheet, from the engine. */
export function signedTotal(criteria: CriterionDefinition[], scores: ScoreSheetInput['scores']) {
  const values: Record<string, number> = {};
  for (const s of scores) if (s.value !== null) values[s.criterionId] = s.value;
  return sheetTotal(
    criteria.map((c) => ({ id: c.id, min: c.min, max: c.max, ...(c.allowed ? { allowed: c.allowed } : {}) })),
    values,
  );
}

/** DL-5: the last instant to score — the end of Competition.scoringDueOn in Asia/Almaty. */
export function scoringDeadline(scoringDueOn: Date | null): Date | null {
  return scoringDueOn ? almatyEndOfDay(scoringDueOn.toISOString().slice(0, 10)) : null;
}

export type ScoringClosedReason = 'competitionNotScoring' | 'commissionNotApproved' | 'scoringDeadlinePassed';

/**
 * Is the scoring room open for a sheet right now? The competition is in SCORING, the
 * expert's commission is APPROVED (the final composition, GC-13) and the server clock is at
 * or before the end of the DL-5 due day.
 */
export function scoringClosedReason(
  x: { competitionStatus: string; commissionStatus: string | null; scoringDueOn: Date | null },
  now: Date,
): ScoringClosedReason | null {
  if (x.competitionStatus !== 'SCORING') return 'competitionNotScoring';
  if (x.commissionStatus !== 'APPROVED') return 'commissionNotApproved';
  const deadline = scoringDeadline(x.scoringDueOn);
  if (deadline && !isOnTime(now, deadline)) return 'scoringDeadlinePassed'; // DL-5
  return null;
}
