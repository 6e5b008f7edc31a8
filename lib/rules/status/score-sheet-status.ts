/**
 * Score sheet lifecycle (SC-2, DESIGN.md principles 2 and 3): an expert fills a sheet in
 * DRAFT and signs it; a signed sheet is frozen (no way back to DRAFT). If a conflict of
 * interest comes to light after the fact (CI-1), the operator voids the sheet — a new
 * state with a reason in the audit trail, never an edit.
 */
import { defineMachine } from './machine';

export const SCORE_SHEET_STATUSES = [
  'DRAFT', // being filled by the expert (sealed: nobody else sees it)
  'SIGNED', // complete (sheetTotal ok) and signed, frozen
  'VOIDED', // withdrawn from the score because of a conflict of interest found later
] as const;
export type ScoreSheetStatus = (typeof SCORE_SHEET_STATUSES)[number];

export const scoreSheetMachine = defineMachine<ScoreSheetStatus>('scoreSheet', SCORE_SHEET_STATUSES, 'DRAFT', [
  { action: 'SIGN', from: 'DRAFT', to: 'SIGNED', roles: ['EXPERT'], rule: 'SC-2: complete sheets only' },
  { action: 'VOID', from: ['DRAFT', 'SIGNED'], to: 'VOIDED', roles: ['OPERATOR', 'ADMIN'], rule: 'CI-1' },
]);
