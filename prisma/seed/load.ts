/**
 * The demo data of Demeu (issue 2): reference data, organisations and accounts, the
 * expert register, the 2026 grant plan and five competitions at different stages, all
 * dated relative to the moment the seed runs. Idempotent: a database that already has
 * users is left untouched.
 */
import { hash } from '@node-rs/argon2';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { fileStorage, type FileStorage } from '../../lib/storage';
import { issueReceipts } from './applications';
import { loadAgreementStage } from './agreements';
import { loadAwardCycle, loadNextAwardCycle } from './award';
import { loadAdmissionGrantCompetition } from './commission';
import { decreeTransfer, makeClock } from './clock';
import { loadCoiRoundGrantCompetition } from './coi-round';
import { loadCreativeOrder } from './creative-order';
import { user, type SeedContext } from './context';
import { DEMO_PASSWORD } from './demo-accounts';
import { loadCalendarOverrides, loadExperts, loadNgoDatabaseReports, loadOrganizationsAndUsers, loadReference } from './foundation';
import { loadGrantPlan, loadOpenGrantCompetition, loadPublishedGrantCompetition, loadScoringGrantCompetition } from './grants';
import { PEOPLE } from './people';
import { loadPostAwardMonitoring } from './post-award-monitoring';
import { loadMeetingGrantCompetition } from './results';
import { loadSocialOrder } from './social-order';
import { loadSocialOrderStages } from './social-order-stages';
import { loadStrategicPartnershipStages } from './strategic-partnership-stages';

export interface SeedOptions {
  /** The moment the demo is built around (default: now). */
  now?: Date;
  /** Where progress and the summary go (default: console.log). */
  log?: (message: string) => void;
  /** Where the documents of the demo applications go (default: the portal's store, `fileStorage()`). */
  storage?: FileStorage;
}

/** The PDF every demo document is made of: read at seed time, stored like an upload. */
function demoDocument(): { bytes: Uint8Array; sha256: string } {
  const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL('../../tests/fixtures/files/charter.pdf', import.meta.url))));
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export interface SeedSummary {
  skipped: boolean;
  counts: Record<string, number>;
  ms: number;
}

export async function seed(prisma: PrismaClient, options: SeedOptions = {}): Promise<void> {
  await seedDemo(prisma, options);
}

/** As seed(), returning what was done (for the CLI and the tests). */
export async function seedDemo(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? ((m: string) => console.log(m));
  const started = Date.now();
  if ((await prisma.user.count()) > 0) {
    log('Demo data already present — skipping');
    return { skipped: true, counts: {}, ms: Date.now() - started };
  }

  const now = options.now ?? new Date();
  const year = Number(makeClock(now, { extraDaysOff: [], extraWorkingDays: [] }).today.slice(0, 4));
  const transfer = decreeTransfer(year);
  const clock = makeClock(now, { extraDaysOff: [transfer.dayOff], extraWorkingDays: [transfer.workingSaturday] });

  // argon2id with the library defaults; hashed outside the transaction (CPU-bound).
  const hashes = await Promise.all(PEOPLE.map(async (p) => [p.email, await hash(DEMO_PASSWORD)] as const));
  const passwordHashes = new Map(hashes);
  const storage = options.storage ?? fileStorage();
  const document = demoDocument();

  await prisma.$transaction(
    async (tx) => {
      const ctx: SeedContext = {
        tx,
        clock,
        regions: new Map(),
        directions: new Map(),
        orgs: new Map(),
        users: new Map(),
        iins: new Map(),
        experts: new Map(),
        grantTopics: new Map(),
        grantPlanId: '',
        storage,
        document,
      };
      await loadReference(ctx);
      await loadOrganizationsAndUsers(ctx, passwordHashes);
      await loadCalendarOverrides(ctx);
      await loadNgoDatabaseReports(ctx);
      await loadExperts(ctx);
      await loadGrantPlan(ctx);
      const open = await loadOpenGrantCompetition(ctx);
      const scoring = await loadScoringGrantCompetition(ctx);
      await loadPublishedGrantCompetition(ctx);
      await loadMeetingGrantCompetition(ctx);
      await loadAdmissionGrantCompetition(ctx);
      await loadCoiRoundGrantCompetition(ctx);
      await loadAwardCycle(ctx);
      await loadNextAwardCycle(ctx);
      await loadSocialOrder(ctx);
      await loadCreativeOrder(ctx);
      await loadStrategicPartnershipStages(ctx);
      await loadSocialOrderStages(ctx);
      await loadAgreementStage(ctx);
      await loadPostAwardMonitoring(ctx);
      await issueReceipts(ctx);
      await loadNotifications(ctx, open, scoring);
    },
    { timeout: 120_000, maxWait: 20_000 },
  );

  const counts = await countRows(prisma);
  const ms = Date.now() - started;
  log(`Demo data loaded in ${(ms / 1000).toFixed(1)} s:`);
  log(
    Object.entries(counts)
      .map(([k, v]) => `  ${k.padEnd(24)} ${v}`)
      .join('\n'),
  );
  return { skipped: false, counts, ms };
}

async function loadNotifications(
  ctx: SeedContext,
  open: { competitionId: string; draftId: string; deadlineAt: Date; announcedAt: Date; missingSections: string[] },
  scoring: { competitionId: string; applicationIds: Map<string, string>; admissionAt: Date },
): Promise<void> {
  const { tx, clock } = ctx;
  const recipientId = user(ctx, 'ngo@demeu.kz');
  const announced = clock.minutesLater(open.announcedAt, 5);
  await tx.notification.createMany({
    data: [
      {
        channel: 'IN_APP',
        recipientId,
        templateKey: 'competition.announced',
        locale: 'kk',
        payload: { competitionId: open.competitionId, deadlineAt: open.deadlineAt.toISOString() },
        objectType: 'Competition',
        objectId: open.competitionId,
        dedupeKey: `competition.announced:${open.competitionId}:${recipientId}`,
        status: 'SENT',
        attempts: 1,
        nextAttemptAt: null,
        sentAt: announced,
        readAt: clock.minutesLater(announced, 95),
        createdAt: announced,
      },
      {
        channel: 'IN_APP',
        recipientId,
        templateKey: 'application.admitted',
        locale: 'kk',
        payload: { competitionId: scoring.competitionId, applicationId: scoring.applicationIds.get('B') ?? null },
        objectType: 'Application',
        objectId: scoring.applicationIds.get('B') ?? null,
        dedupeKey: `application.admitted:${scoring.applicationIds.get('B') ?? ''}`,
        status: 'SENT',
        attempts: 1,
        nextAttemptAt: null,
        sentAt: clock.minutesLater(scoring.admissionAt, 1),
        createdAt: clock.minutesLater(scoring.admissionAt, 1),
      },
      {
        channel: 'IN_APP',
        recipientId,
        templateKey: 'application.draft_incomplete',
        locale: 'kk',
        payload: { applicationId: open.draftId, missingSections: open.missingSections, deadlineAt: open.deadlineAt.toISOString() },
        objectType: 'Application',
        objectId: open.draftId,
        dedupeKey: `application.draft_incomplete:${open.draftId}`,
        status: 'SENT',
        attempts: 1,
        nextAttemptAt: null,
        sentAt: clock.past(clock.at(0, '09:00')),
        createdAt: clock.past(clock.at(0, '09:00')),
      },
    ],
  });
}

async function countRows(prisma: PrismaClient): Promise<Record<string, number>> {
  const [regions, directions, organizations, users, experts, ngoReports, plans, topics, competitions, lots, applications, attachments, scoreSheets, decisions, agreements, notifications] =
    await Promise.all([
      prisma.region.count(),
      prisma.direction.count(),
      prisma.organization.count(),
      prisma.user.count(),
      prisma.expert.count(),
      prisma.ngoDatabaseReport.count(),
      prisma.plan.count(),
      prisma.planTopic.count(),
      prisma.competition.count(),
      prisma.lot.count(),
      prisma.application.count(),
      prisma.attachment.count(),
      prisma.scoreSheet.count(),
      prisma.decision.count(),
      prisma.agreement.count(),
      prisma.notification.count(),
    ]);
  return { regions, directions, organizations, users, experts, ngoReports, plans, topics, competitions, lots, applications, attachments, scoreSheets, decisions, agreements, notifications };
}
