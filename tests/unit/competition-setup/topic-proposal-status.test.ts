import { describe, expect, it } from 'vitest';
import {
  checkTopicProposalTransition,
  isRuleInputError,
  isTopicProposalStatus,
  TOPIC_PROPOSAL_STATUSES,
  topicProposalActions,
  topicProposalMachine,
} from '@/lib/rules';

describe('ST-* topic proposal machine (§4.4 stage 1, L936–954)', () => {
  it('declares DRAFT → SUBMITTED → ACCEPTED / REJECTED, with ACCEPTED and REJECTED final', () => {
    expect(TOPIC_PROPOSAL_STATUSES).toEqual(['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED']);
    expect(topicProposalMachine.initial).toBe('DRAFT');
    expect(topicProposalMachine.states.ACCEPTED.terminal).toBe(true);
    expect(topicProposalMachine.states.REJECTED.terminal).toBe(true);
    expect(topicProposalMachine.states.DRAFT.terminal).toBe(false);
    expect(topicProposalMachine.states.SUBMITTED.staffLabelKey).toBe('status.topicProposal.SUBMITTED.staff');
  });

  it('only the NGO submits; only staff accept or reject', () => {
    expect(checkTopicProposalTransition('DRAFT', 'SUBMITTED', 'NGO').ok).toBe(true);
    expect(checkTopicProposalTransition('DRAFT', 'SUBMITTED', 'OPERATOR')).toEqual({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(checkTopicProposalTransition('SUBMITTED', 'ACCEPTED', 'OPERATOR').ok).toBe(true);
    expect(checkTopicProposalTransition('SUBMITTED', 'REJECTED', 'ADMIN').ok).toBe(true);
    expect(checkTopicProposalTransition('SUBMITTED', 'ACCEPTED', 'NGO')).toEqual({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(checkTopicProposalTransition('SUBMITTED', 'REJECTED', 'EXPERT')).toEqual({ ok: false, code: 'ROLE_NOT_ALLOWED' });
  });

  it('refuses undeclared moves: no review of a draft, no way back from a decision', () => {
    expect(checkTopicProposalTransition('DRAFT', 'ACCEPTED', 'OPERATOR')).toEqual({ ok: false, code: 'NOT_A_TRANSITION' });
    expect(checkTopicProposalTransition('ACCEPTED', 'REJECTED', 'OPERATOR')).toEqual({ ok: false, code: 'NOT_A_TRANSITION' });
    expect(checkTopicProposalTransition('REJECTED', 'DRAFT', 'NGO')).toEqual({ ok: false, code: 'NOT_A_TRANSITION' });
    expect(checkTopicProposalTransition('SUBMITTED', 'DRAFT', 'NGO')).toEqual({ ok: false, code: 'NOT_A_TRANSITION' });
  });

  it('lists the buttons per role', () => {
    expect(topicProposalActions('SUBMITTED', 'OPERATOR').map((t) => t.action).sort()).toEqual(['ACCEPT', 'REJECT']);
    expect(topicProposalActions('DRAFT', 'NGO').map((t) => t.action)).toEqual(['SUBMIT']);
    expect(topicProposalActions('ACCEPTED', 'OPERATOR')).toEqual([]);
  });

  it('throws on unknown statuses and roles (a typo is not a refusal)', () => {
    expect(isTopicProposalStatus('SUBMITTED')).toBe(true);
    expect(isTopicProposalStatus('PENDING')).toBe(false);
    for (const call of [
      () => checkTopicProposalTransition('PENDING', 'SUBMITTED', 'NGO'),
      () => checkTopicProposalTransition('DRAFT', 'DONE', 'NGO'),
      () => checkTopicProposalTransition('DRAFT', 'SUBMITTED', 'GUEST' as never),
    ]) {
      let caught: unknown;
      try {
        call();
      } catch (e) {
        caught = e;
      }
      expect(isRuleInputError(caught)).toBe(true);
    }
  });
});
