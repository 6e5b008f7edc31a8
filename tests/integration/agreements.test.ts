import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { LocalDiskStorage } from '@/lib/storage/local-disk-storage';
import { seed } from '@/prisma/seed/load';
import { acceptAgreement } from '@/lib/services/agreements/accept-agreement';
import { amendAgreement } from '@/lib/services/agreements/amend-agreement';
import { agreementsOfOrganization } from '@/lib/services/agreements/agreements-of-organization';
import { loadAgreementView } from '@/lib/services/agreements/agreement-view';
import { generateAgreement } from '@/lib/services/agreements/generate-agreement';
import { winnersWithoutAgreement } from '@/lib/services/agreements/operator-agreements';
import { revisionDocument } from '@/lib/services/agreements/revision-document';
import { sendAgreement } from '@/lib/services/agreements/send-agreement';
import { sha256Hex } from '@/lib/services/agreements/signature/portal-acceptance';
import { tranchesToRelease } from '@/lib/services/agreements/tranches-to-release';
import { updateRequisites } from '@/lib/services/agreements/update-requisites';
import { recordReturnedAmount } from '@/lib/services/tranches/record-returned-amount';
import { releaseTranche } from '@/lib/services/tranches/release-tranche';
import { disconnectTestDb, testContext, testDb } from './test-db';

const storage = new LocalDiskStorage(mkdtempSync(path.join(tmpdir(), 'demeu-agreements-')));
const options = { storage };

let operator: Actor;
let ngo: Actor; // head of «Жасыл қала», the winner
let otherNgo: Actor; // «Мейірім»
let winnerAppId = '';
let agreementId = '';

async function actorOf(email: string): Promise<Actor> {
  const u = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } } } });
  return {
    id: u.id,
    role: u.role,
    organizationIds: u.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: u.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: null,
  };
}

const version = async () => (await testDb().agreement.findUniqueOrThrow({ where: { id: agreementId } })).version;

const schedule = {
  periodStart: '2027-01-10',
  periodEnd: '2027-11-30',
  interimDueOn: '2027-06-15',
  finalDueOn: '2027-12-15',
};

const requisites = {
  bankName: 'АО «Халык Банк Казахстана»',
  iban: 'KZ86125KZT5004100100',
  bic: 'HSBKKZKX',
  address: 'Алматы қ., Абай даңғылы, 10',
  fullName: 'Айгүл Серікқызы',
  position: 'Төраға',
  basis: 'Жарғы',
};

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {}, storage });
  operator = await actorOf('operator@demeu.kz');
  ngo = await actorOf('ngo@demeu.kz');
  otherNgo = await actorOf('ngo2@demeu.kz');
  const winners = await winnersWithoutAgreement(db);
  const mine = winners.find((w) => w.competition.kind === 'SOCIAL_ORDER' && ngo.organizationIds.length > 0);
  winnerAppId = mine!.applicationId;
  expect(mine!.amountKzt).toBe(11_000_000);
}, 120_000);

afterAll(async () => {
  await disconnectTestDb();
});

describe('generate an agreement from the winning application', () => {
  it('MO-1: a social-order prepayment above 50% is refused with the cap in tenge', async () => {
    const r = await generateAgreement(testDb(), operator, { applicationId: winnerAppId, ...schedule, prepaymentKzt: '5500001', interimTrancheKzt: '3500000', finalTrancheKzt: '1999999' }, testContext);
    expect(r).toMatchObject({ ok: false, error: { code: 'prepaymentAboveCap', field: 'prepaymentKzt', params: { cap: 5_500_000, percent: 50 } } });
    expect(await testDb().agreement.count({ where: { applicationId: winnerAppId } })).toBe(0);
  });

  it('MO-1: tranches that do not add up to the amount are refused', async () => {
    const r = await generateAgreement(testDb(), operator, { applicationId: winnerAppId, ...schedule, prepaymentKzt: '5000000', interimTrancheKzt: '3000000', finalTrancheKzt: '2000000' }, testContext);
    expect(r).toMatchObject({ ok: false, error: { code: 'tranchesSumMismatch', params: { sum: 10_000_000, amount: 11_000_000 } } });
  });

  it('an NGO cannot generate an agreement; a non-winner gets none; report dates are checked', async () => {
    expect(await generateAgreement(testDb(), ngo, { applicationId: winnerAppId, ...schedule, prepaymentKzt: '5500000', interimTrancheKzt: '3500000', finalTrancheKzt: '2000000' }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const loser = await testDb().application.findFirstOrThrow({ where: { status: 'NOT_WINNER', competition: { kind: 'SOCIAL_ORDER' } } });
    expect(await generateAgreement(testDb(), operator, { applicationId: loser.id, ...schedule, prepaymentKzt: '5500000', interimTrancheKzt: '3500000', finalTrancheKzt: '2000000' }, testContext)).toMatchObject({ ok: false, error: { code: 'applicationNotWinner' } });
    expect(await generateAgreement(testDb(), operator, { applicationId: winnerAppId, ...schedule, interimDueOn: '2028-01-01', prepaymentKzt: '5500000', interimTrancheKzt: '3500000', finalTrancheKzt: '2000000' }, testContext)).toMatchObject({ ok: false, error: { code: 'interimOutsidePeriod', field: 'interimDueOn' } });
  });

  it('creates the DRAFT agreement, revision 1 with the application terms, the report schedule and the tranches', async () => {
    const r = await generateAgreement(testDb(), operator, { applicationId: winnerAppId, ...schedule, prepaymentKzt: '5500000', interimTrancheKzt: '3500000', finalTrancheKzt: '2000000' }, testContext);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    agreementId = r.agreementId;
    expect(r.number).toMatch(/^ӘТ-2027-\d{3}$/);
    const view = (await loadAgreementView(testDb(), agreementId))!;
    expect(view.status).toBe('DRAFT');
    expect(view.amountKzt).toBe(11_000_000);
    expect(view.revisions).toHaveLength(1);
    const terms = view.revisions[0]!.terms!;
    expect(terms.activities.map((a) => a.title.kk)).toEqual(['Клубтарды ашу және қатысушыларды тіркеу', 'Апта сайынғы клуб сабақтары', 'Қалалық экологиялық форум']);
    expect(terms.indicators.map((i) => [i.level, i.target])).toEqual([['OUTPUT', '240'], ['OUTCOME', '85']]);
    expect(terms.ngo.bin).toMatch(/^\d{12}$/);
    expect(terms.operator.name.kk.length).toBeGreaterThan(3);
    expect(view.reports.map((x) => `${x.kind}:${x.type}:${x.dueOn}:${x.status}`).sort()).toEqual([
      'FINAL:CREATIVE:2027-12-15:DRAFT',
      'FINAL:FINANCIAL:2027-12-15:DRAFT',
      'INTERIM:CREATIVE:2027-06-15:DRAFT',
      'INTERIM:FINANCIAL:2027-06-15:DRAFT',
    ]);
    const interimCreative = view.reports.find((x) => x.kind === 'INTERIM' && x.type === 'CREATIVE')!;
    expect(view.tranches.map((t) => [t.seq, t.amountKzt, t.isPrepayment, t.afterReportId === interimCreative.id])).toEqual([
      [1, 5_500_000, true, false],
      [2, 3_500_000, false, true],
      [3, 2_000_000, false, false],
    ]);
    expect(view.tranches[0]!.afterReportId).toBeNull();
    expect(await testDb().indicator.count({ where: { agreementId } })).toBe(2);
    expect(await testDb().auditEvent.count({ where: { action: 'agreement.generated', objectId: agreementId } })).toBe(1);
    // One agreement per application.
    expect(await generateAgreement(testDb(), operator, { applicationId: winnerAppId, ...schedule, prepaymentKzt: '5500000', interimTrancheKzt: '3500000', finalTrancheKzt: '2000000' }, testContext)).toMatchObject({ ok: false, error: { code: 'agreementExists' } });
  });
});

describe('sending, requisites and acceptance (SignatureProvider: PortalAcceptance)', () => {
  it('the NGO cannot accept or edit a DRAFT; the operator sends it (DRAFT → SENT_TO_NGO) and the NGO is notified', async () => {
    expect(await acceptAgreement(testDb(), ngo, { agreementId, expectedVersion: await version() }, testContext, options)).toMatchObject({ ok: false, error: { code: 'wrongStatus' } });
    expect(await updateRequisites(testDb(), ngo, { agreementId, expectedVersion: await version(), ...requisites }, testContext)).toMatchObject({ ok: false, error: { code: 'requisitesLocked' } });
    expect(await sendAgreement(testDb(), ngo, { agreementId, expectedVersion: await version() }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await sendAgreement(testDb(), operator, { agreementId, expectedVersion: (await version()) + 5 }, testContext)).toMatchObject({ ok: false, error: { code: 'staleAgreement' } });
    expect(await sendAgreement(testDb(), operator, { agreementId, expectedVersion: await version() }, testContext)).toEqual({ ok: true, status: 'SENT_TO_NGO' });
    expect((await loadAgreementView(testDb(), agreementId))!.revisions[0]!.status).toBe('SENT_TO_NGO');
    expect(await testDb().notification.count({ where: { templateKey: 'agreement.sent', objectId: agreementId, recipientId: ngo.id } })).toBe(2);
  });

  it('IDOR: an NGO of another organisation can neither edit the requisites nor accept', async () => {
    expect(await updateRequisites(testDb(), otherNgo, { agreementId, expectedVersion: await version(), ...requisites }, testContext)).toMatchObject({ ok: false, error: { code: 'agreementNotFound' } });
    expect(await acceptAgreement(testDb(), otherNgo, { agreementId, expectedVersion: await version() }, testContext, options)).toMatchObject({ ok: false, error: { code: 'agreementNotFound' } });
    expect(await loadAgreementView(testDb(), agreementId).then((v) => v!.revisions[0]!.terms!.signatory)).toBeNull();
  });

  it('acceptance needs the requisites and the signatory; an invalid IBAN is a field error', async () => {
    expect(await acceptAgreement(testDb(), ngo, { agreementId, expectedVersion: await version() }, testContext, options)).toMatchObject({ ok: false, error: { code: 'requisitesMissing' } });
    expect(await updateRequisites(testDb(), ngo, { agreementId, expectedVersion: await version(), ...requisites, iban: 'KZ00' }, testContext)).toMatchObject({ ok: false, fieldErrors: { iban: 'invalidIban' } });
    const r = await updateRequisites(testDb(), ngo, { agreementId, expectedVersion: await version(), ...requisites }, testContext);
    expect(r.ok).toBe(true);
    const terms = (await loadAgreementView(testDb(), agreementId))!.revisions[0]!.terms!;
    expect(terms.requisites).toEqual({ bankName: requisites.bankName, iban: requisites.iban, bic: requisites.bic, address: requisites.address });
    expect(terms.signatory).toEqual({ fullName: requisites.fullName, position: requisites.position, basis: requisites.basis });
  });

  it('the operator cannot countersign before the NGO; MO-1: the prepayment is not releasable yet', async () => {
    expect(await acceptAgreement(testDb(), operator, { agreementId, expectedVersion: await version() }, testContext, options)).toMatchObject({ ok: false, error: { code: 'wrongStatus' } });
    const view = (await loadAgreementView(testDb(), agreementId))!;
    expect(await releaseTranche(testDb(), operator, { trancheId: view.tranches[0]!.id }, testContext)).toMatchObject({ ok: false, error: { code: 'release_AGREEMENT_NOT_SIGNED' } });
  });

  it('the NGO accepts: SENT_TO_NGO → SIGNED_BY_NGO, the SHA-256 of the served PDF (kk and ru) is stored', async () => {
    const r = await acceptAgreement(testDb(), ngo, { agreementId, expectedVersion: await version() }, testContext, options);
    expect(r).toMatchObject({ ok: true, side: 'NGO', revision: 1 });
    const a = await testDb().agreement.findUniqueOrThrow({ where: { id: agreementId }, include: { revisions: true } });
    expect(a.status).toBe('SIGNED_BY_NGO');
    const rev = a.revisions[0]!;
    expect(rev.status).toBe('SIGNED_BY_NGO');
    expect(rev.ngoAcceptedById).toBe(ngo.id);
    expect(rev.ngoAcceptedAt).not.toBeNull();
    // What the document route serves is exactly what was signed.
    const doc = { number: a.number, prepaymentPercent: 50 };
    const kk = (await revisionDocument(storage, doc, rev, 'kk'))!;
    const ru = (await revisionDocument(storage, doc, rev, 'ru'))!;
    expect(kk.subarray(0, 4).toString()).toBe('%PDF');
    expect(rev.documentSha256).toBe(sha256Hex(kk));
    expect(rev.documentRuSha256).toBe(sha256Hex(ru));
    expect(rev.documentSha256).not.toBe(rev.documentRuSha256);
    expect(rev.signatures).toEqual([
      { side: 'NGO', locale: 'kk', method: 'PORTAL_ACCEPTANCE', signedAt: rev.ngoAcceptedAt!.toISOString(), sha256: rev.documentSha256, signerId: ngo.id },
      { side: 'NGO', locale: 'ru', method: 'PORTAL_ACCEPTANCE', signedAt: rev.ngoAcceptedAt!.toISOString(), sha256: rev.documentRuSha256, signerId: ngo.id },
    ]);
    // Accepted means frozen: no more edits of the requisites.
    expect(await updateRequisites(testDb(), ngo, { agreementId, expectedVersion: await version(), ...requisites }, testContext)).toMatchObject({ ok: false, error: { code: 'requisitesLocked' } });
  });

  it('the operator countersigns the same bytes: SIGNED_BY_NGO → SIGNED, the NGO is notified', async () => {
    const r = await acceptAgreement(testDb(), operator, { agreementId, expectedVersion: await version() }, testContext, options);
    expect(r).toMatchObject({ ok: true, side: 'OPERATOR', revision: 1 });
    const a = await testDb().agreement.findUniqueOrThrow({ where: { id: agreementId }, include: { revisions: true } });
    expect(a.status).toBe('SIGNED');
    expect(a.signedAt).not.toBeNull();
    expect(a.revisions[0]!.status).toBe('SIGNED');
    expect(a.revisions[0]!.operatorAcceptedById).toBe(operator.id);
    expect((a.revisions[0]!.signatures as { side: string; sha256: string }[]).filter((s) => s.side === 'OPERATOR').map((s) => s.sha256)).toEqual([a.revisions[0]!.documentSha256, a.revisions[0]!.documentRuSha256]);
    expect(await testDb().notification.count({ where: { templateKey: 'agreement.signed', objectId: agreementId } })).toBeGreaterThan(0);
    expect(await acceptAgreement(testDb(), operator, { agreementId, expectedVersion: await version() }, testContext, options)).toMatchObject({ ok: false, error: { code: 'wrongStatus' } });
  });
});

describe('tranches (MO-1) and the ledger', () => {
  it('the prepayment is releasable once signed; release is audited, notifies the NGO and starts the implementation', async () => {
    expect((await tranchesToRelease(testDb())).some((t) => t.agreementId === agreementId && t.seq === 1)).toBe(true);
    const view = (await loadAgreementView(testDb(), agreementId))!;
    expect(view.tranches.map((t) => t.releasability)).toEqual([{ releasable: true }, { releasable: false, reason: 'REPORT_NOT_ACCEPTED' }, { releasable: false, reason: 'REPORT_NOT_ACCEPTED' }]);
    expect(await releaseTranche(testDb(), ngo, { trancheId: view.tranches[0]!.id }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await releaseTranche(testDb(), operator, { trancheId: view.tranches[0]!.id }, testContext)).toEqual({ ok: true, seq: 1, agreementStatus: 'IN_PROGRESS' });
    expect(await releaseTranche(testDb(), operator, { trancheId: view.tranches[0]!.id }, testContext)).toMatchObject({ ok: false, error: { code: 'release_ALREADY_RELEASED' } });
    expect(await testDb().notification.count({ where: { templateKey: 'tranche_released', objectId: view.tranches[0]!.id, recipientId: ngo.id } })).toBe(2);
    expect(await testDb().auditEvent.count({ where: { action: 'tranche.released', objectId: view.tranches[0]!.id } })).toBe(1);
    expect((await loadAgreementView(testDb(), agreementId))!.ledger).toEqual({ planned: 11_000_000, released: 5_500_000, reported: 0, returned: 0, unreported: 5_500_000, toRelease: 5_500_000 });
  });

  it('the next tranche is refused before its report is accepted, and released after', async () => {
    const view = (await loadAgreementView(testDb(), agreementId))!;
    const second = view.tranches[1]!;
    expect(await releaseTranche(testDb(), operator, { trancheId: second.id }, testContext)).toMatchObject({ ok: false, error: { code: 'release_REPORT_NOT_ACCEPTED' } });
    // B's review accepts the interim creative report (and the financial one with its budget lines).
    await testDb().report.update({ where: { id: second.afterReportId! }, data: { status: 'ACCEPTED', acceptedAt: new Date() } });
    const financial = view.reports.find((x) => x.kind === 'INTERIM' && x.type === 'FINANCIAL')!;
    await testDb().report.update({ where: { id: financial.id }, data: { status: 'ACCEPTED', sections: { budget: { lines: [{ planned: 3_000_000, spent: 2_900_000 }, { planned: 2_500_000, spent: 2_400_000 }] } } } });
    expect((await loadAgreementView(testDb(), agreementId))!.tranches[1]!.releasability).toEqual({ releasable: true });
    expect(await releaseTranche(testDb(), operator, { trancheId: second.id }, testContext)).toEqual({ ok: true, seq: 2, agreementStatus: 'IN_PROGRESS' });
    expect((await loadAgreementView(testDb(), agreementId))!.ledger).toMatchObject({ released: 9_000_000, reported: 5_300_000 });
  });

  it('a returned amount is recorded on a released tranche, never more than it paid', async () => {
    const view = (await loadAgreementView(testDb(), agreementId))!;
    const first = view.tranches[0]!;
    expect(await recordReturnedAmount(testDb(), operator, { trancheId: view.tranches[2]!.id, amountKzt: '100' }, testContext)).toMatchObject({ ok: false, error: { code: 'returnNotAllowed' } });
    expect(await recordReturnedAmount(testDb(), operator, { trancheId: first.id, amountKzt: '5500001' }, testContext)).toMatchObject({ ok: false, error: { code: 'returnNotAllowed', params: { max: 5_500_000 } } });
    expect(await recordReturnedAmount(testDb(), ngo, { trancheId: first.id, amountKzt: '100' }, testContext)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await recordReturnedAmount(testDb(), operator, { trancheId: first.id, amountKzt: '120000', comment: 'Пайдаланылмаған қалдық' }, testContext)).toEqual({ ok: true, returnedKzt: 120_000 });
    expect((await loadAgreementView(testDb(), agreementId))!.ledger).toEqual({ planned: 11_000_000, released: 9_000_000, reported: 5_300_000, returned: 120_000, unreported: 3_580_000, toRelease: 2_000_000 });
  });
});

describe('amendments', () => {
  it('MO-1 and the sum are checked again', async () => {
    expect(
      await amendAgreement(testDb(), operator, { agreementId, expectedVersion: await version(), reason: 'Сома өсті', amountKzt: '12000000', periodEnd: '2027-11-30', interimDueOn: '2027-06-15', finalDueOn: '2027-12-15', tranches: { '3': '2000000' } }, testContext),
    ).toMatchObject({ ok: false, error: { code: 'tranchesSumMismatch', params: { sum: 11_000_000, amount: 12_000_000 } } });
    // MO-1 on the new amount: the released 5,500,000 prepayment is above 50% of 10,500,000.
    expect(
      await amendAgreement(testDb(), operator, { agreementId, expectedVersion: await version(), reason: 'Сома азайды', amountKzt: '10500000', periodEnd: '2027-11-30', interimDueOn: '2027-06-15', finalDueOn: '2027-12-15', tranches: { '3': '1500000' } }, testContext),
    ).toMatchObject({ ok: false, error: { code: 'prepaymentAboveCap', params: { cap: 5_250_000, percent: 50 } } });
    expect(await amendAgreement(testDb(), ngo, { agreementId, expectedVersion: await version(), reason: 'x x x', amountKzt: '11000000', periodEnd: '2027-11-30', interimDueOn: '2027-06-15', finalDueOn: '2027-12-15', tranches: {} }, testContext)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('creates revision 2 with the reason; it takes effect only after both sides accept; revision 1 stays readable', async () => {
    const r = await amendAgreement(
      testDb(),
      operator,
      { agreementId, expectedVersion: await version(), reason: 'Іс-шаралар кестесі ұзартылды', amountKzt: '11500000', periodEnd: '2027-12-20', interimDueOn: '2027-06-15', finalDueOn: '2028-01-05', tranches: { '3': '2500000' } },
      testContext,
    );
    expect(r).toEqual({ ok: true, revision: 2 });
    expect(await amendAgreement(testDb(), operator, { agreementId, expectedVersion: await version(), reason: 'тағы бір', amountKzt: '11500000', periodEnd: '2027-12-20', interimDueOn: '2027-06-15', finalDueOn: '2028-01-05', tranches: {} }, testContext)).toMatchObject({
      ok: false,
      error: { code: 'amendmentPending' },
    });
    let a = await testDb().agreement.findUniqueOrThrow({ where: { id: agreementId } });
    expect([a.amountKzt, a.currentRevision, a.status]).toEqual([11_000_000n, 1, 'IN_PROGRESS']);
    expect(await acceptAgreement(testDb(), operator, { agreementId, expectedVersion: await version() }, testContext, options)).toMatchObject({ ok: false, error: { code: 'wrongStatus' } });
    expect(await acceptAgreement(testDb(), otherNgo, { agreementId, expectedVersion: await version() }, testContext, options)).toMatchObject({ ok: false, error: { code: 'agreementNotFound' } });
    expect(await acceptAgreement(testDb(), ngo, { agreementId, expectedVersion: await version() }, testContext, options)).toMatchObject({ ok: true, side: 'NGO', revision: 2 });
    a = await testDb().agreement.findUniqueOrThrow({ where: { id: agreementId } });
    expect(a.amountKzt).toBe(11_000_000n);
    expect(await acceptAgreement(testDb(), operator, { agreementId, expectedVersion: await version() }, testContext, options)).toMatchObject({ ok: true, side: 'OPERATOR', revision: 2 });
    const view = (await loadAgreementView(testDb(), agreementId))!;
    expect([view.amountKzt, view.currentRevision, view.periodEnd, view.status]).toEqual([11_500_000, 2, '2027-12-20', 'IN_PROGRESS']);
    expect(view.tranches.map((t) => t.amountKzt)).toEqual([5_500_000, 3_500_000, 2_500_000]);
    expect(view.reports.filter((x) => x.kind === 'FINAL').map((x) => x.dueOn)).toEqual(['2028-01-05', '2028-01-05']);
    expect(view.revisions.map((x) => [x.revision, x.status, x.reason])).toEqual([
      [2, 'SIGNED', 'Іс-шаралар кестесі ұзартылды'],
      [1, 'SIGNED', null],
    ]);
    const rev1 = await testDb().agreementRevision.findFirstOrThrow({ where: { agreementId, revision: 1 } });
    const kk1 = (await revisionDocument(storage, { number: a.number, prepaymentPercent: 50 }, rev1, 'kk'))!;
    expect(sha256Hex(kk1)).toBe(rev1.documentSha256);
    expect(view.revisions[0]!.documentSha256).not.toBe(rev1.documentSha256);
  });
});

describe('queries for the dashboards', () => {
  it('agreementsOfOrganization lists the organisation’s agreements with the next report; another organisation sees none of them', async () => {
    const mine = await agreementsOfOrganization(testDb(), ngo.organizationIds[0]!);
    const row = mine.find((x) => x.id === agreementId)!;
    expect(row).toMatchObject({ status: 'IN_PROGRESS', amountKzt: 11_500_000, awaitingNgo: false });
    expect(row.nextReport).toMatchObject({ kind: 'FINAL', dueOn: '2028-01-05' });
    const theirs = await agreementsOfOrganization(testDb(), otherNgo.organizationIds[0]!);
    expect(theirs.some((x) => x.id === agreementId)).toBe(false);
  });

  it('tranchesToRelease: the seeded grant agreement’s 2nd tranche waits for its interim report', async () => {
    const seeded = await testDb().agreement.findFirstOrThrow({ where: { competition: { kind: 'GRANT' }, status: 'IN_PROGRESS' }, include: { tranches: true } });
    const second = seeded.tranches.find((t) => t.seq === 2)!;
    expect(second.afterReportId).not.toBeNull();
    const list = await tranchesToRelease(testDb());
    expect(list.some((t) => t.trancheId === second.id)).toBe(false);
    expect(list.some((t) => t.agreementId === agreementId)).toBe(false);
  });
});
