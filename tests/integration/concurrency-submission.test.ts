import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import type { Locale } from '@/lib/generated/prisma/client';
import { saveApplicationSection } from '@/lib/services/applications/save-application-section';
import { startApplication } from '@/lib/services/applications/start-application';
import { submitApplication } from '@/lib/services/applications/submit-application';
import { parseRequiredDocuments } from '@/lib/validation/competition-settings';
import { GRANT_SECTION_KEYS } from '@/lib/validation/forms/grant';
import { seed } from '@/prisma/seed/load';
import { completeKk } from '../unit/application-forms/fixtures';
import { actorOf, expectNoOpenTransactionOrLock } from './concurrency-support';
import { disconnectTestDb, testContext, testDb } from './test-db';

// R3 — concurrency of the NGO's own writes on the seeded OPEN grant competition:
// a double submit (two clicks / two tabs) and two tabs autosaving one section.
let competition: { id: string; deadlineAt: Date; languages: Locale[]; requiredDocuments: unknown };
let head: Actor;
let staff: Actor;

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  const c = await db.competition.findFirstOrThrow({
    where: { kind: 'GRANT', status: 'OPEN', deadlineAt: { gt: new Date() } },
  });
  competition = { id: c.id, deadlineAt: c.deadlineAt!, languages: c.languages, requiredDocuments: c.requiredDocuments };
  [head, staff] = (await Promise.all(['ngo@demeu.kz', 'ngo.staff@demeu.kz'].map(actorOf))) as [Actor, Actor];
}, 120_000);

afterEach(async () => {
  await expectNoOpenTransactionOrLock();
});

afterAll(disconnectTestDb);

/** A complete DRAFT of «Жасыл қала» on a lot it has not applied to yet: every section saved, every required document present. */
async function completeDraft(): Promise<string> {
  const db = testDb();
  // A fresh lot each time (EL-3: one live application per lot and NGO).
  const number = 100 + (await db.lot.count({ where: { competitionId: competition.id } }));
  const lot = await db.lot.create({
    data: { competitionId: competition.id, number, titleKk: `Параллель ${number}`, titleRu: `Параллель ${number}`, budgetKzt: 20_000_000n, status: 'OPEN' },
  });
  const started = await startApplication(db, head, { lotId: lot.id }, testContext);
  if (!started.ok) throw new Error(`start refused: ${started.error.code}`);
  for (const key of GRANT_SECTION_KEYS) {
    const saved = await saveApplicationSection(db, staff, { applicationId: started.applicationId, key, baseVersion: 0, data: completeKk[key] }, testContext);
    if (!saved.ok) throw new Error(`section ${key} refused: ${saved.error.code}`);
  }
  const languages: Locale[] = competition.languages.length > 0 ? competition.languages : ['kk'];
  for (const doc of parseRequiredDocuments(competition.requiredDocuments).filter((d) => d.required)) {
    for (const language of languages) {
      await db.attachment.create({
        data: {
          applicationId: started.applicationId,
          kind: doc.kind,
          language,
          fileName: `${doc.kind}-${language}.pdf`,
          mimeType: 'application/pdf',
          sizeBytes: 1234,
          sha256: randomUUID().replace(/-/g, '').padEnd(64, '0'),
          storageKey: `test/${randomUUID()}`,
          uploadedById: staff.id,
        },
      });
    }
  }
  return started.applicationId;
}

describe('R3 parallel double submit (DL-1, ST-*)', () => {
  it('two submits of one application at once (different keys: two tabs): exactly one submission and one receipt', async () => {
    const db = testDb();
    const id = await completeDraft();
    const now = () => new Date(competition.deadlineAt.getTime() - 3_600_000);
    const results = await Promise.all([
      submitApplication(db, head, { applicationId: id, idempotencyKey: randomUUID() }, testContext, { now }),
      submitApplication(db, staff, { applicationId: id, idempotencyKey: randomUUID() }, testContext, { now }),
    ]);
    // Each call answers with a value (never a throw); the design answers the later one
    // with the SAME receipt, flagged `replayed` — a typed outcome, not a second submission.
    const fresh = results.filter((r) => r.ok && !r.replayed);
    const replayed = results.filter((r) => r.ok && r.replayed);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(fresh).toHaveLength(1);
    expect(replayed).toHaveLength(1);
    const [a, b] = results.map((r) => (r.ok ? r.receipt : null));
    expect(a).toEqual(b);

    const app = await db.application.findUniqueOrThrow({ where: { id } });
    expect(app.status).toBe('SUBMITTED');
    expect(app.receiptNumber).toBe(a!.receiptNumber);
    expect(await db.applicationStatusChange.count({ where: { applicationId: id, toStatus: 'SUBMITTED' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { objectId: id, action: 'application.submitted' } })).toBe(1);
    expect(await db.notification.count({ where: { objectId: id, templateKey: 'application.submitted', channel: 'EMAIL' } })).toBe(1);
  });

  it('two submits with the SAME idempotency key (a retried request): one submission, the retry gets the same receipt', async () => {
    const db = testDb();
    const id = await completeDraft();
    const key = randomUUID();
    const now = () => new Date(competition.deadlineAt.getTime() - 3_600_000);
    const results = await Promise.all([
      submitApplication(db, head, { applicationId: id, idempotencyKey: key }, testContext, { now }),
      submitApplication(db, head, { applicationId: id, idempotencyKey: key }, testContext, { now }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => (r.ok ? r.receipt.receiptNumber : '')))).toHaveProperty('size', 1);
    expect(await db.applicationStatusChange.count({ where: { applicationId: id } })).toBe(1);
  });

  it('a submit racing an autosave of the same draft: either the save lands first and is submitted, or it is refused notDraft — never saved into a frozen application', async () => {
    const db = testDb();
    const id = await completeDraft();
    const now = new Date(competition.deadlineAt.getTime() - 3_600_000);
    const section = await db.applicationSection.findFirstOrThrow({ where: { applicationId: id, key: 'annex3' } });
    const changed = { ...completeKk.annex3, materialBase: { kk: 'Жаңа кеңсе — параллель сақтау' } };
    const [submitted, saved] = await Promise.all([
      submitApplication(db, head, { applicationId: id, idempotencyKey: randomUUID() }, testContext, { now: () => now }),
      saveApplicationSection(db, staff, { applicationId: id, key: 'annex3', baseVersion: section.version, data: changed }, testContext, now),
    ]);
    expect(submitted.ok).toBe(true);
    const after = await db.applicationSection.findFirstOrThrow({ where: { applicationId: id, key: 'annex3' } });
    if (saved.ok) {
      // The save committed before the submission locked the row: the submission froze it.
      expect(after.version).toBe(section.version + 1);
      expect(after.data).toEqual(changed);
    } else {
      expect(saved.error.code).toBe('notDraft');
      expect(after.version).toBe(section.version);
      expect(after.data).toEqual(section.data);
    }
    expect(await db.applicationSectionVersion.count({ where: { sectionId: section.id, version: section.version + 1 } })).toBe(saved.ok ? 1 : 0);
  });
});

describe('R3 two tabs saving one draft section (optimistic lock)', () => {
  it('the same expected version from two tabs: one wins, the other is told staleSection with the current version; nothing lost silently', async () => {
    const db = testDb();
    const id = await completeDraft();
    const section = await db.applicationSection.findFirstOrThrow({ where: { applicationId: id, key: 'annex1' } });
    const tabA = { ...completeKk.annex1, summary: { kk: 'А қойындысының түйіні' } };
    const tabB = { ...completeKk.annex1, summary: { kk: 'Б қойындысының түйіні' } };
    const results = await Promise.all([
      saveApplicationSection(db, head, { applicationId: id, key: 'annex1', baseVersion: section.version, data: tabA }, testContext),
      saveApplicationSection(db, staff, { applicationId: id, key: 'annex1', baseVersion: section.version, data: tabB }, testContext),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([{ ok: false, error: { code: 'staleSection', params: { currentVersion: section.version + 1 } } }]);

    const winnerData = results[0]!.ok ? tabA : tabB;
    const after = await db.applicationSection.findUniqueOrThrow({ where: { id: section.id }, include: { versions: { orderBy: { version: 'asc' } } } });
    expect(after.version).toBe(section.version + 1);
    expect(after.data).toEqual(winnerData);
    // One history row for the new version, holding the winner's data; the loser keeps its
    // text in the browser (the form state) and can re-save on top of the current version.
    expect(after.versions.filter((v) => v.version === section.version + 1).map((v) => v.data)).toEqual([winnerData]);
    const loserData = results[0]!.ok ? tabB : tabA;
    const retry = await saveApplicationSection(db, results[0]!.ok ? staff : head, { applicationId: id, key: 'annex1', baseVersion: section.version + 1, data: loserData }, testContext);
    expect(retry).toMatchObject({ ok: true, version: section.version + 2 });
    expect(await db.auditEvent.count({ where: { objectId: id, action: 'application.section-saved', after: { path: ['key'], equals: 'annex1' } } })).toBe(3);
  });

  it('ten tabs at once on one version: exactly one save, nine refusals, one history row', async () => {
    const db = testDb();
    const id = await completeDraft();
    const section = await db.applicationSection.findFirstOrThrow({ where: { applicationId: id, key: 'annex4' } });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        saveApplicationSection(db, i % 2 ? head : staff, { applicationId: id, key: 'annex4', baseVersion: section.version, data: { ...completeKk.annex4, goal: { kk: `Мақсат №${i}` } } }, testContext),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(Array(9).fill('staleSection'));
    expect(await db.applicationSectionVersion.count({ where: { sectionId: section.id, version: section.version + 1 } })).toBe(1);
  });
});
