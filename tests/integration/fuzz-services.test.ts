import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { registerNgo } from '@/lib/services/accounts/register-ngo';
import { decideAdmission } from '@/lib/services/admission/decide-admission';
import { decideAdmissionInputSchema } from '@/lib/services/admission/admission-input';
import { saveApplicationSection } from '@/lib/services/applications/save-application-section';
import { submitApplication } from '@/lib/services/applications/submit-application';
import { saveTopicProposal, submitTopicProposal } from '@/lib/services/plans/save-topic-proposal';
import { topicProposalDraftSchema } from '@/lib/services/plans/topic-proposal-input';
import { registrationSchema } from '@/lib/validation/registration';
import { GRANT_SECTION_KEYS } from '@/lib/validation/forms/grant';
import { seed } from '@/prisma/seed/load';
import { edgeNumber, edgeString, junk, shaped } from '../unit/fuzz/arbitraries';
import { isKnownCode } from '../unit/fuzz/known-codes';
import { disconnectTestDb, testContext, testDb } from './test-db';

// R2 (issue 9): the write services behind the server actions, fed generated bad input on a
// real PostgreSQL with the demo data. Each call must come back as a value (ok:false with an
// i18n code the kk messages know) — never an exception — and a refused save must leave the
// stored draft exactly as it was ("no draft lost").
// Runs: a refusal at the validation stage costs ~1 ms, so those properties take 1,000 inputs;
// properties whose inputs reach a transaction take FULL_RUNS (>= 200) to keep `npm test` short.
const VALIDATION_RUNS = 1000;
const FULL_RUNS = 200;
const SEED = 20260315;

async function actorFor(email: string): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } } });
  return {
    id: user.id,
    role: user.role,
    organizationIds: user.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: user.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: user.expert?.id ?? null,
  };
}

let ngo: Actor;
let operator: Actor;
let draftId: string;

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => {} });
  [ngo, operator] = (await Promise.all(['ngo@demeu.kz', 'operator@demeu.kz'].map(actorFor))) as [Actor, Actor];
  const draft = await db.application.findFirstOrThrow({ where: { organizationId: ngo.organizationIds[0], status: 'DRAFT', competition: { kind: 'GRANT' } } });
  draftId = draft.id;
}, 120_000);

afterAll(disconnectTestDb);

const sectionsOf = async (applicationId: string) =>
  (await testDb().applicationSection.findMany({ where: { applicationId }, orderBy: { key: 'asc' }, select: { key: true, version: true, data: true, complete: true } }));

/** Calls `run`, turning a throw into a failed property with the input that caused it. */
async function noThrow<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`service threw instead of refusing: ${(error as Error)?.stack ?? String(error)}`);
  }
}

function expectTranslated(code: string, areas: string[]) {
  expect(isKnownCode(code, areas), `refusal code '${code}' is not in kk ${areas.join('/')} or common errors`).toBe(true);
}

describe('R2 fuzz: save application section (grant draft)', () => {
  it(`junk section data, keys and versions: refused with a translated code, the stored draft unchanged (${FULL_RUNS} through the service)`, async () => {
    const before = await sectionsOf(draftId);
    const arbitrary = fc.record({
      // The action passes a string key and Number(baseVersion) (app/ngo/applications/[id]/sections/[key]/actions.ts).
      key: fc.oneof(fc.constantFrom(...GRANT_SECTION_KEYS), edgeString),
      // Every version except the current one is stale.
      baseVersion: fc.oneof(fc.constantFrom(-1, 0.5, NaN, Infinity, 1e21, 99), edgeNumber).filter((v) => v < 0 || v > 50 || !Number.isInteger(v)),
      data: junk,
    });
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ key, baseVersion, data }) => {
        const r = await noThrow(() => saveApplicationSection(testDb(), ngo, { applicationId: draftId, key: key as string, baseVersion: baseVersion as number, data }, testContext));
        expect(r.ok).toBe(false);
        if (!r.ok) expectTranslated(r.error.code, ['application']);
      }),
      { numRuns: FULL_RUNS, seed: SEED },
    );
    expect(await sectionsOf(draftId)).toEqual(before);
  });

  it(`junk data on the current version: validation refuses, nothing stored changes (${FULL_RUNS} inputs)`, async () => {
    const before = await sectionsOf(draftId);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...GRANT_SECTION_KEYS), junk, async (key, data) => {
        const current = before.find((s) => s.key === key)!;
        const r = await noThrow(() => saveApplicationSection(testDb(), ngo, { applicationId: draftId, key, baseVersion: current.version, data }, testContext));
        if (r.ok) {
          // Junk that happens to be a valid (empty) draft is saved: undo it to keep the baseline.
          await testDb().applicationSection.update({ where: { applicationId_key: { applicationId: draftId, key } }, data: { version: current.version, data: current.data as object, complete: current.complete } });
          return;
        }
        expectTranslated(r.error.code, ['application']);
      }),
      { numRuns: FULL_RUNS, seed: SEED },
    );
    expect((await sectionsOf(draftId)).map((s) => [s.key, s.data])).toEqual(before.map((s) => [s.key, s.data]));
  });
});

describe('R2 fuzz: submit application', () => {
  it(`junk application ids and idempotency keys: refused with a translated code, the draft stays a DRAFT (${FULL_RUNS} inputs)`, async () => {
    const before = await sectionsOf(draftId);
    await fc.assert(
      // The action passes strings (its schema), so the service gets any string, not any type —
      // including ids and keys with U+0000, which PostgreSQL text cannot hold (found by this test;
      // the service now refuses them before any query).
      fc.asyncProperty(fc.oneof(edgeString, fc.constant(draftId)), fc.oneof(fc.uuid(), edgeString), async (applicationId, idempotencyKey) => {
        const r = await noThrow(() => submitApplication(testDb(), ngo, { applicationId: applicationId as string, idempotencyKey: idempotencyKey as string }, testContext));
        // The seeded draft is incomplete, so no input may submit it.
        expect(r.ok).toBe(false);
        if (!r.ok) for (const reason of [r.error, ...r.reasons]) expectTranslated(reason.code, ['submission', 'application']);
      }),
      { numRuns: FULL_RUNS, seed: SEED },
    );
    expect((await testDb().application.findUniqueOrThrow({ where: { id: draftId } })).status).toBe('DRAFT');
    expect(await sectionsOf(draftId)).toEqual(before);
  });
});

describe('R2 fuzz: topic proposal save / submit', () => {
  it(`junk drafts: refused with a translated code or saved as typed, never a throw (${VALIDATION_RUNS} validated, ${FULL_RUNS} submitted)`, async () => {
    const organizationId = ngo.organizationIds[0]!;
    const input = fc.oneof({ weight: 4, arbitrary: shaped(topicProposalDraftSchema) }, { weight: 1, arbitrary: junk });
    // Validation stage: inputs the draft schema refuses never reach a transaction.
    const refused = input.filter((v) => !topicProposalDraftSchema.safeParse(v).success);
    await fc.assert(
      fc.asyncProperty(refused, async (raw) => {
        const r = await noThrow(() => saveTopicProposal(testDb(), ngo, organizationId, raw as never, testContext));
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expectTranslated(r.error.code, ['competitionSetup']);
          for (const code of Object.values((r as { fieldErrors?: Record<string, string> }).fieldErrors ?? {})) expectTranslated(code, ['competitionSetup']);
        }
      }),
      { numRuns: VALIDATION_RUNS, seed: SEED },
    );
    // Full service: everything (valid or not) through submit; an incomplete proposal stays a draft.
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const r = await noThrow(() => submitTopicProposal(testDb(), ngo, organizationId, raw as never, testContext));
        if (!r.ok) {
          expectTranslated(r.error.code, ['competitionSetup']);
          for (const code of Object.values((r as { fieldErrors?: Record<string, string> }).fieldErrors ?? {})) expectTranslated(code, ['competitionSetup']);
        }
      }),
      { numRuns: FULL_RUNS, seed: SEED },
    );
  });
});

describe('R2 fuzz: register NGO', () => {
  it(`junk registrations: the schema refuses with translated codes; what passes is registered or refused, never a throw (${VALIDATION_RUNS} inputs)`, async () => {
    const input = fc.oneof({ weight: 4, arbitrary: shaped(registrationSchema) }, { weight: 1, arbitrary: junk });
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const parsed = registrationSchema.safeParse(raw);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) expectTranslated(issue.message, ['public']);
          return;
        }
        const r = await noThrow(() => registerNgo(testDb(), parsed.data, testContext));
        if (!r.ok) expectTranslated(r.error.code, ['public']);
      }),
      { numRuns: VALIDATION_RUNS, seed: SEED },
    );
  });
});

describe('R2 fuzz: decide admission', () => {
  it(`junk decisions: refused with a translated code, no application changes status (${FULL_RUNS} inputs)`, async () => {
    const statusesBefore = await testDb().application.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: 'asc' } });
    const ids = statusesBefore.map((a) => a.id);
    const input = fc.oneof(
      { weight: 3, arbitrary: shaped(decideAdmissionInputSchema) },
      // A real application id with junk around it reaches the policy / status machine.
      { weight: 2, arbitrary: fc.tuple(shaped(decideAdmissionInputSchema), fc.constantFrom(...ids)).map(([v, id]) => (typeof v === 'object' && v ? { ...v, applicationId: id, expectedVersion: -1 } : v)) },
      { weight: 1, arbitrary: junk },
    );
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const r = await noThrow(() => decideAdmission(testDb(), operator, raw as never, testContext));
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expectTranslated(r.error.code, ['admission']);
          for (const code of Object.values((r as { fieldErrors?: Record<string, string> }).fieldErrors ?? {})) expectTranslated(code, ['admission']);
        }
      }),
      { numRuns: FULL_RUNS, seed: SEED },
    );
    expect(await testDb().application.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: 'asc' } })).toEqual(statusesBefore);
  });
});
