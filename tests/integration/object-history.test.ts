/**
 * Issue 8 item 1: the operator's history of an object is its audit events, oldest first, with
 * the actor, the before/after summary, the reason and the row's place in the hash chain.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { decideAdmission } from '@/lib/services/admission/decide-admission';
import { objectHistory, objectHistoryQuerySchema } from '@/lib/services/audit/object-history';
import { almatyInstant } from '@/lib/rules';
import { seed } from '@/prisma/seed/load';
import { testContext, testDb } from './test-db';

const NOW = almatyInstant('2026-09-04', '12:00');
let operator: Actor;
let applicationId = '';

beforeAll(async () => {
  const db = testDb();
  await seed(db, { now: NOW, log: () => {} });
  const user = await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
  operator = { id: user.id, role: user.role, organizationIds: [], headOfOrganizationIds: [], expertId: null };
  const app = await db.application.findFirstOrThrow({ where: { competition: { kind: 'AWARD', year: 2026 }, status: 'SUBMITTED' }, select: { id: true, version: true } });
  applicationId = app.id;
  const decided = await decideAdmission(db, operator, { applicationId, expectedVersion: app.version, admitted: false, reasons: ['R1'], comment: 'Құжаттар толық емес.' }, testContext, { now: () => NOW });
  expect(decided.ok).toBe(true);
}, 120_000);

describe('object history (issue 8 item 1)', () => {
  it('lists the decision with who, what, the reason and the chain hash', async () => {
    const events = await objectHistory(testDb(), { type: 'Application', id: applicationId });
    const decision = events.find((e) => e.action.startsWith('admission.') || e.action.startsWith('application.'));
    expect(decision).toBeDefined();
    expect(decision!.actorName).not.toBeNull();
    expect(decision!.actorRole).toBe('OPERATOR');
    expect(decision!.hash).toMatch(/^[0-9a-f]{64}$/);
    // Oldest first, by the chain's order.
    const seqs = events.map((e) => BigInt(e.seq));
    expect([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seqs);
  });

  it('an unknown object has no history; a malformed query is refused by the schema', async () => {
    expect(await objectHistory(testDb(), { type: 'Application', id: 'no-such-id' })).toEqual([]);
    expect(objectHistoryQuerySchema.safeParse({ type: 'application; DROP', id: 'x' }).success).toBe(false);
    expect(objectHistoryQuerySchema.safeParse({ type: 'Competition', id: '' }).success).toBe(false);
  });
});
