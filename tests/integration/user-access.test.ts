import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import type { Role } from '@/lib/generated/prisma/client';
import { changeUserAccess } from '@/lib/services/accounts/change-user-access';
import { revokeUserSessions } from '@/lib/services/accounts/revoke-user-sessions';
import { disconnectTestDb, testContext, testDb } from './test-db';

// Issue 9 item 5: account administration with session invalidation — an ADMIN changes a staff
// role (OPERATOR ⇄ ADMIN), deactivates / reactivates an account, ends all its sessions; every
// change bumps User.sessionVersion (the optimistic-lock token and the session killer) and
// writes one audit event in the same transaction.

const REASON = 'Перевод в отдел администрирования';
let seq = 0;

async function makeUser(role: Role, active = true) {
  seq += 1;
  return testDb().user.create({ data: { email: `user${seq}-${role.toLowerCase()}@example.kz`, name: `User ${seq}`, role, active } });
}
const actorOf = (user: { id: string; role: Role }): Actor => ({ id: user.id, role: user.role, organizationIds: [], headOfOrganizationIds: [], expertId: null });

async function auditOf(userId: string) {
  return testDb().auditEvent.findMany({ where: { objectType: 'User', objectId: userId }, orderBy: { id: 'asc' } });
}

let admin: Awaited<ReturnType<typeof makeUser>>;
let operator: Awaited<ReturnType<typeof makeUser>>;

beforeEach(async () => {
  // The audit trail is append-only: earlier tests' accounts stay, but none of them is active
  // any more, so "the last active ADMIN" is about this test's accounts only.
  await testDb().user.updateMany({ data: { active: false } });
  admin = await makeUser('ADMIN');
  operator = await makeUser('OPERATOR');
});

afterAll(async () => {
  await disconnectTestDb();
});

describe('changeUserAccess: role change OPERATOR ⇄ ADMIN', () => {
  it('promotes an operator to ADMIN, bumps sessionVersion and writes one user.role_changed event with before/after and the reason', async () => {
    const result = await changeUserAccess(testDb(), actorOf(admin), { userId: operator.id, expectedSessionVersion: 0, role: 'ADMIN', active: true, reason: `  ${REASON}  ` }, testContext);
    expect(result).toEqual({ ok: true, action: 'user.role_changed', role: 'ADMIN', active: true, sessionVersion: 1 });
    const row = await testDb().user.findUniqueOrThrow({ where: { id: operator.id } });
    expect(row).toMatchObject({ role: 'ADMIN', active: true, sessionVersion: 1 });
    const events = await auditOf(operator.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'user.role_changed',
      actorId: admin.id,
      actorRole: 'ADMIN',
      reason: REASON, // trimmed
      before: expect.objectContaining({ role: 'OPERATOR', active: true, sessionVersion: 0 }),
      after: expect.objectContaining({ role: 'ADMIN', active: true, sessionVersion: 1 }),
    });
    expect((await verifyAuditChain(testDb())).ok).toBe(true);
  });

  it('demotes another ADMIN to OPERATOR when an active admin remains', async () => {
    const other = await makeUser('ADMIN');
    const result = await changeUserAccess(testDb(), actorOf(admin), { userId: other.id, expectedSessionVersion: 0, role: 'OPERATOR', active: true, reason: REASON }, testContext);
    expect(result.ok).toBe(true);
    expect(await testDb().user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ role: 'OPERATOR', sessionVersion: 1 });
  });
});

describe('changeUserAccess: deactivate / reactivate', () => {
  it('deactivates and reactivates an NGO account (role untouched), each with its own event and a bump', async () => {
    const ngo = await makeUser('NGO');
    const off = await changeUserAccess(testDb(), actorOf(admin), { userId: ngo.id, expectedSessionVersion: 0, role: 'NGO', active: false, reason: REASON }, testContext);
    expect(off).toMatchObject({ ok: true, action: 'user.deactivated', active: false, sessionVersion: 1 });
    const on = await changeUserAccess(testDb(), actorOf(admin), { userId: ngo.id, expectedSessionVersion: 1, role: 'NGO', active: true, reason: 'Ошибочная блокировка' }, testContext);
    expect(on).toMatchObject({ ok: true, action: 'user.reactivated', active: true, sessionVersion: 2 });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: ngo.id } })).toMatchObject({ role: 'NGO', active: true, sessionVersion: 2 });
    expect((await auditOf(ngo.id)).map((e) => [e.action, e.reason])).toEqual([
      ['user.deactivated', REASON],
      ['user.reactivated', 'Ошибочная блокировка'],
    ]);
  });

  it('deactivates an EXPERT and another ADMIN account', async () => {
    const expert = await makeUser('EXPERT');
    const other = await makeUser('ADMIN');
    for (const u of [expert, other]) {
      const result = await changeUserAccess(testDb(), actorOf(admin), { userId: u.id, expectedSessionVersion: 0, role: u.role, active: false, reason: REASON }, testContext);
      expect(result).toMatchObject({ ok: true, action: 'user.deactivated' });
    }
  });

  it('records a combined promote + deactivate as ONE event (user.deactivated) with both fields in before/after', async () => {
    const result = await changeUserAccess(testDb(), actorOf(admin), { userId: operator.id, expectedSessionVersion: 0, role: 'ADMIN', active: false, reason: REASON }, testContext);
    expect(result).toMatchObject({ ok: true, action: 'user.deactivated', role: 'ADMIN', active: false });
    const events = await auditOf(operator.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.before).toMatchObject({ role: 'OPERATOR', active: true });
    expect(events[0]?.after).toMatchObject({ role: 'ADMIN', active: false });
  });
});

describe('changeUserAccess: refusals (typed codes, nothing written)', () => {
  async function expectUntouched(userId: string, sessionVersion = 0) {
    expect((await testDb().user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(sessionVersion);
    expect(await auditOf(userId)).toEqual([]);
  }

  it('forbidden: the actor is not an ADMIN', async () => {
    const other = await makeUser('OPERATOR');
    const result = await changeUserAccess(testDb(), actorOf(operator), { userId: other.id, expectedSessionVersion: 0, role: 'ADMIN', active: true, reason: REASON }, testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expectUntouched(other.id);
  });

  it('forbidden: an actor that still says ADMIN but whose account was deactivated meanwhile', async () => {
    const stale = await makeUser('ADMIN', false);
    const result = await changeUserAccess(testDb(), actorOf(stale), { userId: operator.id, expectedSessionVersion: 0, role: 'ADMIN', active: true, reason: REASON }, testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expectUntouched(operator.id);
  });

  it('selfChange: an admin cannot demote or deactivate themself', async () => {
    await makeUser('ADMIN'); // another active admin exists: the refusal is about the self, not the last admin
    for (const change of [{ role: 'OPERATOR' as const, active: true }, { role: 'ADMIN' as const, active: false }]) {
      const result = await changeUserAccess(testDb(), actorOf(admin), { userId: admin.id, expectedSessionVersion: 0, ...change, reason: REASON }, testContext);
      expect(result).toMatchObject({ ok: false, error: { code: 'selfChange' } });
    }
    await expectUntouched(admin.id);
  });

  it('roleNotAssignable: no role change for NGO / EXPERT users, nor to NGO / EXPERT', async () => {
    const ngo = await makeUser('NGO');
    const expert = await makeUser('EXPERT');
    const cases: [string, Role][] = [
      [ngo.id, 'OPERATOR'],
      [expert.id, 'ADMIN'],
      [operator.id, 'NGO'],
      [operator.id, 'EXPERT'],
    ];
    for (const [userId, role] of cases) {
      const result = await changeUserAccess(testDb(), actorOf(admin), { userId, expectedSessionVersion: 0, role, active: true, reason: REASON }, testContext);
      expect(result).toMatchObject({ ok: false, error: { code: 'roleNotAssignable', field: 'role' }, fieldErrors: { role: 'roleNotAssignable' } });
    }
    for (const u of [ngo, expert, operator]) await expectUntouched(u.id);
  });

  it('noChange: the submitted role and active flag are what the account already has', async () => {
    const result = await changeUserAccess(testDb(), actorOf(admin), { userId: operator.id, expectedSessionVersion: 0, role: 'OPERATOR', active: true, reason: REASON }, testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'noChange' } });
    await expectUntouched(operator.id);
  });

  it('staleUser: the form carries an older sessionVersion than the account has now', async () => {
    await testDb().user.update({ where: { id: operator.id }, data: { sessionVersion: 3 } });
    const result = await changeUserAccess(testDb(), actorOf(admin), { userId: operator.id, expectedSessionVersion: 2, role: 'ADMIN', active: true, reason: REASON }, testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'staleUser' } });
    await expectUntouched(operator.id, 3);
  });

  it('userNotFound: an id that exists nowhere', async () => {
    const result = await changeUserAccess(testDb(), actorOf(admin), { userId: 'cmissing0000000000000000', expectedSessionVersion: 0, role: 'ADMIN', active: true, reason: REASON }, testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'userNotFound' } });
  });

  it('reason: mandatory, trimmed, 5..500 characters (field errors with i18n codes)', async () => {
    const base = { userId: operator.id, expectedSessionVersion: 0, role: 'ADMIN' as const, active: true };
    expect(await changeUserAccess(testDb(), actorOf(admin), { ...base, reason: '   abc   ' }, testContext)).toMatchObject({ ok: false, fieldErrors: { reason: 'reasonTooShort' } });
    expect(await changeUserAccess(testDb(), actorOf(admin), { ...base, reason: 'x'.repeat(501) }, testContext)).toMatchObject({ ok: false, fieldErrors: { reason: 'reasonTooLong' } });
    expect(await changeUserAccess(testDb(), actorOf(admin), { ...base, reason: 'x'.repeat(500) }, testContext)).toMatchObject({ ok: true });
  });

  it('lastAdmin: deactivating or demoting the only other active ADMIN is refused (actor record lagging behind)', async () => {
    // The actor object still says ADMIN while its account was deactivated: the target is then the
    // last active administrator and must stay one.
    const gone = await makeUser('ADMIN', false);
    for (const change of [{ role: 'ADMIN' as const, active: false }, { role: 'OPERATOR' as const, active: true }]) {
      const result = await changeUserAccess(testDb(), actorOf(gone), { userId: admin.id, expectedSessionVersion: 0, ...change, reason: REASON }, testContext);
      expect(result).toMatchObject({ ok: false, error: { code: 'lastAdmin' } });
    }
    expect(await testDb().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: 'ADMIN', active: true, sessionVersion: 0 });
  });

  it('lastAdmin: two admins deactivating each other at the same moment — exactly one wins, one admin stays active', async () => {
    const other = await makeUser('ADMIN');
    const [a, b] = await Promise.all([
      changeUserAccess(testDb(), actorOf(admin), { userId: other.id, expectedSessionVersion: 0, role: 'ADMIN', active: false, reason: REASON }, testContext),
      changeUserAccess(testDb(), actorOf(other), { userId: admin.id, expectedSessionVersion: 0, role: 'ADMIN', active: false, reason: REASON }, testContext),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, error: { code: 'lastAdmin' } });
    expect(await testDb().user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
  });
});

describe('revokeUserSessions: "end all sessions"', () => {
  it('bumps sessionVersion only (role and active untouched) and writes user.sessions_revoked with the reason', async () => {
    const result = await revokeUserSessions(testDb(), actorOf(admin), { userId: operator.id, reason: 'Ноутбук утерян' }, testContext);
    expect(result).toEqual({ ok: true, sessionVersion: 1 });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: operator.id } })).toMatchObject({ role: 'OPERATOR', active: true, sessionVersion: 1 });
    const events = await auditOf(operator.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'user.sessions_revoked', reason: 'Ноутбук утерян', actorId: admin.id });
    // The change form rendered before is now stale.
    const stale = await changeUserAccess(testDb(), actorOf(admin), { userId: operator.id, expectedSessionVersion: 0, role: 'ADMIN', active: true, reason: REASON }, testContext);
    expect(stale).toMatchObject({ ok: false, error: { code: 'staleUser' } });
  });

  it('refuses a non-admin, the own account, a missing account and a short reason', async () => {
    expect(await revokeUserSessions(testDb(), actorOf(operator), { userId: admin.id, reason: REASON }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await revokeUserSessions(testDb(), actorOf(admin), { userId: admin.id, reason: REASON }, testContext)).toMatchObject({ ok: false, error: { code: 'selfChange' } });
    expect(await revokeUserSessions(testDb(), actorOf(admin), { userId: 'cmissing0000000000000000', reason: REASON }, testContext)).toMatchObject({ ok: false, error: { code: 'userNotFound' } });
    expect(await revokeUserSessions(testDb(), actorOf(admin), { userId: operator.id, reason: ' no ' }, testContext)).toMatchObject({ ok: false, fieldErrors: { reason: 'reasonTooShort' } });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: operator.id } })).sessionVersion).toBe(0);
  });
});
