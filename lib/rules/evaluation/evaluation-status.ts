/**
 * EV-8: the completion evaluation's own status (ProjectEvaluation.status), after the suggested
 * states of §3.4 (L3404–3424): the council is formed and its members declare conflicts and score
 * (PENDING) → the council finished scoring (SCORED) → the preliminary report is published and
 * under public discussion (DISCUSSION; the "comments review" phase is the same status after the
 * discussion's closing day, EV-4/EV-5) → the final report is published (FINAL_PUBLISHED; the
 * agreement goes UNDER_EVALUATION → CLOSED in the same step).
 */
import { defineMachine } from '../status/machine';

export const EVALUATION_STATUSES = ['PENDING', 'SCORED', 'DISCUSSION', 'FINAL_PUBLISHED'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const evaluationMachine = defineMachine<EvaluationStatus>('evaluation', EVALUATION_STATUSES, 'PENDING', [
  { action: 'COMPLETE_SCORING', from: 'PENDING', to: 'SCORED', roles: ['EXPERT', 'SYSTEM'], rule: 'L3374–3402' },
  { action: 'PUBLISH_PRELIMINARY', from: 'SCORED', to: 'DISCUSSION', roles: ['OPERATOR'], rule: 'EV-3 L3404–3406, EV-4 L3408–3409' },
  { action: 'PUBLISH_FINAL', from: 'DISCUSSION', to: 'FINAL_PUBLISHED', roles: ['OPERATOR'], rule: 'EV-5 L3414–3416, EV-6 L3418–3421' },
]);

export function evaluationTransitionAllowed(from: string, to: string, role: 'OPERATOR' | 'EXPERT' | 'SYSTEM'): boolean {
  return evaluationMachine.transitions.some((t) => t.from === from && t.to === to && t.roles.includes(role));
}
