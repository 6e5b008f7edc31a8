import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { authenticate } from '@/lib/services/accounts/authenticate';
import { acceptInvitation } from '@/lib/services/organizations/accept-invitation';
import { findInvitationByToken } from '@/lib/services/organizations/find-invitation';
import { inviteStaff } from '@/lib/services/organizations/invite-staff';
import { loadProfileFormValues } from '@/lib/services/organizations/profile-form-values';
import { removeMember } from '@/lib/services/organizations/remove-member';
import { revokeInvitation } from '@/lib/services/organizations/revoke-invitation';
import { setStatusFlags } from '@/lib/services/organizations/set-status-flags';
import { updateOrganizationProfile } from '@/lib/services/organizations/update-organization-profile';
import { invitationAccountSchema, organizationProfileSchema, type OrganizationProfileInput } from '@/lib/validation/organization-profile';
import { seed } from '@/prisma/seed/load';
import { testContext, testDb } from './test-db';

const quiet = () => {};

/** The actor exactly as lib/auth/session.ts builds it from the database. */
async function actorOf(email: string): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({
    where: { email },
    include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } },
  });
  return {
    id: user.id,
    role: user.role,
    organizationIds: user.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: user.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: user.expert?.id ?? null,
  };
}

/** The profile form exactly as the page pre-fills it. */
async function formOf(organizationId: string): Promise<OrganizationProfileInput> {
  const values = await loadProfileFormValues(testDb(), organizationId);
  if (!values) throw new Error('no organisation');
  return values;
}

let zhasyl: string; // «Жасыл қала», head ngo@demeu.kz, staff ngo.staff@demeu.kz
let meirim: string; // «Мейірім», head ngo2@demeu.kz

beforeAll(async () => {
  await seed(testDb(), { log: quiet });
  const orgs = await testDb().organization.findMany({ where: { memberships: { some: { user: { email: { in: ['ngo@demeu.kz', 'ngo2@demeu.kz'] } } } } }, include: { memberships: { include: { user: true } } } });
  zhasyl = orgs.find((o) => o.memberships.some((m) => m.user.email === 'ngo@demeu.kz'))!.id;
  meirim = orgs.find((o) => o.memberships.some((m) => m.user.email === 'ngo2@demeu.kz'))!.id;
});

describe('organisation profile (issue 4.1)', () => {
  it('a member saves the profile: the changed fields, founders and one audit event with before/after of exactly those fields', async () => {
    const db = testDb();
    const actor = await actorOf('ngo.staff@demeu.kz'); // staff may edit the profile too ('update')
    const form = await formOf(zhasyl);
    const oldPhone = form.phone;
    const founders = form.founders.slice(1); // the first founder leaves
    founders.push({ id: '', kind: 'ENTITY', fullName: '«Жасыл әлем» ЖШС', identifier: '080340551209', sharePercent: '' });
    const input = organizationProfileSchema.parse({ ...form, phone: '+7 727 355 99 99', iban: 'KZ86 125K ZT50 0410 0100', founders });

    const result = await updateOrganizationProfile(db, actor, zhasyl, input, testContext);
    expect(result).toMatchObject({ ok: true, changed: ['phone', 'iban', 'founders'] });

    const org = await db.organization.findUniqueOrThrow({ where: { id: zhasyl }, include: { persons: { where: { role: 'FOUNDER' } } } });
    expect(org.phone).toBe('+7 727 355 99 99');
    expect(org.iban).toBe('KZ86125KZT5004100100');
    expect(org.nameKk).toBe(form.nameKk);
    const live = org.persons.filter((p) => p.until === null);
    expect(live.map((p) => p.fullName)).toContain('«Жасыл әлем» ЖШС');
    expect(live.find((p) => p.fullName === '«Жасыл әлем» ЖШС')).toMatchObject({ bin: '080340551209', iin: null });
    // The departed founder's row stays for the history (CI-1 looks at live rows).
    expect(org.persons.find((p) => p.id === form.founders[0]!.id)?.until).not.toBeNull();

    const events = await db.auditEvent.findMany({ where: { objectId: zhasyl, action: 'organization.profile-updated' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: actor.id, ip: '127.0.0.1' });
    expect(Object.keys(events[0]!.before as object).sort()).toEqual(['founders', 'iban', 'phone']);
    expect(events[0]!.before).toMatchObject({ phone: oldPhone });
    expect(events[0]!.after).toMatchObject({ phone: '+7 727 355 99 99', iban: 'KZ86125KZT5004100100' });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('a second save from a form loaded before the first one is refused as stale, and writes nothing', async () => {
    const db = testDb();
    const actor = await actorOf('ngo@demeu.kz');
    const loadedByBoth = await formOf(zhasyl);
    const first = await updateOrganizationProfile(db, actor, zhasyl, organizationProfileSchema.parse({ ...loadedByBoth, website: 'https://zhasyl.kz' }), testContext);
    expect(first.ok).toBe(true);

    const auditBefore = await db.auditEvent.count();
    const second = await updateOrganizationProfile(db, actor, zhasyl, organizationProfileSchema.parse({ ...loadedByBoth, nameRu: 'Чужая правка' }), testContext);
    expect(second).toEqual({ ok: false, error: { code: 'staleProfile' } });
    const org = await db.organization.findUniqueOrThrow({ where: { id: zhasyl } });
    expect(org.nameRu).toBe(loadedByBoth.nameRu);
    expect(org.website).toBe('https://zhasyl.kz');
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("another NGO's member cannot update the profile — refused by the policy and, with a forged session, by the service's own membership check", async () => {
    const db = testDb();
    const form = organizationProfileSchema.parse({ ...(await formOf(zhasyl)), nameRu: 'Захват' });
    const stranger = await actorOf('ngo2@demeu.kz');
    expect(await updateOrganizationProfile(db, stranger, zhasyl, form, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });
    // A session claiming membership it doesn't have (stale or forged): the database says no.
    const forged: Actor = { ...stranger, organizationIds: [...stranger.organizationIds, zhasyl] };
    expect(await updateOrganizationProfile(db, forged, zhasyl, form, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });
    // Operator staff read profiles but do not edit them.
    expect(await updateOrganizationProfile(db, await actorOf('operator@demeu.kz'), zhasyl, form, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect((await db.organization.findUniqueOrThrow({ where: { id: zhasyl } })).nameRu).not.toBe('Захват');
  });

  it('DB-8 / EL-1: the service refuses a non-NGO legal form even if the schema were bypassed; an unknown region too', async () => {
    const db = testDb();
    const actor = await actorOf('ngo@demeu.kz');
    const form = organizationProfileSchema.parse(await formOf(zhasyl));
    expect(await updateOrganizationProfile(db, actor, zhasyl, { ...form, legalForm: 'TRADE_UNION' }, testContext)).toEqual({
      ok: false,
      error: { code: 'legalFormNotNgo', field: 'legalForm' },
    });
    expect(await updateOrganizationProfile(db, actor, zhasyl, { ...form, regionCode: 'NOWHERE' }, testContext)).toEqual({
      ok: false,
      error: { code: 'unknownRegion', field: 'regionCode' },
    });
  });

  it("a founder id of another organisation is not trusted", async () => {
    const db = testDb();
    const foreign = await db.organizationPerson.findFirstOrThrow({ where: { organizationId: meirim, role: 'FOUNDER' } });
    const form = await formOf(zhasyl);
    const input = organizationProfileSchema.parse({ ...form, founders: [{ id: foreign.id, kind: 'PERSON', fullName: 'Х', identifier: '790223408116', sharePercent: '' }] });
    const result = await updateOrganizationProfile(db, await actorOf('ngo@demeu.kz'), zhasyl, input, testContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'founderNotFound' } });
    expect((await db.organizationPerson.findUniqueOrThrow({ where: { id: foreign.id } })).fullName).toBe(foreign.fullName);
  });
});

describe('cabinet users: invite → accept → sign in → removed (issue 4.1)', () => {
  const email = 'dana.staff@example.kz';
  const account = invitationAccountSchema.parse({ fullName: 'Дана Ерланқызы Омарова', password: 'Dana-staff-2026', passwordConfirm: 'Dana-staff-2026' });

  it('the head invites, the invitee creates an account and signs in, then the head ends the membership', async () => {
    const db = testDb();
    const head = await actorOf('ngo@demeu.kz');

    // Staff may not invite; only the head ('invite-staff').
    expect(await inviteStaff(db, await actorOf('ngo.staff@demeu.kz'), zhasyl, { email }, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });

    const invited = await inviteStaff(db, head, zhasyl, { email: ' Dana.Staff@Example.kz ' }, testContext);
    expect(invited.ok).toBe(true);
    if (!invited.ok) return;
    expect(invited.path).toBe(`/invitations/${invited.token}`);
    const row = await db.organizationInvitation.findUniqueOrThrow({ where: { id: invited.invitationId } });
    expect(row.email).toBe(email);
    // Only the SHA-256 of the token is stored.
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(invited.token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    // No account yet, so no outbox row: the head passes the link on.
    expect(await db.notification.count({ where: { objectId: invited.invitationId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'organization.staff-invited', objectId: zhasyl } })).toBe(1);

    const found = await findInvitationByToken(db, invited.token);
    expect(found).toMatchObject({ state: 'PENDING', hasAccount: false, email, organization: { id: zhasyl } });

    const accepted = await acceptInvitation(db, invited.token, { kind: 'create', account }, testContext);
    expect(accepted).toMatchObject({ ok: true, organizationId: zhasyl, email });
    if (!accepted.ok) return;
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.role).toBe('NGO');
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.memberships).toEqual([expect.objectContaining({ organizationId: zhasyl, role: 'STAFF', endedAt: null })]);
    expect(await db.organizationInvitation.findUniqueOrThrow({ where: { id: invited.invitationId } })).toMatchObject({ acceptedById: user.id });
    expect(await db.auditEvent.count({ where: { action: 'organization.invitation-accepted', actorId: user.id } })).toBe(1);

    // The new staff member signs in with the password they chose.
    const signedIn = await authenticate(db, { email, password: 'Dana-staff-2026' }, testContext);
    expect(signedIn).toMatchObject({ ok: true, user: { email, role: 'NGO' } });
    expect((await actorOf(email)).organizationIds).toEqual([zhasyl]);

    // The head cannot remove themselves; staff cannot remove anyone.
    const headMembership = await db.organizationMembership.findFirstOrThrow({ where: { organizationId: zhasyl, userId: head.id } });
    expect(await removeMember(db, head, headMembership.id, testContext)).toEqual({ ok: false, error: { code: 'cannotRemoveSelf' } });
    const membership = user.memberships[0]!;
    expect(await removeMember(db, await actorOf('ngo.staff@demeu.kz'), membership.id, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await removeMember(db, await actorOf('ngo2@demeu.kz'), membership.id, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });

    expect(await removeMember(db, head, membership.id, testContext)).toEqual({ ok: true });
    const ended = await db.organizationMembership.findUniqueOrThrow({ where: { id: membership.id } });
    expect(ended.endedAt).not.toBeNull(); // ended, not deleted
    expect((await actorOf(email)).organizationIds).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: 'organization.member-removed', objectId: zhasyl } })).toBe(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('a used link is refused the second time', async () => {
    const db = testDb();
    const invited = await inviteStaff(db, await actorOf('ngo@demeu.kz'), zhasyl, { email: 'twice@example.kz' }, testContext);
    if (!invited.ok) throw new Error('invite failed');
    expect((await acceptInvitation(db, invited.token, { kind: 'create', account }, testContext)).ok).toBe(true);
    expect(await acceptInvitation(db, invited.token, { kind: 'create', account }, testContext)).toEqual({ ok: false, error: { code: 'invitationUsed' } });
    expect(await db.user.count({ where: { email: 'twice@example.kz' } })).toBe(1);
  });

  it('an expired link is refused (server clock, 7 days)', async () => {
    const db = testDb();
    const then = new Date('2026-01-10T10:00:00Z');
    const invited = await inviteStaff(db, await actorOf('ngo@demeu.kz'), zhasyl, { email: 'late@example.kz' }, testContext, then);
    if (!invited.ok) throw new Error('invite failed');
    const lastMoment = new Date(then.getTime() + 7 * 24 * 3600 * 1000);
    expect((await findInvitationByToken(db, invited.token, lastMoment))?.state).toBe('PENDING');
    const tooLate = new Date(lastMoment.getTime() + 1);
    expect(await acceptInvitation(db, invited.token, { kind: 'create', account }, testContext, tooLate)).toEqual({ ok: false, error: { code: 'invitationExpired' } });
    expect(await db.user.count({ where: { email: 'late@example.kz' } })).toBe(0);
  });

  it('a revoked link is refused; inviting the same address again replaces the old link', async () => {
    const db = testDb();
    const head = await actorOf('ngo@demeu.kz');
    const first = await inviteStaff(db, head, zhasyl, { email: 'again@example.kz' }, testContext);
    const second = await inviteStaff(db, head, zhasyl, { email: 'again@example.kz' }, testContext);
    if (!first.ok || !second.ok) throw new Error('invite failed');
    expect(await acceptInvitation(db, first.token, { kind: 'create', account }, testContext)).toEqual({ ok: false, error: { code: 'invitationRevoked' } });

    expect(await revokeInvitation(db, await actorOf('ngo2@demeu.kz'), second.invitationId, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await revokeInvitation(db, head, second.invitationId, testContext)).toEqual({ ok: true });
    expect(await acceptInvitation(db, second.token, { kind: 'create', account }, testContext)).toEqual({ ok: false, error: { code: 'invitationRevoked' } });
    expect(await acceptInvitation(db, 'x'.repeat(43), { kind: 'create', account }, testContext)).toEqual({ ok: false, error: { code: 'invitationNotFound' } });
    expect(await db.user.count({ where: { email: 'again@example.kz' } })).toBe(0);
  });

  it('an address that already has an account: an e-mail is queued in the outbox, and only that signed-in account can join', async () => {
    const db = testDb();
    const head = await actorOf('ngo2@demeu.kz');
    // ngo7@demeu.kz heads another NGO; it may also work for «Мейірім».
    const invited = await inviteStaff(db, head, meirim, { email: 'ngo7@demeu.kz' }, testContext);
    if (!invited.ok) throw new Error('invite failed');
    const outbox = await db.notification.findFirstOrThrow({ where: { objectId: invited.invitationId } });
    expect(outbox).toMatchObject({ channel: 'EMAIL', status: 'PENDING', templateKey: 'organization.invitation' });
    expect(outbox.payload).toMatchObject({ path: invited.path });

    expect(await acceptInvitation(db, invited.token, { kind: 'create', account }, testContext)).toEqual({ ok: false, error: { code: 'invitationSignInToJoin' } });
    const other = await actorOf('ngo3@demeu.kz');
    expect(await acceptInvitation(db, invited.token, { kind: 'join', userId: other.id }, testContext)).toEqual({ ok: false, error: { code: 'invitationOtherAccount' } });
    const invitee = await actorOf('ngo7@demeu.kz');
    expect(await acceptInvitation(db, invited.token, { kind: 'join', userId: invitee.id }, testContext)).toMatchObject({ ok: true, organizationId: meirim });
    expect((await actorOf('ngo7@demeu.kz')).organizationIds).toContain(meirim);

    // Already a member: no second invitation.
    expect(await inviteStaff(db, head, meirim, { email: 'ngo7@demeu.kz' }, testContext)).toEqual({ ok: false, error: { code: 'alreadyMember', field: 'email' } });
    // Operator staff accounts cannot be invited into an NGO.
    expect(await inviteStaff(db, head, meirim, { email: 'operator@demeu.kz' }, testContext)).toEqual({ ok: false, error: { code: 'inviteeNotNgo', field: 'email' } });
  });
});

describe('EL-1 registry flags set by operator staff (issue 4.1)', () => {
  it('the operator sets and clears a flag with a reason; who and when are written and the audit keeps the reason', async () => {
    const db = testDb();
    const operator = await actorOf('operator@demeu.kz');
    const set = await setStatusFlags(db, operator, meirim, { flag: 'activitySuspended', value: true, reason: 'Сот шешімі № 2-1234/2026, 3 ай' }, testContext);
    expect(set).toEqual({ ok: true, flag: 'activitySuspended', value: true });
    let org = await db.organization.findUniqueOrThrow({ where: { id: meirim } });
    expect(org).toMatchObject({ activitySuspended: true, suspensionSetById: operator.id });
    expect(org.suspensionSetAt).not.toBeNull();

    // Setting it again is not a silent no-op.
    expect(await setStatusFlags(db, operator, meirim, { flag: 'activitySuspended', value: true, reason: 'Тағы да бір рет' }, testContext)).toEqual({
      ok: false,
      error: { code: 'flagAlreadySet' },
    });

    const clear = await setStatusFlags(db, operator, meirim, { flag: 'activitySuspended', value: false, reason: 'Тоқтата тұру мерзімі аяқталды' }, testContext);
    expect(clear.ok).toBe(true);
    org = await db.organization.findUniqueOrThrow({ where: { id: meirim } });
    expect(org.activitySuspended).toBe(false);

    const events = await db.auditEvent.findMany({ where: { objectId: meirim, action: 'organization.status-flag-changed' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.reason, (e.after as { value: boolean }).value])).toEqual([
      ['Сот шешімі № 2-1234/2026, 3 ай', true],
      ['Тоқтата тұру мерзімі аяқталды', false],
    ]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('an NGO (even the organisation itself) cannot set or clear a flag; a reason is mandatory', async () => {
    const db = testDb();
    const own = await actorOf('ngo2@demeu.kz');
    expect(await setStatusFlags(db, own, meirim, { flag: 'bankrupt', value: true, reason: 'өзіміз белгілейміз' }, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });
    const arrested = await db.organization.findFirstOrThrow({ where: { propertyArrested: true } });
    const head = await actorOf((await db.organizationMembership.findFirstOrThrow({ where: { organizationId: arrested.id, role: 'HEAD' }, include: { user: true } })).user.email);
    expect(await setStatusFlags(db, head, arrested.id, { flag: 'propertyArrested', value: false, reason: 'Біз келіспейміз' }, testContext)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect((await db.organization.findUniqueOrThrow({ where: { id: arrested.id } })).propertyArrested).toBe(true);
    expect(await setStatusFlags(db, await actorOf('operator@demeu.kz'), meirim, { flag: 'bankrupt', value: true, reason: '  ' }, testContext)).toEqual({
      ok: false,
      error: { code: 'reasonRequired', field: 'reason' },
    });
  });
});
