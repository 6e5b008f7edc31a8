/** Creating an application with its sections, status history and admission decision. */
import type { ApplicationStatus } from '../../lib/rules';
import type { Locale, Prisma } from '../../lib/generated/prisma/client';
import { HEAD_EMAIL, org, user, type SeedContext } from './context';
import { sha256 } from './ids';
import type { NgoKey } from './people';

export interface StatusStep {
  to: ApplicationStatus;
  at: Date;
  actor?: string | null;
  reason?: string;
}

export interface ApplicationSeed {
  competitionId: string;
  lotId: string | null;
  ngo: NgoKey;
  formVersion: string;
  languages: Locale[];
  projectTitleKk: string;
  projectTitleRu: string;
  requestedKzt?: bigint | null;
  ownContributionKzt?: bigint | null;
  bidPriceKzt?: bigint | null;
  createdAt: Date;
  sections: Record<string, { data: Prisma.InputJsonValue; complete: boolean }>;
  /** Author of the sections (defaults to the NGO head). */
  editorEmail?: string;
  submittedAt?: Date;
  receiptNumber?: string;
  /** Status path after DRAFT (SUBMITTED first when submitted), in order. */
  steps: StatusStep[];
  admission?: { admitted: boolean; reasons: string[]; comment?: string; at: Date };
  statusReason?: string;
}

export async function createApplication(ctx: SeedContext, a: ApplicationSeed): Promise<string> {
  const { tx } = ctx;
  const headUser = user(ctx, HEAD_EMAIL[a.ngo]);
  const editor = a.editorEmail ? user(ctx, a.editorEmail) : headUser;
  const operatorUser = user(ctx, 'operator@demeu.kz');
  const last = a.steps[a.steps.length - 1];
  const status: ApplicationStatus = last?.to ?? 'DRAFT';
  const receiptHash = a.submittedAt ? sha256({ sections: a.sections, submittedAt: a.submittedAt.toISOString() }) : null;
  const app = await tx.application.create({
    data: {
      competitionId: a.competitionId,
      lotId: a.lotId,
      organizationId: org(ctx, a.ngo).id,
      status,
      formVersion: a.formVersion,
      languages: a.languages,
      projectTitleKk: a.projectTitleKk,
      projectTitleRu: a.projectTitleRu,
      requestedKzt: a.requestedKzt ?? null,
      ownContributionKzt: a.ownContributionKzt ?? null,
      bidPriceKzt: a.bidPriceKzt ?? null,
      submittedAt: a.submittedAt ?? null,
      submittedById: a.submittedAt ? headUser : null,
      receiptNumber: a.receiptNumber ?? null,
      receiptHash,
      statusReason: a.statusReason ?? null,
      version: Object.keys(a.sections).length + a.steps.length,
      createdById: headUser,
      createdAt: a.createdAt,
    },
    select: { id: true },
  });
  let i = 0;
  for (const [key, s] of Object.entries(a.sections)) {
    i += 1;
    const savedAt = ctx.clock.past(new Date(a.createdAt.getTime() + i * 47 * 60_000));
    await tx.applicationSection.create({
      data: {
        applicationId: app.id,
        key,
        data: s.data,
        complete: s.complete,
        version: 1,
        updatedById: editor,
        versions: { create: { version: 1, data: s.data, savedAt, savedById: editor } },
      },
    });
  }
  let from: ApplicationStatus = 'DRAFT';
  for (const step of a.steps) {
    await tx.applicationStatusChange.create({
      data: {
        applicationId: app.id,
        fromStatus: from,
        toStatus: step.to,
        at: step.at,
        actorId: step.actor === undefined ? (step.to === 'SUBMITTED' ? headUser : operatorUser) : step.actor,
        reason: step.reason ?? null,
      },
    });
    from = step.to;
  }
  if (a.admission) {
    await tx.admissionDecision.create({
      data: {
        applicationId: app.id,
        admitted: a.admission.admitted,
        reasons: a.admission.reasons,
        comment: a.admission.comment ?? null,
        decidedById: operatorUser,
        decidedAt: a.admission.at,
      },
    });
  }
  return app.id;
}
