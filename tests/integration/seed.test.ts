import { verify } from '@node-rs/argon2';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  COMMISSION_STATUSES,
  COMPETITION_STATUSES,
  NOT_HELD_REASONS,
  conflictsOf,
  grantCriteria,
  ngoDatabaseReportStatus,
  requiredNgoDatabaseReportYear,
  sheetTotal,
  type Criterion,
} from '@/lib/rules';
import { formatReceiptNumber, receiptHash, RECEIPT_NUMBER_PATTERN } from '@/lib/services/applications/receipt';
import { loadApplicationForSubmission, receiptSnapshotOf } from '@/lib/services/applications/submit-application';
import { attachmentChecklist, type DocumentLanguage } from '@/lib/services/attachments/attachment-checklist';
import { LocalDiskStorage } from '@/lib/storage/local-disk-storage';
import { parseRequiredDocuments } from '@/lib/validation/competition-settings';
import {
  GRANT_FORM_VERSION,
  GRANT_SECTION_KEYS,
  annex5BudgetSummary,
  applicationCompleteness,
  grantSectionDraftSchemaFor,
  grantSectionDraftSchemas,
  type CompletenessContext,
} from '@/lib/validation/forms/grant';
import { isValidBin, isValidIin } from '@/lib/validation/kz-identifiers';
import { fromLanguageDocuments, missingReportFields, ngoDatabaseReportSchema, toLanguageDocuments } from '@/lib/validation/ngo-database-report';
import { DEMO_PASSWORD, demoAccounts } from '@/prisma/seed/demo-accounts';
import { seed, seedDemo } from '@/prisma/seed/load';
import { projectRoot } from '@/prisma/tools/embedded-postgres';
import { testDb } from './test-db';

const DAY = 86_400_000;
const quiet = () => undefined;

/** ISO 7064 mod-97 check of an IBAN. */
function ibanOk(iban: string): boolean {
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of moved) rem = (rem * 10 + Number(ch)) % 97;
  return rem === 1;
}

let seededAt: Date;
let storageDir: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  const db = testDb();
  expect(await db.user.count(), 'the seed test needs an empty, freshly migrated database').toBe(0);
  // The demo documents go to a throwaway folder, read back below.
  storageDir = await mkdtemp(path.join(tmpdir(), 'demeu-seed-'));
  storage = new LocalDiskStorage(storageDir);
  seededAt = new Date();
  const started = Date.now();
  await seed(db, { log: quiet, storage });
  expect(Date.now() - started, 'the demo data loads in under 20 s').toBeLessThan(20_000);
});

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

/** The completeness context of an application's competition and lot (as the submission uses it). */
function formContext(app: { competition: { languages: string[]; allLanguagesRequired: boolean }; lot: { budgetKzt: bigint } | null }): CompletenessContext {
  return {
    languages: app.competition.languages.filter((l): l is 'kk' | 'ru' => l === 'kk' || l === 'ru'),
    allLanguagesRequired: app.competition.allLanguagesRequired,
    ...(app.lot ? { lotAmountKzt: Number(app.lot.budgetKzt) } : {}),
  };
}

const grantApplications = () =>
  testDb().application.findMany({
    where: { competition: { kind: 'GRANT' } },
    include: {
      competition: true,
      lot: true,
      sections: true,
      attachments: { where: { deletedAt: null } },
      statusChanges: { orderBy: { at: 'asc' } },
      admissionDecisions: true,
      organization: { include: { memberships: { where: { role: 'HEAD' } } } },
    },
    orderBy: { createdAt: 'asc' },
  });

describe('demo data (issue 2)', () => {
  describe('reference data', () => {
    it('has the 15 directions of the NGO law for grants and awards (AW-4, §4.3), named in kk/ru/en', async () => {
      const directions = await testDb().direction.findMany({ orderBy: { number: 'asc' } });
      const grant = directions.filter((d) => d.kinds.includes('GRANT'));
      expect(grant.map((d) => d.number)).toEqual([...Array(15).keys()].map((i) => i + 1));
      expect(directions.filter((d) => d.kinds.includes('AWARD')).map((d) => d.number)).toEqual(grant.map((d) => d.number));
      for (const d of grant) {
        expect(d.nameKk.length).toBeGreaterThan(5);
        expect(d.nameRu.length).toBeGreaterThan(5);
        expect(d.nameEn.length).toBeGreaterThan(5);
        expect(d.kinds).toContain('SOCIAL_ORDER');
      }
      // §6.2: directions 16–17 exist for the social order only.
      expect(directions.filter((d) => d.number > 15).every((d) => d.kinds.length === 1 && d.kinds[0] === 'SOCIAL_ORDER')).toBe(true);
    });

    it('has the 17 oblasts and 3 cities of republican significance', async () => {
      const regions = await testDb().region.findMany();
      expect(regions).toHaveLength(20);
      expect(regions.filter((r) => r.isCity).map((r) => r.nameRu).sort()).toEqual(['город Алматы', 'город Астана', 'город Шымкент']);
      expect(regions.every((r) => r.nameKk && r.nameRu && r.nameEn)).toBe(true);
    });

    it('loads the 2026 grant directions list verbatim, amounts converted from thousand tenge', async () => {
      const json = JSON.parse(readFileSync(path.join(projectRoot, 'prisma/data/grant_directions_2026.json'), 'utf8')) as {
        directions: { no: number; problem_kk: string; amount_thousand_kzt: Record<string, number> }[];
      };
      const entries = await testDb().grantDirectionEntry.findMany({ where: { listYear: 2026 }, include: { amounts: true }, orderBy: { rowNo: 'asc' } });
      expect(entries.map((e) => e.rowNo)).toEqual(json.directions.map((d) => d.no));
      for (const [i, e] of entries.entries()) {
        const row = json.directions[i]!;
        expect(e.problemKk).toBe(row.problem_kk);
        expect(e.planTopicId).not.toBeNull();
        expect(Object.fromEntries(e.amounts.map((a) => [String(a.year), a.amountKzt]))).toEqual(
          Object.fromEntries(Object.entries(row.amount_thousand_kzt).map(([y, v]) => [y, BigInt(v) * 1000n])),
        );
      }
    });

    it('knows the MRP of 2025 and 2026 (AW-3)', async () => {
      const rates = await testDb().mrpRate.findMany({ orderBy: { year: 'asc' } });
      expect(rates.map((r) => [r.year, r.amountKzt])).toEqual([
        [2025, 3932n],
        [2026, 4325n],
      ]);
    });
  });

  describe('organisations', () => {
    it('has at least 6 NGOs from different regions, each with a valid BIN, a KZ IBAN, a BIC, a head and founders', async () => {
      const ngos = await testDb().organization.findMany({ where: { kind: 'NGO' }, include: { persons: true } });
      expect(ngos.length).toBeGreaterThanOrEqual(6);
      expect(new Set(ngos.map((o) => o.regionId)).size).toBeGreaterThanOrEqual(6);
      for (const o of ngos) {
        expect(isValidBin(o.bin), `${o.nameRu}: BIN ${o.bin}`).toBe(true);
        expect(o.iban).toMatch(/^KZ\d{2}[0-9A-Z]{16}$/);
        expect(ibanOk(o.iban!), `${o.nameRu}: IBAN ${o.iban}`).toBe(true);
        expect(o.bic).toMatch(/^[A-Z0-9]{8}$/);
        expect(o.charterPurposeKk && o.charterPurposeRu && o.headFullName && o.registeredOn).toBeTruthy();
        expect(o.persons.some((p) => p.role === 'FOUNDER')).toBe(true);
        for (const p of o.persons) if (p.iin) expect(isValidIin(p.iin), `${p.fullName}: IIN ${p.iin}`).toBe(true);
      }
    });

    it('has the grant operator, a central ministry and an akimat as customers', async () => {
      const db = testDb();
      expect(await db.organization.count({ where: { kind: 'OPERATOR' } })).toBe(1);
      const bodies = await db.organization.findMany({ where: { kind: 'STATE_BODY' } });
      expect(bodies.some((b) => b.isCentralBody)).toBe(true);
      expect(bodies.some((b) => !b.isCentralBody)).toBe(true);
      for (const b of bodies) expect(isValidBin(b.bin)).toBe(true);
    });

    it('EL-1: one NGO has its property under arrest, with who and when', async () => {
      const arrested = await testDb().organization.findMany({ where: { propertyArrested: true } });
      expect(arrested).toHaveLength(1);
      expect(arrested[0]!.propertyArrestSetAt).not.toBeNull();
      expect(arrested[0]!.propertyArrestSetById).not.toBeNull();
    });

    it('DB-1 / EL-2: for the year competitions check, most NGOs reported on time, one is missing and one is late', async () => {
      const db = testDb();
      const year = requiredNgoDatabaseReportYear(seededAt);
      const ngos = await db.organization.findMany({ where: { kind: 'NGO' }, include: { ngoDatabaseReports: { where: { year } } } });
      const timeliness = ngos.map((o) =>
        ngoDatabaseReportStatus({ reportYear: year, submittedAt: o.ngoDatabaseReports[0]?.submittedAt ?? null, asOf: seededAt }),
      );
      expect(timeliness.filter((t) => t === 'MISSING')).toHaveLength(1);
      expect(timeliness.filter((t) => t === 'LATE')).toHaveLength(1);
      expect(timeliness.filter((t) => t === 'ON_TIME').length).toBe(ngos.length - 2);
      const reports = await db.ngoDatabaseReport.findMany({ where: { year } });
      expect(reports.every((r) => r.status === 'APPROVED' && r.approvedAt !== null)).toBe(true);
    });
  });

  describe('demo accounts', () => {
    it('every demo account exists with its role, a lowercase e-mail and the demo password (argon2id)', async () => {
      const db = testDb();
      for (const a of demoAccounts) {
        const u = await db.user.findUnique({ where: { email: a.email } });
        expect(u, a.email).not.toBeNull();
        expect(u!.email).toBe(a.email.toLowerCase());
        expect(u!.role).toBe(a.role);
        expect(u!.passwordHash).toMatch(/^\$argon2id\$/);
        expect(await verify(u!.passwordHash!, DEMO_PASSWORD), a.email).toBe(true);
        expect(isValidIin(u!.iin!)).toBe(true);
      }
      expect(await db.user.count()).toBe(demoAccounts.length);
    });

    it('NGO accounts sit in their organisation cabinets; experts have register entries', async () => {
      const db = testDb();
      const head = await db.user.findUniqueOrThrow({ where: { email: 'ngo@demeu.kz' }, include: { memberships: { include: { organization: true } } } });
      expect(head.memberships).toEqual([expect.objectContaining({ role: 'HEAD' })]);
      const staff = await db.user.findUniqueOrThrow({ where: { email: 'ngo.staff@demeu.kz' }, include: { memberships: true } });
      expect(staff.memberships).toEqual([expect.objectContaining({ role: 'STAFF', organizationId: head.memberships[0]!.organizationId })]);
      for (const a of demoAccounts.filter((x) => x.role === 'EXPERT')) {
        const e = await db.expert.findFirst({ where: { user: { email: a.email } }, include: { directions: true } });
        expect(e?.directions.length, a.email).toBeGreaterThan(0);
      }
      const oneYear = await db.expert.findFirstOrThrow({ where: { user: { email: 'expert7@demeu.kz' } }, include: { directions: true } });
      expect(Math.max(...oneYear.directions.map((d) => d.yearsOfExperience))).toBe(1);
    });
  });

  describe('the grant competition open for submissions', () => {
    it('is the only GRANT competition with a future deadline, and its status is the open one of the rule engine', async () => {
      expect(COMPETITION_STATUSES).toContain('OPEN');
      const open = await testDb().competition.findMany({ where: { kind: 'GRANT', deadlineAt: { gt: new Date() } } });
      expect(open).toHaveLength(1);
      const c = open[0]!;
      expect(c.status).toBe('OPEN');
      // DL-1: 18:00 in Asia/Almaty (UTC+5); DL-3: a 20–30 calendar-day window.
      expect(c.deadlineAt!.getUTCHours()).toBe(13);
      const windowDays = Math.round((c.deadlineAt!.getTime() - c.announcedAt!.getTime()) / DAY);
      expect(windowDays).toBeGreaterThanOrEqual(c.windowMinDays!);
      expect(windowDays).toBeLessThanOrEqual(c.windowMaxDays!);
      expect(c.announcedAt!.getTime()).toBeLessThan(Date.now());
    });

    it('SC-1: carries the default criteria, the settings and three lots from the 2026 plan', async () => {
      const c = await testDb().competition.findFirstOrThrow({ where: { kind: 'GRANT', status: 'OPEN' }, include: { lots: true, applications: { include: { sections: true } } } });
      const criteria = c.criteria as unknown as Criterion[];
      expect(criteria.map(({ id, min, max }) => ({ id, min, max }))).toEqual(grantCriteria({ localBudget: false }));
      expect([c.windowMinDays, c.windowMaxDays, c.coiWorkingDays, c.scoringWorkingDays, c.thresholdPercent]).toEqual([20, 30, 3, 15, 50]);
      expect(c.aggregation).toBe('MEAN');
      expect(c.languages).toEqual(['kk', 'ru']);
      expect((c.requiredDocuments as { kind: string }[]).map((d) => d.kind)).toEqual(expect.arrayContaining(['charter', 'balance', 'partner_consents', 'own_contribution']));
      expect(c.lots).toHaveLength(3);
      expect(c.lots.every((l) => l.planTopicId !== null && l.budgetKzt > 0n)).toBe(true);
      expect(c.budgetKzt).toBe(c.lots.reduce((s, l) => s + l.budgetKzt, 0n));
      const draft = c.applications.find((a) => a.status === 'DRAFT');
      expect(draft?.sections.length).toBeGreaterThan(0);
      expect(draft?.submittedAt).toBeNull();
    });
  });

  describe('the grant competition in scoring', () => {
    const load = () =>
      testDb().competition.findFirstOrThrow({
        where: { kind: 'GRANT', status: 'SCORING' },
        include: {
          applications: { include: { admissionDecisions: true, partners: true } },
          commissions: { include: { members: { include: { expert: true } } } },
        },
      });

    it('closed in the past with admitted applications from different NGOs and one not admitted with reasons', async () => {
      const c = await load();
      expect(c.deadlineAt!.getTime()).toBeLessThan(Date.now());
      const inScoring = c.applications.filter((a) => a.status === 'UNDER_REVIEW');
      expect(inScoring.length).toBeGreaterThanOrEqual(4);
      expect(new Set(inScoring.map((a) => a.organizationId)).size).toBe(inScoring.length);
      expect(new Set(inScoring.map((a) => a.lotId)).size).toBe(2);
      for (const a of c.applications) {
        expect(APPLICATION_STATUSES).toContain(a.status);
        expect(a.receiptNumber).not.toBeNull();
        expect(a.submittedAt!.getTime()).toBeLessThanOrEqual(c.deadlineAt!.getTime());
      }
      const refused = c.applications.filter((a) => a.status === 'NOT_ADMITTED');
      expect(refused).toHaveLength(1);
      expect(refused[0]!.admissionDecisions[0]).toMatchObject({ admitted: false, reasons: expect.arrayContaining([expect.stringMatching(/^R[1-4]$/)]) });
    });

    it('has an approved commission with one chair, a secretary and ≥ 70% NGO-nominated experts (CM-1)', async () => {
      const c = await load();
      expect(c.commissions).toHaveLength(1);
      const com = c.commissions[0]!;
      expect(COMMISSION_STATUSES).toContain(com.status);
      expect(com.status).toBe('APPROVED');
      expect(com.members.length).toBeGreaterThanOrEqual(5);
      expect(com.members.length).toBeLessThanOrEqual(7);
      expect(com.members.filter((m) => m.role === 'CHAIR')).toHaveLength(1);
      expect(com.members.filter((m) => m.role === 'SECRETARY')).toHaveLength(1);
      const experts = com.members.filter((m) => m.role !== 'SECRETARY');
      expect(experts.filter((m) => m.side === 'NGO').length * 10).toBeGreaterThanOrEqual(experts.length * 7);
      expect(experts.every((m) => m.expert && !m.expert.operatorEmployee)).toBe(true);
    });

    it('CI-1 / CI-2: declarations cover the admitted applications; nobody scores an application they conflict with', async () => {
      const db = testDb();
      const c = await load();
      const admitted = c.applications.filter((a) => a.status === 'UNDER_REVIEW');
      const applicantOrgIds = c.applications.map((a) => a.organizationId);
      const decls = await db.conflictDeclaration.findMany({ where: { application: { competitionId: c.id } } });
      expect(decls.filter((d) => d.hasConflict)).toHaveLength(1);
      const sheets = await db.scoreSheet.findMany({ where: { application: { competitionId: c.id } } });
      expect(sheets.some((s) => s.status === 'SIGNED')).toBe(true);
      expect(sheets.some((s) => s.status === 'DRAFT')).toBe(true);

      const conflicted: string[] = [];
      for (const m of c.commissions[0]!.members) {
        if (!m.expert) continue;
        const e = m.expert;
        const profile = {
          operatorEmployee: e.operatorEmployee,
          ...(e.nominatedByOrganizationId ? { nominatedByOrgId: e.nominatedByOrganizationId } : {}),
          affiliatedOrgIds: e.affiliatedOrganizationIds,
          relativeOrgIds: e.relativesOrganizationIds,
          declaredConflictApplicationIds: decls.filter((d) => d.expertId === e.id && d.hasConflict).map((d) => d.applicationId),
        };
        for (const a of admitted) {
          const codes = conflictsOf(profile, { id: a.id, orgId: a.organizationId, partnerOrgIds: a.partners.flatMap((p) => (p.organizationId ? [p.organizationId] : [])) }, applicantOrgIds);
          const sheet = sheets.find((s) => s.expertId === e.id && s.applicationId === a.id);
          if (codes.length > 0) {
            conflicted.push(codes.join('+'));
            expect(sheet, `a conflicted expert (${codes.join(', ')}) must not have a sheet`).toBeUndefined();
          }
          if (sheet) expect(decls.some((d) => d.expertId === e.id && d.applicationId === a.id), 'CI-2: declared before scoring').toBe(true);
        }
      }
      // expert3's nominating NGO applied (detected from data); expert4 declared an affiliation and a conflict.
      expect(conflicted).toContain('NOMINATOR_APPLIED');
      expect(conflicted).toContain('AFFILIATED_APPLICANT+DECLARED');
    });
  });

  describe('the grant competition with published results', () => {
    it('SC-3 / SC-4 / SC-5: one lot held with a ranking and a winner within budget, one lot not held with its reason', async () => {
      const c = await testDb().competition.findFirstOrThrow({
        where: { kind: 'GRANT', status: 'RESULTS_PUBLISHED' },
        include: { decisions: { include: { rankingRows: { orderBy: { rank: 'asc' } }, lot: true } } },
      });
      expect(c.resultsPublishedAt!.getTime()).toBeLessThan(Date.now());
      const held = c.decisions.find((d) => d.outcome === 'HELD');
      const notHeld = c.decisions.find((d) => d.outcome === 'NOT_HELD');
      expect(NOT_HELD_REASONS).toContain(notHeld?.notHeldReason);
      const rows = held!.rankingRows;
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.map((r) => Number(r.score))).toEqual([...rows.map((r) => Number(r.score))].sort((a, b) => b - a));
      expect(Number(rows[0]!.score) * 100).toBeGreaterThan(25 * c.thresholdPercent!);
      const winners = rows.filter((r) => r.winner);
      expect(winners.length).toBeGreaterThanOrEqual(1);
      expect(winners.reduce((s, r) => s + r.awardedKzt!, 0n)).toBeLessThanOrEqual(held!.lot!.budgetKzt);
      for (const r of rows) expect(Number(r.score)).toBeCloseTo(r.pointsSum / r.expertsCount, 3);
    });

    it('MO-1: the winner has an agreement with a prepayment ≤ 40%, tranches summing to the amount and an interim report due', async () => {
      const a = await testDb().agreement.findFirstOrThrow({ include: { tranches: true, reports: true, application: true, competition: true } });
      expect(a.application.status).toBe('WINNER');
      expect(a.prepaymentKzt! * 100n).toBeLessThanOrEqual(a.amountKzt * BigInt(a.competition.prepaymentMaxPercent!));
      expect(a.tranches.length).toBeGreaterThanOrEqual(2);
      expect(a.tranches.reduce((s, t) => s + t.amountKzt, 0n)).toBe(a.amountKzt);
      expect(a.tranches.find((t) => t.isPrepayment)?.amountKzt).toBe(a.prepaymentKzt);
      expect(a.reports.some((r) => r.kind === 'INTERIM' && r.dueOn.getTime() > Date.now() - DAY)).toBe(true);
    });
  });

  describe('grant application forms, receipts and documents (issue 4)', () => {
    it('every submitted grant application has the five annexes complete for its competition and lot, with a budget equal to the amount requested', async () => {
      const apps = (await grantApplications()).filter((a) => a.status !== 'DRAFT');
      expect(apps.length).toBeGreaterThanOrEqual(11);
      for (const a of apps) {
        const label = `${a.projectTitleKk} (${a.status})`;
        expect(a.formVersion, label).toBe(GRANT_FORM_VERSION);
        expect(a.sections.map((s) => s.key).sort(), label).toEqual([...GRANT_SECTION_KEYS]);
        expect(a.sections.every((s) => s.complete), label).toBe(true);
        const completeness = applicationCompleteness(a.sections, formContext(a));
        expect({ label, sections: Object.fromEntries(Object.entries(completeness.sections).map(([k, v]) => [k, [...v.missing, ...v.errors.map((e) => `${e.path}:${e.code}`)]])), errors: completeness.errors }).toEqual({
          label,
          sections: Object.fromEntries(GRANT_SECTION_KEYS.map((k) => [k, []])),
          errors: [],
        });
        expect(completeness.complete, label).toBe(true);
        const annex1 = a.sections.find((s) => s.key === 'annex1')!.data as { requestedKzt: number; ownContributionKzt: number; projectTitle: { kk: string; ru: string } };
        expect(annex1.requestedKzt, label).toBe(Number(a.requestedKzt));
        expect(annex1.ownContributionKzt, label).toBe(Number(a.ownContributionKzt));
        expect(annex1.projectTitle, label).toEqual({ kk: a.projectTitleKk, ru: a.projectTitleRu });
        const budget = annex5BudgetSummary(a.sections.find((s) => s.key === 'annex5')!.data, formContext(a));
        expect(budget.total, label).toBe(Number(a.requestedKzt));
        expect(BigInt(budget.total) <= a.lot!.budgetKzt, label).toBe(true);
        expect(budget.institutionalSupport * 10, label).toBeLessThanOrEqual(budget.total);
        expect(budget.violations, label).toEqual([]);
      }
      // Each project is described in its own words, in Kazakh and in Russian.
      const problems = apps.map((a) => (a.sections.find((s) => s.key === 'annex4')!.data as { problem: { kk: string; ru: string } }).problem);
      expect(new Set(problems.map((p) => p.kk)).size).toBe(apps.length);
      expect(new Set(problems.map((p) => p.ru)).size).toBe(apps.length);
      expect(problems.every((p) => p.kk.length > 40 && p.ru.length > 40)).toBe(true);
    });

    it('receipts: numbered from the sequence in order of receipt, and every receipt hash recomputes from the frozen application', async () => {
      const db = testDb();
      const submitted = await db.application.findMany({ where: { submittedAt: { not: null } }, include: { competition: true }, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }] });
      expect(submitted.length).toBeGreaterThanOrEqual(11);
      const numbers: bigint[] = [];
      for (const a of submitted) {
        expect(a.receiptNumber, a.id).toMatch(RECEIPT_NUMBER_PATTERN);
        const n = BigInt(a.receiptNumber!.split('-')[2]!);
        expect(a.receiptNumber).toBe(formatReceiptNumber(a.competition.kind, a.submittedAt!, n));
        numbers.push(n);
        const frozen = await loadApplicationForSubmission(db, a.id);
        expect(receiptHash(receiptSnapshotOf(frozen!, a.receiptNumber!, a.submittedAt!)), a.receiptNumber!).toBe(a.receiptHash);
      }
      expect(numbers).toEqual(numbers.map((_, i) => BigInt(i + 1)));
      // The next real submission continues the same sequence.
      const [{ n }] = (await db.$queryRaw<{ n: bigint }[]>`SELECT last_value AS "n" FROM application_receipt_seq`) as [{ n: bigint }];
      expect(n).toBe(BigInt(submitted.length));
      expect(await db.application.count({ where: { submittedAt: null, OR: [{ receiptNumber: { not: null } }, { receiptHash: { not: null } }] } })).toBe(0);
    });

    it('the status history: DRAFT → SUBMITTED by the head at the instant of receipt, admission by the operator, each step from the previous one', async () => {
      const operator = await testDb().user.findUniqueOrThrow({ where: { email: 'operator@demeu.kz' } });
      for (const a of (await grantApplications()).filter((x) => x.status !== 'DRAFT')) {
        const head = a.organization.memberships[0]!.userId;
        const h = a.statusChanges;
        expect(h[0], a.projectTitleKk ?? a.id).toMatchObject({ fromStatus: 'DRAFT', toStatus: 'SUBMITTED', at: a.submittedAt, actorId: head });
        expect(a.submittedById).toBe(head);
        h.forEach((c, i) => {
          if (i > 0) expect(c.fromStatus).toBe(h[i - 1]!.toStatus);
        });
        expect(h[h.length - 1]!.toStatus).toBe(a.status);
        const admission = h.find((c) => c.toStatus === 'ADMITTED' || c.toStatus === 'NOT_ADMITTED');
        expect(admission, a.projectTitleKk ?? a.id).toMatchObject({ fromStatus: 'SUBMITTED', actorId: operator.id, at: a.admissionDecisions[0]!.decidedAt });
        expect(a.admissionDecisions[0]).toMatchObject({ admitted: admission!.toStatus === 'ADMITTED', decidedById: operator.id });
      }
    });

    it("every submitted application's document checklist is satisfied by real files in the store", async () => {
      const charter = await readFile(path.join(projectRoot, 'tests/fixtures/files/charter.pdf'));
      const sha = createHash('sha256').update(charter).digest('hex');
      const apps = (await grantApplications()).filter((a) => a.status !== 'DRAFT');
      for (const a of apps) {
        const checklist = attachmentChecklist(
          parseRequiredDocuments(a.competition.requiredDocuments),
          a.attachments.map((f) => ({ kind: f.kind, language: f.language as DocumentLanguage | null })),
          a.competition.languages as DocumentLanguage[],
          a.competition.allLanguagesRequired,
        );
        expect(checklist.missing.map((m) => m.kind), a.projectTitleKk ?? a.id).toEqual([]);
        expect(checklist.complete).toBe(true);
        expect(a.attachments.map((f) => f.kind).sort()).toEqual(['balance', 'charter', 'own_contribution', 'partner_consents']);
        for (const f of a.attachments) {
          expect(f).toMatchObject({ mimeType: 'application/pdf', sizeBytes: charter.byteLength, sha256: sha, language: 'kk', uploadedById: a.organization.memberships[0]!.userId });
          expect(f.fileName).toMatch(/\.pdf$/);
          expect(f.uploadedAt.getTime()).toBeLessThanOrEqual(a.submittedAt!.getTime());
          const stored = await readFile(storage.pathOf(f.storageKey));
          expect(createHash('sha256').update(stored).digest('hex')).toBe(f.sha256);
        }
      }
      const keys = (await testDb().attachment.findMany({ select: { storageKey: true } })).map((f) => f.storageKey);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it("the draft of «Жасыл қала» is half way: annexes 1–2 complete, 3–5 partly filled, all valid for autosave, no documents or receipt", async () => {
      const draft = (await grantApplications()).find((a) => a.status === 'DRAFT' && a.competition.status === 'OPEN')!;
      expect(draft.formVersion).toBe(GRANT_FORM_VERSION);
      const ctx = formContext(draft);
      for (const key of GRANT_SECTION_KEYS) {
        const row = draft.sections.find((s) => s.key === key);
        expect(row, key).toBeDefined();
        expect(grantSectionDraftSchemas[key].safeParse(row!.data).success, key).toBe(true);
        expect(grantSectionDraftSchemaFor(key, ctx).safeParse(row!.data).success, key).toBe(true);
      }
      const completeness = applicationCompleteness(draft.sections, ctx);
      expect(completeness.completeKeys).toEqual(['annex1', 'annex2']);
      expect(Object.fromEntries(draft.sections.map((s) => [s.key, s.complete]))).toEqual({ annex1: true, annex2: true, annex3: false, annex4: false, annex5: false });
      const annex3 = draft.sections.find((s) => s.key === 'annex3')!.data as Record<string, unknown>;
      const annex4 = draft.sections.find((s) => s.key === 'annex4')!.data as Record<string, unknown>;
      const annex5 = draft.sections.find((s) => s.key === 'annex5')!.data as { lines: unknown[] };
      expect(Object.keys(annex3).length).toBeGreaterThan(0);
      expect(Object.keys(annex4).length).toBeGreaterThan(0);
      expect(annex5.lines.length).toBeGreaterThanOrEqual(2);
      expect(annex5BudgetSummary(annex5).total).toBeGreaterThan(0);
      expect(draft.attachments).toEqual([]);
      expect([draft.submittedAt, draft.receiptNumber, draft.receiptHash]).toEqual([null, null, null]);
      const reminder = await testDb().notification.findFirstOrThrow({ where: { templateKey: 'application.draft_incomplete', objectId: draft.id } });
      expect((reminder.payload as { missingSections: string[] }).missingSections).toEqual(['annex3', 'annex4', 'annex5']);
    });

    it('NGO database reports read back through the portal reader unchanged, complete in both languages (DB-6)', async () => {
      const reports = await testDb().ngoDatabaseReport.findMany();
      expect(reports.length).toBeGreaterThan(0);
      for (const r of reports) {
        const form = fromLanguageDocuments(r.sectionsKk, r.sectionsRu);
        expect(ngoDatabaseReportSchema.safeParse(form).success, r.id).toBe(true);
        expect(missingReportFields(form), r.id).toEqual([]);
        expect(toLanguageDocuments(form)).toEqual({ kk: r.sectionsKk, ru: r.sectionsRu });
        expect(form.founders.items.length).toBeGreaterThan(0);
        expect(form.finances.sources.reduce((s, x) => s + (x.amountKzt ?? 0), 0)).toBeGreaterThan(0);
      }
    });
  });

  describe('scores and money everywhere', () => {
    it('SC-1 / SC-2: every criterion score lies within its criterion range; signed sheets are complete and totalled', async () => {
      const sheets = await testDb().scoreSheet.findMany({ include: { scores: true, application: { include: { competition: true } } } });
      expect(sheets.length).toBeGreaterThan(0);
      for (const s of sheets) {
        const criteria = s.application.competition.criteria as unknown as Criterion[];
        for (const v of s.scores) {
          const c = criteria.find((x) => x.id === v.criterionId);
          expect(c, v.criterionId).toBeDefined();
          expect(v.value).toBeGreaterThanOrEqual(c!.min);
          expect(v.value).toBeLessThanOrEqual(c!.max);
        }
        if (s.status === 'SIGNED') {
          const r = sheetTotal(criteria, Object.fromEntries(s.scores.map((v) => [v.criterionId, v.value])));
          expect(r).toEqual({ ok: true, total: s.total });
        }
      }
    });

    it("no application asks for more than its lot's budget", async () => {
      const apps = await testDb().application.findMany({ where: { requestedKzt: { not: null } }, include: { lot: true } });
      expect(apps.length).toBeGreaterThan(0);
      for (const a of apps) expect(a.requestedKzt!).toBeLessThanOrEqual(a.lot!.budgetKzt);
    });
  });

  describe('the NGO award and the social order', () => {
    it('AW-3 / AW-14: the award cycle has the MRP of its year, and nominations in two directions with ≥ 2 recommendations each', async () => {
      const db = testDb();
      const c = await db.competition.findFirstOrThrow({
        where: { kind: 'AWARD', applications: { some: {} } },
        include: { applications: { include: { awardNomination: { include: { recommendations: true } } } } },
      });
      // The next cycle is announced early (AW-5: by 1 July) and open until 1 September (AW-6).
      const next = await db.competition.findFirstOrThrow({ where: { kind: 'AWARD', year: c.year + 1 }, include: { lots: true, applications: true } });
      expect(next.status).toBe('OPEN');
      expect(next.applications).toHaveLength(0);
      expect(next.lots.length).toBe(15);
      expect(next.deadlineAt!.getTime()).toBeGreaterThan(Date.now());
      const rate = await db.mrpRate.findUnique({ where: { year: c.year } });
      if (rate) expect(c.mrpKzt).toBe(rate.amountKzt);
      expect(COMPETITION_STATUSES).toContain(c.status);
      const noms = c.applications.map((a) => a.awardNomination!);
      expect(new Set(noms.map((n) => n.directionId)).size).toBe(2);
      for (const n of noms) {
        expect(n.recommendations.length).toBeGreaterThanOrEqual(2);
        expect(n.recommendationsCount).toBe(n.recommendations.length);
      }
      // AW-13: one direction per NGO per cycle.
      expect(new Set(c.applications.map((a) => a.organizationId)).size).toBe(c.applications.length);
    });

    it('SO-2 / MO-1: the akimat social order is open with a specification, dumping 20% and prepayment ≤ 50%, after a public discussion', async () => {
      const c = await testDb().competition.findFirstOrThrow({
        where: { kind: 'SOCIAL_ORDER', status: 'OPEN' },
        include: { lots: true, organizer: true, plan: { include: { topics: { include: { comments: true } } } } },
      });
      expect(c.status).toBe('OPEN');
      expect(c.deadlineAt!.getTime()).toBeGreaterThan(Date.now());
      expect(c.organizer.kind).toBe('STATE_BODY');
      expect([c.dumpingPercent, c.prepaymentMaxPercent]).toEqual([20, 50]);
      expect(c.lots).toHaveLength(1);
      expect(c.lots[0]!.budgetKzt).toBe(c.allocatedKzt);
      expect(c.lots[0]!.specification).not.toBeNull();
      expect(c.plan!.topics.flatMap((t) => t.comments).length).toBeGreaterThanOrEqual(2);
    });
  });

  describe('idempotence', () => {
    it('seeding again skips and duplicates nothing; the audit trail holds only the seeded creative-order run', async () => {
      const db = testDb();
      const before = await Promise.all([db.user.count(), db.organization.count(), db.competition.count(), db.application.count()]);
      const messages: string[] = [];
      const again = await seedDemo(db, { log: (m) => messages.push(m) });
      expect(again.skipped).toBe(true);
      expect(messages).toEqual(['Demo data already present — skipping']);
      expect(await Promise.all([db.user.count(), db.organization.count(), db.competition.count(), db.application.count()])).toEqual(before);
      await seed(db, { log: quiet });
      expect(await db.user.count()).toBe(before[0]);
      // The one event is yesterday's 18:00 allocation run, made by the real service (its snapshot explains the run).
      const events = await db.auditEvent.findMany({ select: { action: true, objectType: true, actorId: true } });
      expect(events).toEqual([{ action: 'creative_allocation.run', objectType: 'CreativeAllocationRun', actorId: null }]);
    });
  });
});
