import 'server-only';
import { db } from '@/lib/db';
import type { Actor, Subject } from '@/lib/auth/policy';
import { applicationScore, type Aggregation } from '@/lib/rules';
import { applicationExpertAccess } from '@/lib/services/coi/expert-access';
import { assessSubmission, loadApplicationForSubmission, type SubmissionAssessment } from '@/lib/services/applications/submit-application';

/** The competition statuses in which scores are public (sealed scoring, DESIGN.md principle 3). */
const SCORES_PUBLIC = new Set(['RESULTS_PUBLISHED']);

/**
 * The policy subject of an application: with its commission's experts, their declarations
 * and conflicts (CI-1, CI-2). Those lists decide only for experts: for an actor of another
 * role (`forRole`) they are left empty — fail closed, and the NGO's page skips the
 * commission queries it has no use for.
 */
export async function applicationSubject(applicationId: string, forRole?: Actor['role']): Promise<(Subject & { type: 'application' }) | null> {
  const app = await db.application.findUnique({ where: { id: applicationId }, select: { organizationId: true, status: true } });
  if (!app) return null;
  if (forRole !== undefined && forRole !== 'EXPERT') {
    return { type: 'application', organizationId: app.organizationId, status: app.status, assignedExpertIds: [], noConflictExpertIds: [], conflictedExpertIds: [] };
  }
  const experts = await applicationExpertAccess(db, applicationId);
  if (!experts) return null;
  return { type: 'application', organizationId: app.organizationId, status: app.status, ...experts };
}

export interface HistoryEntry {
  id: string;
  at: Date;
  actorName: string | null;
  kind: 'status' | 'audit';
  /** status: the new status; audit: the audit action (e.g. 'application.submitted'). */
  what: string;
  from: string | null;
  reason: string | null;
}

export interface PublishedScore {
  score: number;
  aggregation: Aggregation;
  experts: number;
  criteria: { id: string; titleKk: string | null; titleRu: string | null; average: number; max: number | null }[];
}

/**
 * Everything /ngo/applications/[id] shows (the caller has authorised the actor for it):
 * the application, the engine's assessment of submitting it now, its history (status
 * changes and audit events), the operator's latest admission decision, and — only once
 * the competition's results are published — the score from the signed sheets.
 */
export async function applicationOverview(applicationId: string, now: Date) {
  const app = await loadApplicationForSubmission(db, applicationId);
  if (!app) return null;
  const extra = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      createdAt: true,
      submittedBy: { select: { name: true } },
      organization: { select: { nameKk: true, nameRu: true, nameEn: true } },
      competition: { select: { resultsPublishedAt: true, aggregation: true, criteria: true } },
      sections: { select: { id: true, key: true, complete: true, updatedAt: true } },
      statusChanges: { orderBy: { at: 'asc' }, select: { id: true, at: true, fromStatus: true, toStatus: true, reason: true, actor: { select: { name: true } } } },
      admissionDecisions: { orderBy: { decidedAt: 'desc' }, take: 1, select: { admitted: true, reasons: true, comment: true, decidedAt: true } },
    },
  });
  const attachmentIds = (await db.attachment.findMany({ where: { applicationId }, select: { id: true } })).map((a) => a.id);
  const sectionIds = extra.sections.map((s) => s.id);
  const audit = await db.auditEvent.findMany({
    where: {
      OR: [
        { objectType: 'Application', objectId: applicationId },
        ...(sectionIds.length ? [{ objectType: 'ApplicationSection', objectId: { in: sectionIds } }] : []),
        ...(attachmentIds.length ? [{ objectType: 'Attachment', objectId: { in: attachmentIds } }] : []),
      ],
    },
    orderBy: { id: 'asc' },
    select: { id: true, occurredAt: true, action: true, reason: true, actor: { select: { name: true } } },
  });

  const history: HistoryEntry[] = [
    ...extra.statusChanges.map((s) => ({
      id: `s-${s.id}`,
      at: s.at,
      actorName: s.actor?.name ?? null,
      kind: 'status' as const,
      what: s.toStatus,
      from: s.fromStatus,
      reason: s.reason,
    })),
    ...audit.map((e) => ({
      id: `a-${e.id.toString()}`,
      at: e.occurredAt,
      actorName: e.actor?.name ?? null,
      kind: 'audit' as const,
      what: e.action,
      from: null,
      reason: e.reason,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));

  // Sealed scoring: nothing about scores leaves the database before the results are published.
  let score: PublishedScore | null = null;
  if (SCORES_PUBLIC.has(app.competition.status)) {
    const sheets = await db.scoreSheet.findMany({
      where: { applicationId, status: 'SIGNED', total: { not: null } },
      select: { total: true, scores: { select: { criterionId: true, value: true } } },
    });
    if (sheets.length > 0) {
      const aggregation: Aggregation = extra.competition.aggregation === 'SUM' ? 'sum' : 'mean';
      const definitions = Array.isArray(extra.competition.criteria) ? (extra.competition.criteria as Record<string, unknown>[]) : [];
      const byCriterion = new Map<string, number[]>();
      for (const sheet of sheets) for (const s of sheet.scores) byCriterion.set(s.criterionId, [...(byCriterion.get(s.criterionId) ?? []), s.value]);
      const order = [...definitions.map((d) => String(d.id)), ...[...byCriterion.keys()].filter((k) => !definitions.some((d) => d.id === k))];
      score = {
        score: applicationScore(
          sheets.map((s) => s.total ?? 0),
          aggregation,
        ),
        aggregation,
        experts: sheets.length,
        criteria: order
          .filter((id) => byCriterion.has(id))
          .map((id) => {
            const values = byCriterion.get(id) ?? [];
            const d = definitions.find((x) => x.id === id);
            return {
              id,
              titleKk: typeof d?.titleKk === 'string' ? d.titleKk : null,
              titleRu: typeof d?.titleRu === 'string' ? d.titleRu : null,
              average: values.reduce((sum, v) => sum + v, 0) / values.length,
              max: typeof d?.max === 'number' ? d.max : null,
            };
          }),
      };
    }
  }

  const assessment: SubmissionAssessment = await assessSubmission(db, app, now);
  return {
    app,
    createdAt: extra.createdAt,
    submittedByName: extra.submittedBy?.name ?? null,
    organizationNames: extra.organization,
    resultsPublishedAt: extra.competition.resultsPublishedAt,
    sections: extra.sections,
    history,
    admission: extra.admissionDecisions[0] ?? null,
    score,
    assessment,
  };
}

export type ApplicationOverview = NonNullable<Awaited<ReturnType<typeof applicationOverview>>>;

/** The organisation's applications, newest first (the caller has authorised the organisations). */
export function organizationApplications(organizationIds: string[]) {
  return db.application.findMany({
    where: { organizationId: { in: organizationIds } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      receiptNumber: true,
      projectTitleKk: true,
      projectTitleRu: true,
      createdAt: true,
      competition: { select: { id: true, titleKk: true, titleRu: true, titleEn: true, deadlineAt: true } },
      lot: { select: { number: true, titleKk: true, titleRu: true, titleEn: true } },
    },
  });
}

/** Unread in-cabinet notifications of a user. */
export function unreadNotificationCount(userId: string) {
  return db.notification.count({ where: { recipientId: userId, channel: 'IN_APP', readAt: null } });
}
