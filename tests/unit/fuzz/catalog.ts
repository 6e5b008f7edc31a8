import type { z } from 'zod';
import { decideAdmissionInputSchema } from '@/lib/services/admission/admission-input';
import { amendAgreementSchema, generateAgreementSchema, requisitesInputSchema, returnAmountSchema } from '@/lib/services/agreements/agreement-input';
import { selectAwardLaureatesSchema } from '@/lib/services/awards/award-input';
import { declarationInputSchema } from '@/lib/services/coi/declaration-input';
import { appointOfficersSchema, approveCommissionSchema, replaceMemberSchema, saveCompositionSchema, sendCoiFormsSchema } from '@/lib/services/commission/commission-input';
import { directCommissionSchema } from '@/lib/services/commission/direct-commission';
import { openDirectScoringSchema } from '@/lib/services/commission/open-direct-scoring';
import { createCompetitionSchema, updateCompetitionSettingsSchema } from '@/lib/services/competitions/competition-settings-input';
import { creativeProviderDraftSchema, requestCreativePlaceInputSchema } from '@/lib/services/creative-order/creative-order-input';
import { commentSchema, evaluationDeclarationSchema, evaluationScoreSchema, formCouncilSchema, publishReportSchema, respondSchema } from '@/lib/services/evaluation/evaluation-input';
import { expertPasswordSchema, inviteExpertSchema, updateExpertSchema } from '@/lib/services/experts/expert-input';
import { completeMeasureInputSchema, monitoringVisitInputSchema } from '@/lib/services/monitoring/monitoring-input';
import { planTopicSchema } from '@/lib/services/plans/plan-topic-input';
import { reviewTopicProposalSchema, topicProposalDraftSchema } from '@/lib/services/plans/topic-proposal-input';
import { meetingInputSchema } from '@/lib/services/results/meeting-input';
import { scoreSheetInputSchema } from '@/lib/services/scoring/score-rules';
import { openPlanDiscussionSchema } from '@/lib/services/social-order/open-plan-discussion';
import { reviewTopicCommentSchema } from '@/lib/services/social-order/review-topic-comment';
import { topicCommentSchema } from '@/lib/services/social-order/submit-topic-comment';
import { createStrategicPartnershipSchema, spCompetitionStepSchema } from '@/lib/services/strategic-partnership/input';
import { reviewNgoDatabaseReportInputSchema, saveNgoDatabaseReportInputSchema } from '@/lib/validation/ngo-database-report';
import { invitationAccountSchema, organizationProfileSchema, staffInvitationSchema, statusFlagChangeSchema } from '@/lib/validation/organization-profile';
import { registrationSchema } from '@/lib/validation/registration';
import { changeUserAccessSchema, revokeUserSessionsSchema } from '@/lib/validation/user-access';
import { reviewReportInputSchema } from '@/lib/validation/reports/review-input';
import { applicationFormFor } from '@/lib/validation/forms/registry';

/**
 * Every input schema a server action ('use server' files under app/**) imports from lib/**
 * and parses with `.safeParse(...)`, with the kk message files whose namespaces render its
 * issue messages (the action's form shows `t(`<ns>.errors.${code}`)` or the common
 * `errors.*`). `action` names the file that parses it (kept in sync by hand; the
 * catalogue test re-derives the list from the sources and fails on a new schema).
 */
export type SchemaEntry = {
  name: string;
  schema: z.ZodType;
  areas: string[];
  action: string;
  /** The action shows this one refusal code for any parse failure instead of the issue messages. */
  collapsesTo?: string;
};

export const ACTION_SCHEMAS: SchemaEntry[] = [
  { name: 'decideAdmissionInputSchema', schema: decideAdmissionInputSchema, areas: ['admission'], action: 'app/operator/competitions/[id]/admission/[applicationId]/actions.ts' },
  { name: 'amendAgreementSchema', schema: amendAgreementSchema, areas: ['agreements'], action: 'app/operator/agreements/actions.ts' },
  { name: 'generateAgreementSchema', schema: generateAgreementSchema, areas: ['agreements'], action: 'app/operator/agreements/actions.ts' },
  { name: 'requisitesInputSchema', schema: requisitesInputSchema, areas: ['agreements'], action: 'app/ngo/agreements/actions.ts' },
  { name: 'returnAmountSchema', schema: returnAmountSchema, areas: ['agreements'], action: 'app/operator/agreements/actions.ts' },
  { name: 'selectAwardLaureatesSchema', schema: selectAwardLaureatesSchema, areas: ['awards'], action: 'app/operator/awards/[id]/actions.ts' },
  { name: 'declarationInputSchema', schema: declarationInputSchema, areas: ['scoring'], action: 'app/expert/competitions/[id]/coi/actions.ts' },
  { name: 'appointOfficersSchema', schema: appointOfficersSchema, areas: ['experts'], action: 'app/operator/competitions/[id]/commission/actions.ts' },
  { name: 'approveCommissionSchema', schema: approveCommissionSchema, areas: ['experts'], action: 'app/operator/competitions/[id]/commission/actions.ts' },
  { name: 'replaceMemberSchema', schema: replaceMemberSchema, areas: ['experts'], action: 'app/operator/competitions/[id]/commission/actions.ts' },
  { name: 'saveCompositionSchema', schema: saveCompositionSchema, areas: ['experts'], action: 'app/operator/competitions/[id]/commission/actions.ts' },
  { name: 'sendCoiFormsSchema', schema: sendCoiFormsSchema, areas: ['experts'], action: 'app/operator/competitions/[id]/commission/actions.ts' },
  { name: 'directCommissionSchema', schema: directCommissionSchema, areas: ['commission'], action: 'app/operator/direct-commission-actions.ts' },
  { name: 'openDirectScoringSchema', schema: openDirectScoringSchema, areas: ['commission'], collapsesTo: 'invalidInput', action: 'app/operator/direct-commission-actions.ts' },
  { name: 'createCompetitionSchema', schema: createCompetitionSchema, areas: ['competitionSetup'], action: 'app/operator/competitions/new/actions.ts' },
  { name: 'updateCompetitionSettingsSchema', schema: updateCompetitionSettingsSchema, areas: ['competitionSetup'], action: 'app/operator/competitions/[id]/settings/actions.ts' },
  { name: 'creativeProviderDraftSchema', schema: creativeProviderDraftSchema, areas: ['creativeOrder'], action: 'app/ngo/creative-order/actions.ts' },
  { name: 'requestCreativePlaceInputSchema', schema: requestCreativePlaceInputSchema, areas: ['creativeOrder'], action: 'app/(public)/creative-clubs/[id]/actions.ts' },
  { name: 'commentSchema', schema: commentSchema, areas: ['monitoring'], action: 'app/(public)/evaluations/[id]/actions.ts' },
  { name: 'evaluationDeclarationSchema', schema: evaluationDeclarationSchema, areas: ['monitoring'], action: 'app/expert/evaluations/[id]/actions.ts' },
  { name: 'evaluationScoreSchema', schema: evaluationScoreSchema, areas: ['monitoring'], action: 'app/expert/evaluations/[id]/actions.ts' },
  { name: 'formCouncilSchema', schema: formCouncilSchema, areas: ['monitoring'], action: 'app/operator/evaluations/actions.ts' },
  { name: 'publishReportSchema', schema: publishReportSchema, areas: ['monitoring'], action: 'app/operator/evaluations/actions.ts' },
  { name: 'respondSchema', schema: respondSchema, areas: ['monitoring'], action: 'app/operator/evaluations/actions.ts' },
  { name: 'expertPasswordSchema', schema: expertPasswordSchema, areas: ['experts'], action: 'app/(public)/expert-invitations/[token]/actions.ts' },
  { name: 'inviteExpertSchema', schema: inviteExpertSchema, areas: ['experts'], action: 'app/operator/experts/actions.ts' },
  { name: 'updateExpertSchema', schema: updateExpertSchema, areas: ['experts'], action: 'app/operator/experts/actions.ts' },
  { name: 'completeMeasureInputSchema', schema: completeMeasureInputSchema, areas: ['monitoring'], action: 'app/operator/monitoring/[agreementId]/actions.ts' },
  { name: 'monitoringVisitInputSchema', schema: monitoringVisitInputSchema, areas: ['monitoring'], action: 'app/operator/monitoring/[agreementId]/actions.ts' },
  { name: 'planTopicSchema', schema: planTopicSchema, areas: ['competitionSetup'], action: 'app/operator/plans/actions.ts' },
  { name: 'reviewTopicProposalSchema', schema: reviewTopicProposalSchema, areas: ['competitionSetup'], action: 'app/operator/topic-proposals/actions.ts' },
  { name: 'topicProposalDraftSchema', schema: topicProposalDraftSchema, areas: ['competitionSetup'], action: 'app/ngo/topic-proposals/actions.ts' },
  { name: 'meetingInputSchema', schema: meetingInputSchema, areas: ['results'], action: 'app/operator/competitions/[id]/results/actions.ts' },
  { name: 'scoreSheetInputSchema', schema: scoreSheetInputSchema, areas: ['scoring'], action: 'app/expert/applications/[id]/score/actions.ts' },
  { name: 'openPlanDiscussionSchema', schema: openPlanDiscussionSchema, areas: ['socialOrder'], action: 'app/operator/social-order/discussions/[planId]/actions.ts' },
  { name: 'reviewTopicCommentSchema', schema: reviewTopicCommentSchema, areas: ['socialOrder'], action: 'app/operator/social-order/discussions/[planId]/actions.ts' },
  { name: 'topicCommentSchema', schema: topicCommentSchema, areas: ['socialOrder'], action: 'app/(public)/social-order/[planId]/actions.ts' },
  { name: 'createStrategicPartnershipSchema', schema: createStrategicPartnershipSchema, areas: ['strategicPartnership'], action: 'app/operator/strategic-partnership/new/actions.ts' },
  { name: 'spCompetitionStepSchema', schema: spCompetitionStepSchema, areas: ['strategicPartnership'], action: 'app/operator/strategic-partnership/[id]/actions.ts' },
  { name: 'reviewNgoDatabaseReportInputSchema', schema: reviewNgoDatabaseReportInputSchema, areas: ['ngoReport'], action: 'app/operator/database-reports/[id]/actions.ts' },
  { name: 'saveNgoDatabaseReportInputSchema', schema: saveNgoDatabaseReportInputSchema, areas: ['ngoReport'], action: 'app/ngo/database-report/actions.ts' },
  { name: 'invitationAccountSchema', schema: invitationAccountSchema, areas: ['organization'], action: 'app/(public)/invitations/[token]/actions.ts' },
  { name: 'organizationProfileSchema', schema: organizationProfileSchema, areas: ['organization'], action: 'app/ngo/profile/actions.ts' },
  { name: 'staffInvitationSchema', schema: staffInvitationSchema, areas: ['organization'], action: 'app/ngo/members/actions.ts' },
  { name: 'statusFlagChangeSchema', schema: statusFlagChangeSchema, areas: ['organization'], action: 'app/operator/organizations/[id]/actions.ts' },
  { name: 'registrationSchema', schema: registrationSchema, areas: ['public'], action: 'app/(public)/register/actions.ts' },
  { name: 'changeUserAccessSchema', schema: changeUserAccessSchema, areas: ['cabinets'], action: 'app/admin/users/[id]/actions.ts' },
  { name: 'revokeUserSessionsSchema', schema: revokeUserSessionsSchema, areas: ['cabinets'], action: 'app/admin/users/[id]/actions.ts' },
  { name: 'reviewReportInputSchema', schema: reviewReportInputSchema, areas: ['reports'], collapsesTo: 'invalidInput', action: 'app/operator/agreements/[id]/reports/[reportId]/actions.ts' },
];

/** Application-form section draft schemas (app/ngo/applications/[id]/sections/[key]/actions.ts). */
export function applicationSectionSchemas(): SchemaEntry[] {
  const out: SchemaEntry[] = [];
  for (const kind of ['GRANT', 'SOCIAL_ORDER', 'AWARD', 'STRATEGIC_PARTNERSHIP'] as const) {
    const form = applicationFormFor(kind);
    if (!form) continue;
    for (const key of form.sectionKeys) {
      out.push({
        name: `${kind}:${key}`,
        schema: form.draftSchemaFor(key, { lotAmountKzt: 10_000_000, languages: ['kk', 'ru'], allLanguagesRequired: true }),
        areas: ['application', 'applicationForms'],
        action: 'app/ngo/applications/[id]/sections/[key]/actions.ts',
      });
    }
  }
  return out;
}
