import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/policy';
import type { RequestContext } from '@/lib/audit/record-audit-event';
import type { ScoreSheetInput } from './score-rules';
import { writeScoreSheet, type ScoreSheetOptions, type ScoreSheetResult } from './save-score-sheet';

/**
 * Signs the expert's sheet with the values on the form (SC-2: every criterion scored, an
 * integer within its range, each with a comment): DRAFT → SIGNED by the scoreSheet status
 * machine, the total stored, the sheet frozen from then on. Same access, window and
 * optimistic-lock checks as a draft save (see writeScoreSheet).
 */
export function signScoreSheet(db: PrismaClient, actor: Actor, input: ScoreSheetInput, context: RequestContext, options: ScoreSheetOptions = {}): Promise<ScoreSheetResult> {
  return writeScoreSheet(db, actor, input, true, context, options);
}
