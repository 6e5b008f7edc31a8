import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { applicationScore } from '@/lib/rules';
import { applicationOverview, applicationSubject, organizationApplications, unreadNotificationCount } from '@/lib/queries/application-overview';
import { markNotificationsRead } from '@/lib/services/notifications/mark-notifications-read';
import { seed } from '@/prisma/seed/load';
import { disconnectTestDb, testDb } from './test-db';

// The demo data: «Жасыл қала» (ngo@demeu.kz) has a draft in the OPEN grant competition and
// a submitted application in the one being SCORED; «Алтай мұрасы» (ngo6@demeu.kz) won in the
// competition whose results are published.

async function ngoActor(email: string): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { where: { endedAt: null } } } });
  return {
    id: user.id,
    role: user.role,
    organizationIds: user.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: user.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: null,
  };
}

beforeAll(async () => {
  await seed(testDb(), { log: () => undefined });
});

afterAll(async () => {
  await disconnectTestDb();
});

describe('my applications and the overview (issue 4, part 6)', () => {
  it("lists the organisation's applications newest first", async () => {
    const ngo = await ngoActor('ngo@demeu.kz');
    const list = await organizationApplications(ngo.organizationIds);
    expect(list.length).toBeGreaterThanOrEqual(2);
    const created = list.map((a) => a.createdAt.getTime());
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(list.map((a) => a.status)).toContain('DRAFT');
  });

  it('a draft: the engine lists what is missing, the deadline is ahead, history and score are empty', async () => {
    const ngo = await ngoActor('ngo@demeu.kz');
    const draft = (await organizationApplications(ngo.organizationIds)).find((a) => a.status === 'DRAFT')!;
    const overview = (await applicationOverview(draft.id, new Date()))!;
    expect(overview.assessment.onTime).toBe(true);
    expect(overview.assessment.reasons.map((r) => r.code)).toContain('sectionIncomplete');
    expect(overview.assessment.ngoDatabaseReport.timeliness).toBe('ON_TIME');
    expect(overview.score).toBeNull();
  });

  it('sealed scoring: signed sheets exist but no score is shown before the results are published', async () => {
    const ngo = await ngoActor('ngo@demeu.kz');
    const submitted = (await organizationApplications(ngo.organizationIds)).find((a) => a.status === 'UNDER_REVIEW')!;
    const signed = await testDb().scoreSheet.count({ where: { applicationId: submitted.id, status: 'SIGNED' } });
    expect(signed).toBeGreaterThan(0);
    const overview = (await applicationOverview(submitted.id, new Date()))!;
    expect(overview.app.competition.status).toBe('SCORING');
    expect(overview.score).toBeNull();
    expect(overview.assessment.onTime).toBe(false);
    // The history: DRAFT → SUBMITTED → ADMITTED → UNDER_REVIEW, and the admission decision.
    expect(overview.history.filter((h) => h.kind === 'status').map((h) => h.what)).toEqual(['SUBMITTED', 'ADMITTED', 'UNDER_REVIEW']);
    expect(overview.admission).toMatchObject({ admitted: true });
  });

  it('after the results are published: the SC-2 score from the signed sheets and per-criterion averages', async () => {
    const ngo6 = await ngoActor('ngo6@demeu.kz');
    const won = (await organizationApplications(ngo6.organizationIds)).find((a) => a.status === 'WINNER')!;
    const overview = (await applicationOverview(won.id, new Date()))!;
    expect(overview.app.competition.status).toBe('RESULTS_PUBLISHED');
    const sheets = await testDb().scoreSheet.findMany({ where: { applicationId: won.id, status: 'SIGNED' }, include: { scores: true } });
    expect(overview.score).not.toBeNull();
    expect(overview.score!.score).toBe(applicationScore(sheets.map((s) => s.total!), 'mean'));
    expect(overview.score!.experts).toBe(sheets.length);
    const capacity = sheets.flatMap((s) => s.scores.filter((c) => c.criterionId === 'capacity').map((c) => c.value));
    expect(overview.score!.criteria.find((c) => c.id === 'capacity')?.average).toBe(capacity.reduce((a, b) => a + b, 0) / capacity.length);
    expect(overview.score!.criteria.map((c) => c.id)).toEqual(['capacity', 'specialists', 'content', 'results', 'budget_and_timeline']);
  });

  it('CI-1: the policy subject carries the commission experts and the declared conflicts', async () => {
    const ngo6 = await ngoActor('ngo6@demeu.kz');
    const won = (await organizationApplications(ngo6.organizationIds)).find((a) => a.status === 'WINNER')!;
    const subject = (await applicationSubject(won.id))!;
    expect(subject.organizationId).toBe(ngo6.organizationIds[0]);
    expect(subject.assignedExpertIds?.length).toBeGreaterThan(0);
  });
});

describe('notifications in the cabinet (issue 4, part 6)', () => {
  it('marks only the reader’s own notifications read; a forged id of someone else’s changes nothing', async () => {
    const ngo = await ngoActor('ngo@demeu.kz');
    const ngo2 = await ngoActor('ngo2@demeu.kz');
    const other = await testDb().notification.create({
      data: { channel: 'IN_APP', recipientId: ngo2.id, templateKey: 'application.submitted', locale: 'kk', status: 'SENT' },
    });
    const before = await unreadNotificationCount(ngo.id);
    expect(before).toBeGreaterThan(0);
    const mine = await testDb().notification.findMany({ where: { recipientId: ngo.id, channel: 'IN_APP', readAt: null }, select: { id: true } });

    const forged = await markNotificationsRead(testDb(), ngo, [other.id]);
    expect(forged).toEqual({ ok: true, count: 0 });
    expect((await testDb().notification.findUniqueOrThrow({ where: { id: other.id } })).readAt).toBeNull();

    const read = await markNotificationsRead(testDb(), ngo, [...mine.map((n) => n.id), other.id]);
    expect(read).toEqual({ ok: true, count: mine.length });
    expect(await unreadNotificationCount(ngo.id)).toBe(0);
    expect(await unreadNotificationCount(ngo2.id)).toBe(1);
  });
});
