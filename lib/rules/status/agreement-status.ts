/**
 * Agreement lifecycle: the customer/operator drafts the contract, the winner edits its
 * requisites and signatory and signs, then the customer signs (social order stage 7,
 * L2834–2857; grants on paper, GF-2 L1485); prepayment within MO-1 after signing;
 * implementation with reports; social-order completion evaluation by an expert council
 * (L3357–3372).
 */
import { defineMachine } from './machine';

export const AGREEMENT_STATUSES = [
  'DRAFT', // drafted by the operator / customer
  'SENT_TO_NGO', // with the winner to complete requisites and sign
  'SIGNED_BY_NGO', // signed by the NGO, awaiting the operator / customer
  'SIGNED', // signed by both (prepayment may be paid, MO-1)
  'IN_PROGRESS', // project being implemented; reports due
  'COMPLETED', // final report accepted
  'UNDER_EVALUATION', // social order: completion evaluation by the expert council
  'CLOSED', // finished
  'DECLINED', // the winner refused to sign
  'TERMINATED', // ended early
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const agreementMachine = defineMachine<AgreementStatus>('agreement', AGREEMENT_STATUSES, 'DRAFT', [
  { action: 'SEND', from: 'DRAFT', to: 'SENT_TO_NGO', roles: ['OPERATOR'], rule: 'stage 7 L2836–2843' },
  { action: 'RECALL', from: 'SENT_TO_NGO', to: 'DRAFT', roles: ['OPERATOR'] },
  { action: 'SIGN', from: 'SENT_TO_NGO', to: 'SIGNED_BY_NGO', roles: ['NGO'] },
  { action: 'DECLINE', from: 'SENT_TO_NGO', to: 'DECLINED', roles: ['NGO'] },
  { action: 'COUNTERSIGN', from: 'SIGNED_BY_NGO', to: 'SIGNED', roles: ['OPERATOR'] },
  { action: 'START', from: 'SIGNED', to: 'IN_PROGRESS', roles: ['OPERATOR', 'SYSTEM'], rule: 'MO-1 prepayment after signing' },
  { action: 'COMPLETE', from: 'IN_PROGRESS', to: 'COMPLETED', roles: ['OPERATOR'], rule: 'final report accepted' },
  { action: 'START_EVALUATION', from: 'COMPLETED', to: 'UNDER_EVALUATION', roles: ['OPERATOR'], kinds: ['SOCIAL_ORDER'], rule: 'L3357–3372' },
  { action: 'CLOSE', from: ['COMPLETED', 'UNDER_EVALUATION'], to: 'CLOSED', roles: ['OPERATOR', 'SYSTEM'] },
  { action: 'TERMINATE', from: ['SIGNED', 'IN_PROGRESS'], to: 'TERMINATED', roles: ['OPERATOR', 'ADMIN'] },
]);
