import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { can, type Actor, type Subject } from '@/lib/auth/policy';
import { isOnTime } from '@/lib/rules';
import { applicationExpertAccess } from '@/lib/services/coi/expert-access';
import { parseRequiredDocuments } from '@/lib/validation/competition-settings';

type Db = PrismaClient | Prisma.TransactionClient;

/** The kind of a file that is not on the competition's checklist (e.g. an extra letter of support). */
export const OTHER_DOCUMENT_KIND = 'other';

/** Loads an application with what attachment decisions need (competition rules and its reviewers). */
export async function loadApplicationForAttachments(db: Db, applicationId: string) {
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      organizationId: true,
      status: true,
      competition: {
        select: {
          id: true,
          titleKk: true,
          titleRu: true,
          titleEn: true,
          deadlineAt: true,
          requiredDocuments: true,
          languages: true,
          allLanguagesRequired: true,
        },
      },
    },
  });
  if (!application) return null;
  const { competition, ...rest } = application;
  const { requiredDocuments, ...competitionRest } = competition;
  // CI-1 / CI-2: the commission's experts, who declared "no conflict", who is conflicted (declared or automatic).
  const experts = (await applicationExpertAccess(db, applicationId)) ?? { assignedExpertIds: [], noConflictExpertIds: [], conflictedExpertIds: [] };
  return {
    ...rest,
    competition: { ...competitionRest, requiredDocuments: parseRequiredDocuments(requiredDocuments) },
    ...experts,
  };
}
export type ApplicationForAttachments = NonNullable<Awaited<ReturnType<typeof loadApplicationForAttachments>>>;

/** The policy's view of the application, with its reviewers filled in (CI-1). */
export function applicationSubject(application: ApplicationForAttachments): Subject {
  return {
    type: 'application',
    organizationId: application.organizationId,
    status: application.status,
    assignedExpertIds: application.assignedExpertIds,
    noConflictExpertIds: application.noConflictExpertIds,
    conflictedExpertIds: application.conflictedExpertIds,
  };
}

export type AttachmentEditRefusal = 'applicationNotFound' | 'forbidden' | 'applicationFrozen' | 'deadlinePassed';

/**
 * May this actor add or remove documents of the application right now? Only a member of
 * the applicant NGO, only while the application is a DRAFT (submitted means frozen —
 * L1175, L1527) and only up to the deadline by the server clock (DL-1).
 * Refusals are ordered so that an outsider learns nothing about the application.
 */
export function attachmentEditRefusal(actor: Actor, application: ApplicationForAttachments, now: Date): AttachmentEditRefusal | null {
  const subject = applicationSubject(application);
  if (!can(actor, 'read', subject)) return 'applicationNotFound';
  const member = actor.role === 'NGO' && actor.organizationIds.includes(application.organizationId);
  if (!member) return 'forbidden';
  if (!can(actor, 'update', subject)) return 'applicationFrozen';
  const deadline = application.competition.deadlineAt;
  if (deadline && !isOnTime(now, deadline)) return 'deadlinePassed'; // DL-1
  return null;
}
