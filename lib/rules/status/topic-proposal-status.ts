/**
 * NGO topic proposals to the grant plan (§4.4 stage 1, L936–954): the NGO drafts and sends
 * a proposal (title, rationale, goal, tasks, description, amount, geography, expected
 * results); operator staff accept it (optionally as a topic of a plan — inclusion does not
 * guarantee a grant, L936–937) or reject it with a comment. Accepted and rejected are final.
 *
 * Kept as its own table (not in STATUS_MACHINES) so the seven competition-lifecycle machines
 * stay as they are; the questions are the same as `checkTransition` asks of them.
 */
import { RuleInputError } from '../errors';
import { defineMachine, ROLES, type Role, type TransitionDef } from './machine';

export const TOPIC_PROPOSAL_STATUSES = [
  'DRAFT', // being written by the NGO (saved, editable)
  'SUBMITTED', // sent to the operator, frozen, awaiting review
  'ACCEPTED', // accepted by the operator (possibly as a plan topic)
  'REJECTED', // rejected by the operator with a comment
] as const;
export type TopicProposalStatus = (typeof TOPIC_PROPOSAL_STATUSES)[number];

export const topicProposalMachine = defineMachine<TopicProposalStatus>('topicProposal', TOPIC_PROPOSAL_STATUSES, 'DRAFT', [
  { action: 'SUBMIT', from: 'DRAFT', to: 'SUBMITTED', roles: ['NGO'], rule: '§4.4 stage 1 L936–954' },
  { action: 'ACCEPT', from: 'SUBMITTED', to: 'ACCEPTED', roles: ['OPERATOR', 'ADMIN'], rule: 'L936–939' },
  { action: 'REJECT', from: 'SUBMITTED', to: 'REJECTED', roles: ['OPERATOR', 'ADMIN'], rule: 'L936–939' },
]);

export function isTopicProposalStatus(value: unknown): value is TopicProposalStatus {
  return typeof value === 'string' && (TOPIC_PROPOSAL_STATUSES as readonly string[]).includes(value);
}

export type TopicProposalTransitionCheck = { ok: true; transition: TransitionDef<TopicProposalStatus> } | { ok: false; code: 'NOT_A_TRANSITION' | 'ROLE_NOT_ALLOWED' };

/** ST-*: may `role` move a proposal `from → to`? Unknown statuses or roles throw (a typo is not a refusal). */
export function checkTopicProposalTransition(from: string, to: string, role: Role): TopicProposalTransitionCheck {
  if (!isTopicProposalStatus(from)) throw new RuleInputError('UNKNOWN', 'from', `'${String(from)}' is not a status of the topicProposal machine`);
  if (!isTopicProposalStatus(to)) throw new RuleInputError('UNKNOWN', 'to', `'${String(to)}' is not a status of the topicProposal machine`);
  if (!(ROLES as readonly unknown[]).includes(role)) throw new RuleInputError('UNKNOWN', 'role', `unknown role '${String(role)}'`);
  const declared = topicProposalMachine.transitions.filter((t) => t.from === from && t.to === to);
  if (declared.length === 0) return { ok: false, code: 'NOT_A_TRANSITION' };
  const found = declared.find((t) => t.roles.includes(role));
  return found ? { ok: true, transition: found } : { ok: false, code: 'ROLE_NOT_ALLOWED' };
}

/** The transitions `role` may take from `from` (the buttons to show). */
export function topicProposalActions(from: TopicProposalStatus, role: Role): TransitionDef<TopicProposalStatus>[] {
  return topicProposalMachine.transitions.filter((t) => t.from === from && t.roles.includes(role));
}
