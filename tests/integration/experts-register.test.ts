import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '@node-rs/argon2';
import type { Actor } from '@/lib/auth/policy';
import { seed } from '@/prisma/seed/load';
import { invitationTokenHash } from '@/lib/services/organizations/invitation-token';
import { acceptExpertInvitation } from '@/lib/services/experts/accept-expert-invitation';
import { findExpertInvitationByToken } from '@/lib/services/experts/expert-invitation';
import { inviteExpert } from '@/lib/services/experts/invite-expert';
import { reissueExpertInvitation } from '@/lib/services/experts/reissue-expert-invitation';
import { updateExpert } from '@/lib/services/experts/update-expert';
import { disconnectTestDb, testContext, testDb } from './test-db';

const DAY = 24 * 60 * 60 * 1000;
let operator: Actor;
let ngoActor: Actor;
let expertActor: Actor;
let direction15 = '';
let direction12 = '';
let ngo9 = '';
let seq = 0;

const staff = (id: string): Actor => ({ id, role: 'OPERATOR', organizationIds: [], headOfOrganizationIds: [], expertId: null });

const invite = (over: Record<string, unknown> = {}) => {
  seq += 1;
  return {
    fullName: `Сарапшы Тест ${seq}`,
    email: `new.expert${seq}@example.kz`,
    locale: 'ru' as const,
    nominationSource: 'NGO' as const,
    nominatedByOrganizationId: ngo9,
    employerName: 'Университет',
    position: 'Доцент',
    operatorEmployee: false,
    directions: [{ directionId: direction15, years: 4 }],
    ...over,
  };
};

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  operator = staff((await db.user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } })).id);
  const ngoUser = await db.user.findUniqueOrThrow({ where: { email: 'ngo9@demeu.kz' }, include: { memberships: true } });
  ngoActor = { id: ngoUser.id, role: 'NGO', organizationIds: ngoUser.memberships.map((m) => m.organizationId), headOfOrganizationIds: ngoUser.memberships.map((m) => m.organizationId), expertId: null };
  const exUser = await db.user.findUniqueOrThrow({ where: { email: 'expert@demeu.kz' }, include: { expert: true } });
  expertActor = { id: exUser.id, role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId: exUser.expert!.id };
  direction15 = (await db.direction.findUniqueOrThrow({ where: { number: 15 } })).id;
  direction12 = (await db.direction.findUniqueOrThrow({ where: { number: 12 } })).id;
  ngo9 = ngoActor.organizationIds[0]!;
}, 60_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('expert register: invitation by e-mail (GC-5..GC-7)', () => {
  it('creates a PENDING expert, an EXPERT user without password, a hashed 7-day token, the outbox e-mail and the audit event', async () => {
    const db = testDb();
    const now = new Date('2026-03-02T05:00:00Z');
    const input = invite();
    const result = await inviteExpert(db, operator, input, testContext, { now: () => now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.path).toBe(`/expert-invitations/${result.token}`);
    const expert = await db.expert.findUniqueOrThrow({ where: { id: result.expertId }, include: { user: true, directions: true, invitations: true } });
    expect(expert.status).toBe('PENDING');
    expect(expert.nominatedByOrganizationId).toBe(ngo9);
    expect(expert.user).toMatchObject({ role: 'EXPERT', passwordHash: null, email: input.email, name: input.fullName, locale: 'ru' });
    expect(expert.directions).toEqual([expect.objectContaining({ directionId: direction15, yearsOfExperience: 4 })]);
    expect(expert.invitations).toHaveLength(1);
    // Only the SHA-256 of the token is stored.
    expect(expert.invitations[0]!.tokenHash).toBe(invitationTokenHash(result.token));
    expect(JSON.stringify(expert.invitations[0])).not.toContain(result.token);
    expect(expert.invitations[0]!.expiresAt.getTime() - now.getTime()).toBe(7 * DAY);
    const mail = await db.notification.findMany({ where: { recipientId: expert.userId } });
    expect(mail).toEqual([expect.objectContaining({ channel: 'EMAIL', templateKey: 'expert.invitation', status: 'PENDING', locale: 'ru' })]);
    expect((mail[0]!.payload as { path: string }).path).toBe(`/expert-invitations/${result.token}`);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { objectType: 'Expert', objectId: result.expertId, action: 'expert.invited' } });
    expect(audit.actorId).toBe(operator.id);
  });

  it('refuses an e-mail that already has an account, a missing nominator for an NGO nomination, and no directions', async () => {
    const db = testDb();
    const taken = await inviteExpert(db, operator, invite({ email: 'ngo@demeu.kz' }), testContext);
    expect(taken).toMatchObject({ ok: false, error: { code: 'emailTaken', field: 'email' } });
    const noNominator = await inviteExpert(db, operator, invite({ nominatedByOrganizationId: null }), testContext);
    expect(noNominator).toMatchObject({ ok: false, fieldErrors: { nominatedByOrganizationId: 'nominatorRequired' } });
    const noDirections = await inviteExpert(db, operator, invite({ directions: [] }), testContext);
    expect(noDirections).toMatchObject({ ok: false, fieldErrors: { directions: 'directionRequired' } });
    const operatorOrg = await db.organization.findFirstOrThrow({ where: { kind: 'OPERATOR' } });
    const notNgo = await inviteExpert(db, operator, invite({ nominatedByOrganizationId: operatorOrg.id }), testContext);
    expect(notNgo).toMatchObject({ ok: false, error: { code: 'nominatorNotNgo' } });
  });

  it('refuses NGO and expert actors (operator console only)', async () => {
    const db = testDb();
    const before = await db.expert.count();
    expect(await inviteExpert(db, ngoActor, invite(), testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await inviteExpert(db, expertActor, invite(), testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const someone = await db.expert.findFirstOrThrow();
    expect(await updateExpert(db, ngoActor, { ...invite(), expertId: someone.id, expectedVersion: someone.version }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await reissueExpertInvitation(db, expertActor, someone.id, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.expert.count()).toBe(before);
  });

  it('accepting the invitation sets an argon2id password, activates the entry (PENDING → APPROVED) and uses the link up', async () => {
    const db = testDb();
    const invited = await inviteExpert(db, operator, invite(), testContext);
    if (!invited.ok) throw new Error('invite failed');
    const tooShort = await acceptExpertInvitation(db, invited.token, { password: 'short', passwordConfirm: 'short' }, testContext);
    expect(tooShort).toMatchObject({ ok: false, error: { code: 'passwordTooShort' } });
    const accepted = await acceptExpertInvitation(db, invited.token, { password: 'a-long-expert-password', passwordConfirm: 'a-long-expert-password' }, testContext);
    expect(accepted).toMatchObject({ ok: true });
    const expert = await db.expert.findUniqueOrThrow({ where: { id: invited.expertId }, include: { user: true, invitations: true } });
    expect(expert.status).toBe('APPROVED');
    expect(expert.approvedAt).not.toBeNull();
    expect(expert.user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(expert.user.passwordHash!, 'a-long-expert-password')).toBe(true);
    expect(expert.invitations[0]!.acceptedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { objectId: invited.expertId, action: 'expert.invitation-accepted' } })).toBe(1);
    // The same link again: used.
    const again = await acceptExpertInvitation(db, invited.token, { password: 'another-long-password', passwordConfirm: 'another-long-password' }, testContext);
    expect(again).toMatchObject({ ok: false, error: { code: 'invitationUsed' } });
    expect((await findExpertInvitationByToken(db, invited.token))?.state).toBe('USED');
  });

  it('refuses an expired link (server clock) and an unknown token; a reissued link works and revokes the old one', async () => {
    const db = testDb();
    const now = new Date();
    const invited = await inviteExpert(db, operator, invite(), testContext, { now: () => now });
    if (!invited.ok) throw new Error('invite failed');
    const later = new Date(now.getTime() + 7 * DAY + 1000);
    const expired = await acceptExpertInvitation(db, invited.token, { password: 'a-long-expert-password', passwordConfirm: 'a-long-expert-password' }, testContext, { now: () => later });
    expect(expired).toMatchObject({ ok: false, error: { code: 'invitationExpired' } });
    expect((await db.expert.findUniqueOrThrow({ where: { id: invited.expertId } })).status).toBe('PENDING');
    const unknown = await acceptExpertInvitation(db, 'x'.repeat(43), { password: 'a-long-expert-password', passwordConfirm: 'a-long-expert-password' }, testContext);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invitationNotFound' } });

    const reissued = await reissueExpertInvitation(db, operator, invited.expertId, testContext);
    if (!reissued.ok) throw new Error('reissue failed');
    const old = await acceptExpertInvitation(db, invited.token, { password: 'a-long-expert-password', passwordConfirm: 'a-long-expert-password' }, testContext);
    expect(old).toMatchObject({ ok: false, error: { code: 'invitationRevoked' } });
    const fresh = await acceptExpertInvitation(db, reissued.token, { password: 'a-long-expert-password', passwordConfirm: 'a-long-expert-password' }, testContext);
    expect(fresh).toMatchObject({ ok: true });
    expect(await reissueExpertInvitation(db, operator, invited.expertId, testContext)).toMatchObject({ ok: false, error: { code: 'alreadyActive' } });
  });
});

describe('expert register: editing an entry (audited, optimistic lock)', () => {
  it('updates directions, nomination, employer flag, affiliations; audits before/after; a stale version is refused', async () => {
    const db = testDb();
    const e = await db.expert.findFirstOrThrow({ where: { user: { email: 'expert5@demeu.kz' } }, include: { user: true } });
    const n2 = await db.organization.findFirstOrThrow({ where: { memberships: { some: { user: { email: 'ngo2@demeu.kz' } } } } });
    const values = {
      expertId: e.id,
      expectedVersion: e.version,
      fullName: e.user.name,
      nominationSource: 'OPERATOR' as const,
      nominatedByOrganizationId: null,
      employerName: 'Археология институты',
      position: 'Жетекші ғылыми қызметкер',
      operatorEmployee: false,
      directions: [
        { directionId: direction15, years: 3 },
        { directionId: direction12, years: 1 },
      ],
      affiliatedOrganizationIds: [n2.id],
      relativesOrganizationIds: [],
    };
    const saved = await updateExpert(db, operator, values, testContext);
    expect(saved).toEqual({ ok: true, version: e.version + 1 });
    const after = await db.expert.findUniqueOrThrow({ where: { id: e.id }, include: { directions: true } });
    expect(after.nominationSource).toBe('OPERATOR');
    expect(after.affiliatedOrganizationIds).toEqual([n2.id]);
    expect(after.directions.map((d) => [d.directionId, d.yearsOfExperience]).sort()).toEqual([[direction15, 3], [direction12, 1]].sort());
    const audit = await db.auditEvent.findFirstOrThrow({ where: { objectId: e.id, action: 'expert.updated' }, orderBy: { id: 'desc' } });
    expect(audit.before).toMatchObject({ nominationSource: 'NGO' });
    expect(audit.after).toMatchObject({ nominationSource: 'OPERATOR', affiliatedOrganizationIds: [n2.id] });

    // The second operator still had the old version open.
    const stale = await updateExpert(db, operator, { ...values, employerName: 'Басқа' }, testContext);
    expect(stale).toMatchObject({ ok: false, error: { code: 'staleExpert' } });
    const duplicate = await updateExpert(db, operator, { ...values, expectedVersion: e.version + 1, directions: [{ directionId: direction15, years: 3 }, { directionId: direction15, years: 2 }] }, testContext);
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { 'directions.1.directionId': 'duplicateDirection' } });
  });
});
