-- CreateEnum
CREATE TYPE "Role" AS ENUM ('NGO', 'OPERATOR', 'EXPERT', 'ADMIN');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('kk', 'ru', 'en');

-- CreateEnum
CREATE TYPE "CompetitionKind" AS ENUM ('GRANT', 'SOCIAL_ORDER', 'AWARD', 'CREATIVE_ORDER', 'STRATEGIC_PARTNERSHIP');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('NGO', 'OPERATOR', 'STATE_BODY');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('PUBLIC_ASSOCIATION', 'FOUNDATION', 'INSTITUTION', 'ASSOCIATION_OF_LEGAL_ENTITIES', 'NON_COMMERCIAL_JSC', 'CONSUMER_COOPERATIVE', 'AUTONOMOUS_EDUCATION_ORGANIZATION', 'CONDOMINIUM_ASSOCIATION', 'RELIGIOUS_ASSOCIATION', 'POLITICAL_PARTY', 'TRADE_UNION', 'STATE_INSTITUTION', 'OTHER');

-- CreateEnum
CREATE TYPE "OrgMemberRole" AS ENUM ('HEAD', 'STAFF');

-- CreateEnum
CREATE TYPE "OrgPersonRole" AS ENUM ('HEAD', 'FOUNDER', 'BOARD_MEMBER', 'STAFF', 'MEMBER');

-- CreateEnum
CREATE TYPE "BudgetLevel" AS ENUM ('REPUBLICAN', 'CAPITAL', 'CITY_REPUBLICAN', 'REGION', 'CITY_REGIONAL', 'DISTRICT', 'CITY_DISTRICT', 'RURAL_DISTRICT', 'VILLAGE');

-- CreateEnum
CREATE TYPE "ScoreAggregation" AS ENUM ('MEAN', 'SUM');

-- CreateEnum
CREATE TYPE "NominationSource" AS ENUM ('NGO', 'OPERATOR', 'SELF');

-- CreateEnum
CREATE TYPE "CommissionPurpose" AS ENUM ('SELECTION', 'EVALUATION');

-- CreateEnum
CREATE TYPE "CommissionRole" AS ENUM ('CHAIR', 'DEPUTY', 'MEMBER', 'SECRETARY');

-- CreateEnum
CREATE TYPE "CommissionSide" AS ENUM ('NGO', 'OPERATOR', 'STATE', 'CIVIL');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('HELD', 'NOT_HELD');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('INTERIM', 'FINAL');

-- CreateEnum
CREATE TYPE "ReportType" AS ENUM ('CREATIVE', 'FINANCIAL');

-- CreateEnum
CREATE TYPE "IndicatorLevel" AS ENUM ('INPUT', 'PROCESS', 'OUTPUT', 'OUTCOME', 'IMPACT');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('QUANTITATIVE', 'QUALITATIVE');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('DAY_OFF', 'WORKING_DAY');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('EMAIL', 'IN_APP');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'NGO',
    "locale" "Locale" NOT NULL DEFAULT 'kk',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "iin" TEXT,
    "phone" TEXT,
    "emailVerifiedAt" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT,
    "isCity" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Direction" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kinds" "CompetitionKind"[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Direction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantDirectionEntry" (
    "id" TEXT NOT NULL,
    "listYear" INTEGER NOT NULL,
    "rowNo" INTEGER NOT NULL,
    "planId" TEXT,
    "planTopicId" TEXT,
    "directionId" TEXT,
    "committeeKk" TEXT NOT NULL,
    "committeeRu" TEXT,
    "areaKk" TEXT NOT NULL,
    "areaRu" TEXT,
    "directionKk" TEXT NOT NULL,
    "directionRu" TEXT,
    "problemKk" TEXT NOT NULL,
    "problemRu" TEXT,
    "problemEn" TEXT,
    "grantTypeKk" TEXT,
    "grantTypeRu" TEXT,
    "grantTypeEn" TEXT,
    "territoryKk" TEXT,
    "territoryRu" TEXT,
    "indicatorsKk" TEXT,
    "indicatorsRu" TEXT,
    "materialRequirementsKk" TEXT,
    "materialRequirementsRu" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GrantDirectionEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantDirectionAmount" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amountKzt" BIGINT NOT NULL,

    CONSTRAINT "GrantDirectionAmount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL DEFAULT 'NGO',
    "bin" TEXT NOT NULL,
    "legalForm" "LegalForm" NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT,
    "shortNameKk" TEXT,
    "shortNameRu" TEXT,
    "charterSubjectKk" TEXT,
    "charterSubjectRu" TEXT,
    "charterPurposeKk" TEXT,
    "charterPurposeRu" TEXT,
    "activityTypes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "regionId" TEXT,
    "legalAddress" TEXT,
    "actualAddress" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "registeredOn" DATE,
    "headFullName" TEXT,
    "headPosition" TEXT,
    "headIin" TEXT,
    "headPhone" TEXT,
    "headEmail" TEXT,
    "bankName" TEXT,
    "iban" TEXT,
    "bic" TEXT,
    "kbe" TEXT,
    "isCentralBody" BOOLEAN NOT NULL DEFAULT false,
    "inLiquidation" BOOLEAN NOT NULL DEFAULT false,
    "liquidationSetAt" TIMESTAMPTZ(3),
    "liquidationSetById" TEXT,
    "bankrupt" BOOLEAN NOT NULL DEFAULT false,
    "bankruptcySetAt" TIMESTAMPTZ(3),
    "bankruptcySetById" TEXT,
    "propertyArrested" BOOLEAN NOT NULL DEFAULT false,
    "propertyArrestSetAt" TIMESTAMPTZ(3),
    "propertyArrestSetById" TEXT,
    "activitySuspended" BOOLEAN NOT NULL DEFAULT false,
    "suspensionSetAt" TIMESTAMPTZ(3),
    "suspensionSetById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationMembership" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "OrgMemberRole" NOT NULL DEFAULT 'STAFF',
    "position" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OrganizationMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationInvitation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "OrgMemberRole" NOT NULL DEFAULT 'STAFF',
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "invitedById" TEXT NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationPerson" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "OrgPersonRole" NOT NULL,
    "fullName" TEXT NOT NULL,
    "iin" TEXT,
    "bin" TEXT,
    "userId" TEXT,
    "position" TEXT,
    "sharePercent" INTEGER,
    "since" DATE,
    "until" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrganizationPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NgoDatabaseReport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "sectionsKk" JSONB NOT NULL DEFAULT '{}',
    "sectionsRu" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" TEXT,
    "returnComment" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NgoDatabaseReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "kind" "CompetitionKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "titleKk" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "budgetLevel" "BudgetLevel" NOT NULL DEFAULT 'REPUBLICAN',
    "budgetKzt" BIGINT NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "discussionOpensAt" TIMESTAMPTZ(3),
    "discussionClosesAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTopic" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "directionId" TEXT,
    "regionId" TEXT,
    "titleKk" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT,
    "goalKk" TEXT,
    "goalRu" TEXT,
    "descriptionKk" TEXT,
    "descriptionRu" TEXT,
    "justificationKk" TEXT,
    "justificationRu" TEXT,
    "targetGroupKk" TEXT,
    "targetGroupRu" TEXT,
    "expectedResultKk" TEXT,
    "expectedResultRu" TEXT,
    "budgetKzt" BIGINT NOT NULL,
    "periodStart" DATE,
    "periodEnd" DATE,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTopicComment" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "authorId" TEXT,
    "organizationId" TEXT,
    "authorName" TEXT,
    "text" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "conclusion" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" TEXT,

    CONSTRAINT "PlanTopicComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicProposal" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "planId" TEXT,
    "directionId" TEXT,
    "planTopicId" TEXT,
    "language" "Locale" NOT NULL DEFAULT 'kk',
    "title" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "goal" TEXT NOT NULL,
    "tasks" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "amountKzt" BIGINT NOT NULL,
    "geography" TEXT NOT NULL,
    "expectedResults" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TopicProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competition" (
    "id" TEXT NOT NULL,
    "kind" "CompetitionKind" NOT NULL,
    "code" TEXT,
    "planId" TEXT,
    "organizerId" TEXT NOT NULL,
    "repeatOfId" TEXT,
    "titleKk" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT,
    "descriptionKk" TEXT,
    "descriptionRu" TEXT,
    "descriptionEn" TEXT,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "windowMinDays" INTEGER,
    "windowMaxDays" INTEGER,
    "coiWorkingDays" INTEGER,
    "scoringWorkingDays" INTEGER,
    "thresholdPercent" INTEGER,
    "aggregation" "ScoreAggregation" NOT NULL DEFAULT 'MEAN',
    "tieBreak" TEXT,
    "localBudget" BOOLEAN NOT NULL DEFAULT false,
    "criteria" JSONB NOT NULL DEFAULT '[]',
    "requiredDocuments" JSONB NOT NULL DEFAULT '[]',
    "languages" "Locale"[] DEFAULT ARRAY['kk', 'ru']::"Locale"[],
    "allLanguagesRequired" BOOLEAN NOT NULL DEFAULT false,
    "prepaymentMaxPercent" INTEGER,
    "dumpingPercent" INTEGER,
    "budgetKzt" BIGINT,
    "allocatedKzt" BIGINT,
    "mrpKzt" BIGINT,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "announcedAt" TIMESTAMPTZ(3),
    "opensAt" TIMESTAMPTZ(3),
    "deadlineAt" TIMESTAMPTZ(3),
    "openedAt" TIMESTAMPTZ(3),
    "coiDueOn" DATE,
    "reviewDueOn" DATE,
    "candidatesPublishedAt" TIMESTAMPTZ(3),
    "scoringDueOn" DATE,
    "resultsDueOn" DATE,
    "resultsPublishedAt" TIMESTAMPTZ(3),
    "paymentDueOn" DATE,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancellationReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Competition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lot" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "planTopicId" TEXT,
    "directionId" TEXT,
    "regionId" TEXT,
    "titleKk" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT,
    "descriptionKk" TEXT,
    "descriptionRu" TEXT,
    "budgetKzt" BIGINT NOT NULL,
    "periodStart" DATE,
    "periodEnd" DATE,
    "specification" JSONB,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Lot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "lotId" TEXT,
    "organizationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "formVersion" TEXT NOT NULL,
    "languages" "Locale"[] DEFAULT ARRAY[]::"Locale"[],
    "projectTitleKk" TEXT,
    "projectTitleRu" TEXT,
    "requestedKzt" BIGINT,
    "ownContributionKzt" BIGINT,
    "bidPriceKzt" BIGINT,
    "marketExperienceYears" INTEGER,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" TEXT,
    "receiptNumber" TEXT,
    "receiptHash" TEXT,
    "idempotencyKey" TEXT,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawalReason" TEXT,
    "statusReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationSection" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ApplicationSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationSectionVersion" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "savedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "savedById" TEXT,

    CONSTRAINT "ApplicationSectionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationPartner" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "organizationId" TEXT,
    "bin" TEXT,
    "name" TEXT NOT NULL,
    "role" TEXT,

    CONSTRAINT "ApplicationPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT,
    "reportId" TEXT,
    "organizationId" TEXT,
    "ngoDatabaseReportId" TEXT,
    "agreementRevisionId" TEXT,
    "monitoringVisitId" TEXT,
    "creativeClubId" TEXT,
    "kind" TEXT NOT NULL,
    "language" "Locale",
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStatusChange" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "reason" TEXT,

    CONSTRAINT "ApplicationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdmissionDecision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "admitted" BOOLEAN NOT NULL,
    "reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "comment" TEXT,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdmissionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardNomination" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "directionId" TEXT NOT NULL,
    "recommendationsCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AwardNomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardRecommendation" (
    "id" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorPosition" TEXT,
    "authorOrganization" TEXT NOT NULL,
    "authorKind" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "issuedOn" DATE,
    "attachmentId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Laureate" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "directionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "amountKzt" BIGINT NOT NULL,
    "remainderKzt" BIGINT NOT NULL DEFAULT 0,
    "diplomaNumber" TEXT,
    "paidAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Laureate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "nominationSource" "NominationSource" NOT NULL,
    "nominatedByOrganizationId" TEXT,
    "employerName" TEXT,
    "employerOrganizationId" TEXT,
    "position" TEXT,
    "operatorEmployee" BOOLEAN NOT NULL DEFAULT false,
    "affiliatedOrganizationIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "relativesOrganizationIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "affiliatedBins" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "qualificationKk" TEXT,
    "qualificationRu" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertDirection" (
    "id" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "directionId" TEXT NOT NULL,
    "yearsOfExperience" INTEGER NOT NULL,

    CONSTRAINT "ExpertDirection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commission" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "purpose" "CommissionPurpose" NOT NULL DEFAULT 'SELECTION',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "orderNumber" TEXT,
    "orderDate" DATE,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" TEXT,
    "dissolvedAt" TIMESTAMPTZ(3),
    "scoresOpenedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Commission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionMember" (
    "id" TEXT NOT NULL,
    "commissionId" TEXT NOT NULL,
    "expertId" TEXT,
    "userId" TEXT,
    "role" "CommissionRole" NOT NULL,
    "side" "CommissionSide" NOT NULL,
    "votingRight" BOOLEAN NOT NULL DEFAULT true,
    "appointedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMPTZ(3),
    "removalReason" TEXT,
    "replacedById" TEXT,

    CONSTRAINT "CommissionMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "commissionId" TEXT,
    "hasConflict" BOOLEAN NOT NULL,
    "reason" TEXT,
    "declaredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "commissionId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "signedAt" TIMESTAMPTZ(3),
    "total" INTEGER,
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionScore" (
    "id" TEXT NOT NULL,
    "scoreSheetId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "comment" TEXT,

    CONSTRAINT "CriterionScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "lotId" TEXT,
    "commissionId" TEXT,
    "outcome" "DecisionOutcome" NOT NULL,
    "notHeldReason" TEXT,
    "protocolNumber" TEXT,
    "protocolDate" DATE,
    "meetingAt" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "comment" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionVote" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "vote" "VoteChoice" NOT NULL,
    "comment" TEXT,
    "castAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RankingRow" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" DECIMAL(9,3) NOT NULL,
    "pointsSum" INTEGER NOT NULL,
    "expertsCount" INTEGER NOT NULL,
    "discountPercent" INTEGER,
    "conditionalPriceKzt" BIGINT,
    "winner" BOOLEAN NOT NULL DEFAULT false,
    "awardedKzt" BIGINT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RankingRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreativeClub" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "competitionId" TEXT,
    "applicationId" TEXT,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT,
    "fieldKk" TEXT,
    "fieldRu" TEXT,
    "regionId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "programme" JSONB NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CreativeClub_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreativePlaceQuota" (
    "id" TEXT NOT NULL,
    "clubId" TEXT NOT NULL,
    "planId" TEXT,
    "year" INTEGER NOT NULL,
    "places" INTEGER NOT NULL,
    "pricePerPlaceKzt" BIGINT NOT NULL,
    "placedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CreativePlaceQuota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreativeRequest" (
    "id" TEXT NOT NULL,
    "clubId" TEXT NOT NULL,
    "userId" TEXT,
    "representativeIin" TEXT NOT NULL,
    "representativeName" TEXT NOT NULL,
    "representativePhone" TEXT,
    "childIin" TEXT NOT NULL,
    "childName" TEXT NOT NULL,
    "childBirthDate" DATE NOT NULL,
    "priorityCategory" TEXT,
    "priorityRank" INTEGER NOT NULL DEFAULT 100,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "CreativeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreativeAllocationRun" (
    "id" TEXT NOT NULL,
    "runOn" DATE NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL DEFAULT 'RUNNING',
    "allocatedCount" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "CreativeAllocationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreativeAllocation" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "clubId" TEXT NOT NULL,
    "quotaId" TEXT NOT NULL,
    "runId" TEXT,
    "voucherNumber" TEXT NOT NULL,
    "allocatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "CreativeAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "currentRevision" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "amountKzt" BIGINT NOT NULL,
    "prepaymentKzt" BIGINT,
    "institutionalSupportKzt" BIGINT,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "signedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "terminatedAt" TIMESTAMPTZ(3),
    "terminationReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementRevision" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "amountKzt" BIGINT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "terms" JSONB NOT NULL DEFAULT '{}',
    "reason" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "documentSha256" TEXT,
    "documentStorageKey" TEXT,
    "ngoAcceptedAt" TIMESTAMPTZ(3),
    "ngoAcceptedById" TEXT,
    "operatorAcceptedAt" TIMESTAMPTZ(3),
    "operatorAcceptedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgreementRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tranche" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "isPrepayment" BOOLEAN NOT NULL DEFAULT false,
    "plannedOn" DATE NOT NULL,
    "amountKzt" BIGINT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "releasedAt" TIMESTAMPTZ(3),
    "releasedById" TEXT,
    "returnedKzt" BIGINT NOT NULL DEFAULT 0,
    "returnedAt" TIMESTAMPTZ(3),
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tranche_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "type" "ReportType" NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 1,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "formVersion" TEXT NOT NULL,
    "sections" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" TEXT,
    "acceptedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportReviewComment" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReportReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "lotId" TEXT,
    "applicationId" TEXT,
    "agreementId" TEXT,
    "level" "IndicatorLevel" NOT NULL,
    "kind" "IndicatorKind" NOT NULL DEFAULT 'QUANTITATIVE',
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "baseline" DECIMAL(18,4),
    "target" DECIMAL(18,4) NOT NULL,
    "dataSource" TEXT,
    "scale" JSONB,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "actual" DECIMAL(18,4) NOT NULL,
    "comment" TEXT,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringVisit" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "visitedOn" DATE,
    "monitorId" TEXT NOT NULL,
    "processScore" INTEGER,
    "resultsScore" INTEGER,
    "satisfactionScore" INTEGER,
    "impactScore" INTEGER,
    "coverageScore" INTEGER,
    "standardsScore" INTEGER,
    "indicatorNotes" JSONB NOT NULL DEFAULT '{}',
    "findings" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MonitoringVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringMeasure" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "deadlineOn" DATE NOT NULL,
    "responsible" TEXT,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MonitoringMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectEvaluation" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "commissionId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "criteria" JSONB NOT NULL DEFAULT '[]',
    "scores" JSONB NOT NULL DEFAULT '{}',
    "summaryKk" TEXT,
    "summaryRu" TEXT,
    "preliminaryPublishedAt" TIMESTAMPTZ(3),
    "discussionClosesOn" DATE,
    "finalPublishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarOverride" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MrpRate" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amountKzt" BIGINT NOT NULL,

    CONSTRAINT "MrpRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "requestId" TEXT,
    "ip" TEXT,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "recipientId" TEXT NOT NULL,
    "templateKey" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "objectType" TEXT,
    "objectId" TEXT,
    "dedupeKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "readAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_iin_key" ON "User"("iin");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Direction_number_key" ON "Direction"("number");

-- CreateIndex
CREATE UNIQUE INDEX "GrantDirectionEntry_planTopicId_key" ON "GrantDirectionEntry"("planTopicId");

-- CreateIndex
CREATE INDEX "GrantDirectionEntry_planId_idx" ON "GrantDirectionEntry"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "GrantDirectionEntry_listYear_rowNo_key" ON "GrantDirectionEntry"("listYear", "rowNo");

-- CreateIndex
CREATE UNIQUE INDEX "GrantDirectionAmount_entryId_year_key" ON "GrantDirectionAmount"("entryId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_bin_key" ON "Organization"("bin");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE INDEX "Organization_regionId_idx" ON "Organization"("regionId");

-- CreateIndex
CREATE INDEX "Organization_nameRu_idx" ON "Organization"("nameRu");

-- CreateIndex
CREATE INDEX "OrganizationMembership_userId_idx" ON "OrganizationMembership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationMembership_organizationId_userId_key" ON "OrganizationMembership"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationInvitation_tokenHash_key" ON "OrganizationInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "OrganizationInvitation_organizationId_idx" ON "OrganizationInvitation"("organizationId");

-- CreateIndex
CREATE INDEX "OrganizationInvitation_email_idx" ON "OrganizationInvitation"("email");

-- CreateIndex
CREATE INDEX "OrganizationPerson_organizationId_role_idx" ON "OrganizationPerson"("organizationId", "role");

-- CreateIndex
CREATE INDEX "OrganizationPerson_iin_idx" ON "OrganizationPerson"("iin");

-- CreateIndex
CREATE INDEX "OrganizationPerson_bin_idx" ON "OrganizationPerson"("bin");

-- CreateIndex
CREATE INDEX "OrganizationPerson_userId_idx" ON "OrganizationPerson"("userId");

-- CreateIndex
CREATE INDEX "NgoDatabaseReport_year_status_idx" ON "NgoDatabaseReport"("year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NgoDatabaseReport_organizationId_year_key" ON "NgoDatabaseReport"("organizationId", "year");

-- CreateIndex
CREATE INDEX "Plan_kind_year_idx" ON "Plan"("kind", "year");

-- CreateIndex
CREATE INDEX "Plan_ownerOrganizationId_idx" ON "Plan"("ownerOrganizationId");

-- CreateIndex
CREATE INDEX "PlanTopic_directionId_idx" ON "PlanTopic"("directionId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTopic_planId_number_key" ON "PlanTopic"("planId", "number");

-- CreateIndex
CREATE INDEX "PlanTopicComment_topicId_submittedAt_idx" ON "PlanTopicComment"("topicId", "submittedAt");

-- CreateIndex
CREATE INDEX "TopicProposal_organizationId_idx" ON "TopicProposal"("organizationId");

-- CreateIndex
CREATE INDEX "TopicProposal_status_submittedAt_idx" ON "TopicProposal"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "TopicProposal_planId_idx" ON "TopicProposal"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "Competition_code_key" ON "Competition"("code");

-- CreateIndex
CREATE INDEX "Competition_kind_status_idx" ON "Competition"("kind", "status");

-- CreateIndex
CREATE INDEX "Competition_deadlineAt_idx" ON "Competition"("deadlineAt");

-- CreateIndex
CREATE INDEX "Competition_organizerId_idx" ON "Competition"("organizerId");

-- CreateIndex
CREATE INDEX "Competition_planId_idx" ON "Competition"("planId");

-- CreateIndex
CREATE INDEX "Competition_year_kind_idx" ON "Competition"("year", "kind");

-- CreateIndex
CREATE INDEX "Lot_directionId_idx" ON "Lot"("directionId");

-- CreateIndex
CREATE INDEX "Lot_regionId_idx" ON "Lot"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Lot_competitionId_number_key" ON "Lot"("competitionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Application_receiptNumber_key" ON "Application"("receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Application_idempotencyKey_key" ON "Application"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Application_lotId_organizationId_idx" ON "Application"("lotId", "organizationId");

-- CreateIndex
CREATE INDEX "Application_competitionId_status_idx" ON "Application"("competitionId", "status");

-- CreateIndex
CREATE INDEX "Application_competitionId_organizationId_idx" ON "Application"("competitionId", "organizationId");

-- CreateIndex
CREATE INDEX "Application_organizationId_idx" ON "Application"("organizationId");

-- CreateIndex
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationSection_applicationId_key_key" ON "ApplicationSection"("applicationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationSectionVersion_sectionId_version_key" ON "ApplicationSectionVersion"("sectionId", "version");

-- CreateIndex
CREATE INDEX "ApplicationPartner_applicationId_idx" ON "ApplicationPartner"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationPartner_organizationId_idx" ON "ApplicationPartner"("organizationId");

-- CreateIndex
CREATE INDEX "ApplicationPartner_bin_idx" ON "ApplicationPartner"("bin");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_applicationId_kind_idx" ON "Attachment"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "Attachment_reportId_idx" ON "Attachment"("reportId");

-- CreateIndex
CREATE INDEX "Attachment_organizationId_idx" ON "Attachment"("organizationId");

-- CreateIndex
CREATE INDEX "Attachment_ngoDatabaseReportId_idx" ON "Attachment"("ngoDatabaseReportId");

-- CreateIndex
CREATE INDEX "Attachment_agreementRevisionId_idx" ON "Attachment"("agreementRevisionId");

-- CreateIndex
CREATE INDEX "Attachment_monitoringVisitId_idx" ON "Attachment"("monitoringVisitId");

-- CreateIndex
CREATE INDEX "Attachment_creativeClubId_idx" ON "Attachment"("creativeClubId");

-- CreateIndex
CREATE INDEX "Attachment_sha256_idx" ON "Attachment"("sha256");

-- CreateIndex
CREATE INDEX "ApplicationStatusChange_applicationId_at_idx" ON "ApplicationStatusChange"("applicationId", "at");

-- CreateIndex
CREATE INDEX "AdmissionDecision_applicationId_decidedAt_idx" ON "AdmissionDecision"("applicationId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AwardNomination_applicationId_key" ON "AwardNomination"("applicationId");

-- CreateIndex
CREATE INDEX "AwardNomination_directionId_idx" ON "AwardNomination"("directionId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardRecommendation_attachmentId_key" ON "AwardRecommendation"("attachmentId");

-- CreateIndex
CREATE INDEX "AwardRecommendation_nominationId_idx" ON "AwardRecommendation"("nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "Laureate_applicationId_key" ON "Laureate"("applicationId");

-- CreateIndex
CREATE INDEX "Laureate_organizationId_year_idx" ON "Laureate"("organizationId", "year");

-- CreateIndex
CREATE INDEX "Laureate_competitionId_directionId_idx" ON "Laureate"("competitionId", "directionId");

-- CreateIndex
CREATE UNIQUE INDEX "Expert_userId_key" ON "Expert"("userId");

-- CreateIndex
CREATE INDEX "Expert_status_idx" ON "Expert"("status");

-- CreateIndex
CREATE INDEX "Expert_nominatedByOrganizationId_idx" ON "Expert"("nominatedByOrganizationId");

-- CreateIndex
CREATE INDEX "ExpertDirection_directionId_idx" ON "ExpertDirection"("directionId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertDirection_expertId_directionId_key" ON "ExpertDirection"("expertId", "directionId");

-- CreateIndex
CREATE INDEX "Commission_competitionId_purpose_idx" ON "Commission"("competitionId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionMember_replacedById_key" ON "CommissionMember"("replacedById");

-- CreateIndex
CREATE INDEX "CommissionMember_expertId_idx" ON "CommissionMember"("expertId");

-- CreateIndex
CREATE INDEX "CommissionMember_userId_idx" ON "CommissionMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionMember_commissionId_expertId_key" ON "CommissionMember"("commissionId", "expertId");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionMember_commissionId_userId_key" ON "CommissionMember"("commissionId", "userId");

-- CreateIndex
CREATE INDEX "ConflictDeclaration_applicationId_idx" ON "ConflictDeclaration"("applicationId");

-- CreateIndex
CREATE INDEX "ConflictDeclaration_commissionId_idx" ON "ConflictDeclaration"("commissionId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_expertId_applicationId_key" ON "ConflictDeclaration"("expertId", "applicationId");

-- CreateIndex
CREATE INDEX "ScoreSheet_applicationId_status_idx" ON "ScoreSheet"("applicationId", "status");

-- CreateIndex
CREATE INDEX "ScoreSheet_commissionId_idx" ON "ScoreSheet"("commissionId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_expertId_applicationId_key" ON "ScoreSheet"("expertId", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionScore_scoreSheetId_criterionId_key" ON "CriterionScore"("scoreSheetId", "criterionId");

-- CreateIndex
CREATE INDEX "Decision_competitionId_lotId_idx" ON "Decision"("competitionId", "lotId");

-- CreateIndex
CREATE INDEX "Decision_publishedAt_idx" ON "Decision"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionVote_decisionId_memberId_key" ON "DecisionVote"("decisionId", "memberId");

-- CreateIndex
CREATE INDEX "RankingRow_applicationId_idx" ON "RankingRow"("applicationId");

-- CreateIndex
CREATE INDEX "RankingRow_decisionId_rank_idx" ON "RankingRow"("decisionId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "RankingRow_decisionId_applicationId_key" ON "RankingRow"("decisionId", "applicationId");

-- CreateIndex
CREATE INDEX "CreativeClub_providerId_idx" ON "CreativeClub"("providerId");

-- CreateIndex
CREATE INDEX "CreativeClub_regionId_status_idx" ON "CreativeClub"("regionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CreativePlaceQuota_clubId_year_key" ON "CreativePlaceQuota"("clubId", "year");

-- CreateIndex
CREATE INDEX "CreativeRequest_clubId_status_priorityRank_requestedAt_idx" ON "CreativeRequest"("clubId", "status", "priorityRank", "requestedAt");

-- CreateIndex
CREATE INDEX "CreativeRequest_childIin_idx" ON "CreativeRequest"("childIin");

-- CreateIndex
CREATE UNIQUE INDEX "CreativeAllocationRun_runOn_key" ON "CreativeAllocationRun"("runOn");

-- CreateIndex
CREATE UNIQUE INDEX "CreativeAllocation_requestId_key" ON "CreativeAllocation"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "CreativeAllocation_voucherNumber_key" ON "CreativeAllocation"("voucherNumber");

-- CreateIndex
CREATE INDEX "CreativeAllocation_clubId_status_idx" ON "CreativeAllocation"("clubId", "status");

-- CreateIndex
CREATE INDEX "CreativeAllocation_quotaId_idx" ON "CreativeAllocation"("quotaId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_applicationId_key" ON "Agreement"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_number_key" ON "Agreement"("number");

-- CreateIndex
CREATE INDEX "Agreement_organizationId_idx" ON "Agreement"("organizationId");

-- CreateIndex
CREATE INDEX "Agreement_competitionId_status_idx" ON "Agreement"("competitionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementRevision_agreementId_revision_key" ON "AgreementRevision"("agreementId", "revision");

-- CreateIndex
CREATE INDEX "Tranche_status_plannedOn_idx" ON "Tranche"("status", "plannedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Tranche_agreementId_seq_key" ON "Tranche"("agreementId", "seq");

-- CreateIndex
CREATE INDEX "Report_status_dueOn_idx" ON "Report"("status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Report_agreementId_kind_type_seq_key" ON "Report"("agreementId", "kind", "type", "seq");

-- CreateIndex
CREATE INDEX "ReportReviewComment_reportId_sectionKey_idx" ON "ReportReviewComment"("reportId", "sectionKey");

-- CreateIndex
CREATE INDEX "Indicator_lotId_idx" ON "Indicator"("lotId");

-- CreateIndex
CREATE INDEX "Indicator_applicationId_idx" ON "Indicator"("applicationId");

-- CreateIndex
CREATE INDEX "Indicator_agreementId_idx" ON "Indicator"("agreementId");

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_idx" ON "IndicatorValue"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_reportId_indicatorId_key" ON "IndicatorValue"("reportId", "indicatorId");

-- CreateIndex
CREATE INDEX "MonitoringVisit_agreementId_year_quarter_idx" ON "MonitoringVisit"("agreementId", "year", "quarter");

-- CreateIndex
CREATE INDEX "MonitoringMeasure_visitId_idx" ON "MonitoringMeasure"("visitId");

-- CreateIndex
CREATE INDEX "MonitoringMeasure_status_deadlineOn_idx" ON "MonitoringMeasure"("status", "deadlineOn");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectEvaluation_agreementId_key" ON "ProjectEvaluation"("agreementId");

-- CreateIndex
CREATE INDEX "ProjectEvaluation_status_idx" ON "ProjectEvaluation"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarOverride_date_key" ON "CalendarOverride"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Setting_key_key" ON "Setting"("key");

-- CreateIndex
CREATE UNIQUE INDEX "MrpRate_year_key" ON "MrpRate"("year");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_objectType_objectId_idx" ON "AuditEvent"("objectType", "objectId");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_idx" ON "Notification"("recipientId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_status_nextAttemptAt_idx" ON "Notification"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "GrantDirectionEntry" ADD CONSTRAINT "GrantDirectionEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantDirectionEntry" ADD CONSTRAINT "GrantDirectionEntry_planTopicId_fkey" FOREIGN KEY ("planTopicId") REFERENCES "PlanTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantDirectionEntry" ADD CONSTRAINT "GrantDirectionEntry_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantDirectionAmount" ADD CONSTRAINT "GrantDirectionAmount_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GrantDirectionEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_liquidationSetById_fkey" FOREIGN KEY ("liquidationSetById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_bankruptcySetById_fkey" FOREIGN KEY ("bankruptcySetById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_propertyArrestSetById_fkey" FOREIGN KEY ("propertyArrestSetById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_suspensionSetById_fkey" FOREIGN KEY ("suspensionSetById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationMembership" ADD CONSTRAINT "OrganizationMembership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationMembership" ADD CONSTRAINT "OrganizationMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationInvitation" ADD CONSTRAINT "OrganizationInvitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationInvitation" ADD CONSTRAINT "OrganizationInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationInvitation" ADD CONSTRAINT "OrganizationInvitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationPerson" ADD CONSTRAINT "OrganizationPerson_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationPerson" ADD CONSTRAINT "OrganizationPerson_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NgoDatabaseReport" ADD CONSTRAINT "NgoDatabaseReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NgoDatabaseReport" ADD CONSTRAINT "NgoDatabaseReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NgoDatabaseReport" ADD CONSTRAINT "NgoDatabaseReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopic" ADD CONSTRAINT "PlanTopic_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopic" ADD CONSTRAINT "PlanTopic_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopic" ADD CONSTRAINT "PlanTopic_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopicComment" ADD CONSTRAINT "PlanTopicComment_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "PlanTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopicComment" ADD CONSTRAINT "PlanTopicComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopicComment" ADD CONSTRAINT "PlanTopicComment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopicComment" ADD CONSTRAINT "PlanTopicComment_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicProposal" ADD CONSTRAINT "TopicProposal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicProposal" ADD CONSTRAINT "TopicProposal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicProposal" ADD CONSTRAINT "TopicProposal_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicProposal" ADD CONSTRAINT "TopicProposal_planTopicId_fkey" FOREIGN KEY ("planTopicId") REFERENCES "PlanTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicProposal" ADD CONSTRAINT "TopicProposal_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicProposal" ADD CONSTRAINT "TopicProposal_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_repeatOfId_fkey" FOREIGN KEY ("repeatOfId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_planTopicId_fkey" FOREIGN KEY ("planTopicId") REFERENCES "PlanTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "Lot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSection" ADD CONSTRAINT "ApplicationSection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSection" ADD CONSTRAINT "ApplicationSection_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSectionVersion" ADD CONSTRAINT "ApplicationSectionVersion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ApplicationSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSectionVersion" ADD CONSTRAINT "ApplicationSectionVersion_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationPartner" ADD CONSTRAINT "ApplicationPartner_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationPartner" ADD CONSTRAINT "ApplicationPartner_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_ngoDatabaseReportId_fkey" FOREIGN KEY ("ngoDatabaseReportId") REFERENCES "NgoDatabaseReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_agreementRevisionId_fkey" FOREIGN KEY ("agreementRevisionId") REFERENCES "AgreementRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_monitoringVisitId_fkey" FOREIGN KEY ("monitoringVisitId") REFERENCES "MonitoringVisit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_creativeClubId_fkey" FOREIGN KEY ("creativeClubId") REFERENCES "CreativeClub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdmissionDecision" ADD CONSTRAINT "AdmissionDecision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdmissionDecision" ADD CONSTRAINT "AdmissionDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNomination" ADD CONSTRAINT "AwardNomination_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNomination" ADD CONSTRAINT "AwardNomination_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardRecommendation" ADD CONSTRAINT "AwardRecommendation_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "AwardNomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardRecommendation" ADD CONSTRAINT "AwardRecommendation_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Laureate" ADD CONSTRAINT "Laureate_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Laureate" ADD CONSTRAINT "Laureate_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Laureate" ADD CONSTRAINT "Laureate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Laureate" ADD CONSTRAINT "Laureate_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_nominatedByOrganizationId_fkey" FOREIGN KEY ("nominatedByOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertDirection" ADD CONSTRAINT "ExpertDirection_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertDirection" ADD CONSTRAINT "ExpertDirection_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMember" ADD CONSTRAINT "CommissionMember_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMember" ADD CONSTRAINT "CommissionMember_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMember" ADD CONSTRAINT "CommissionMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMember" ADD CONSTRAINT "CommissionMember_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "CommissionMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_scoreSheetId_fkey" FOREIGN KEY ("scoreSheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "Lot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionVote" ADD CONSTRAINT "DecisionVote_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionVote" ADD CONSTRAINT "DecisionVote_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CommissionMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingRow" ADD CONSTRAINT "RankingRow_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingRow" ADD CONSTRAINT "RankingRow_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeClub" ADD CONSTRAINT "CreativeClub_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeClub" ADD CONSTRAINT "CreativeClub_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeClub" ADD CONSTRAINT "CreativeClub_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeClub" ADD CONSTRAINT "CreativeClub_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativePlaceQuota" ADD CONSTRAINT "CreativePlaceQuota_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "CreativeClub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativePlaceQuota" ADD CONSTRAINT "CreativePlaceQuota_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeRequest" ADD CONSTRAINT "CreativeRequest_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "CreativeClub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeRequest" ADD CONSTRAINT "CreativeRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeAllocation" ADD CONSTRAINT "CreativeAllocation_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CreativeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeAllocation" ADD CONSTRAINT "CreativeAllocation_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "CreativeClub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeAllocation" ADD CONSTRAINT "CreativeAllocation_quotaId_fkey" FOREIGN KEY ("quotaId") REFERENCES "CreativePlaceQuota"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreativeAllocation" ADD CONSTRAINT "CreativeAllocation_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CreativeAllocationRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_ngoAcceptedById_fkey" FOREIGN KEY ("ngoAcceptedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_operatorAcceptedById_fkey" FOREIGN KEY ("operatorAcceptedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tranche" ADD CONSTRAINT "Tranche_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tranche" ADD CONSTRAINT "Tranche_releasedById_fkey" FOREIGN KEY ("releasedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReviewComment" ADD CONSTRAINT "ReportReviewComment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReviewComment" ADD CONSTRAINT "ReportReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "Lot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringVisit" ADD CONSTRAINT "MonitoringVisit_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringVisit" ADD CONSTRAINT "MonitoringVisit_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringMeasure" ADD CONSTRAINT "MonitoringMeasure_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "MonitoringVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectEvaluation" ADD CONSTRAINT "ProjectEvaluation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectEvaluation" ADD CONSTRAINT "ProjectEvaluation_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarOverride" ADD CONSTRAINT "CalendarOverride_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Setting" ADD CONSTRAINT "Setting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Integrity the Prisma schema language can't express (hand-written).
-- ---------------------------------------------------------------------------

-- EL-3: one live application per NGO per lot; a withdrawn one does not block a new one.
CREATE UNIQUE INDEX "Application_one_live_per_lot_and_org"
  ON "Application" ("lotId", "organizationId") WHERE "withdrawnAt" IS NULL AND "lotId" IS NOT NULL;

-- E-mail addresses are compared case-insensitively; the app stores them lowercased.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));

-- An attachment belongs to exactly one owner.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_exactly_one_owner" CHECK (
  num_nonnulls("applicationId", "reportId", "organizationId", "ngoDatabaseReportId",
               "agreementRevisionId", "monitoringVisitId", "creativeClubId") = 1
);

-- Money is never negative.
ALTER TABLE "Application" ADD CONSTRAINT "Application_money_non_negative"
  CHECK (coalesce("requestedKzt", 0) >= 0 AND coalesce("ownContributionKzt", 0) >= 0 AND coalesce("bidPriceKzt", 0) >= 0);
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_budget_non_negative" CHECK ("budgetKzt" >= 0);

-- The audit trail is append-only: whatever database role the application uses, an
-- UPDATE or DELETE of an audit row fails (a trigger, because the app's role may own
-- the table and so could not be stopped by REVOKE alone).
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent rows are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
