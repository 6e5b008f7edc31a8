-- AlterTable
ALTER TABLE "MonitoringMeasure" ADD COLUMN     "completedById" TEXT,
ADD COLUMN     "completionNote" TEXT,
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "ProjectEvaluation" ADD COLUMN     "finalSummaryKk" TEXT,
ADD COLUMN     "finalSummaryRu" TEXT,
ADD COLUMN     "scoredAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EvaluationDeclaration" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "hasConflict" BOOLEAN NOT NULL,
    "reason" TEXT,
    "automaticConflicts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "declaredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EvaluationDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationScoreSheet" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "scores" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "comment" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EvaluationScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationComment" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "response" TEXT,
    "accepted" BOOLEAN,
    "respondedAt" TIMESTAMPTZ(3),
    "respondedById" TEXT,

    CONSTRAINT "EvaluationComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationDeclaration_evaluationId_expertId_key" ON "EvaluationDeclaration"("evaluationId", "expertId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationScoreSheet_evaluationId_expertId_key" ON "EvaluationScoreSheet"("evaluationId", "expertId");

-- CreateIndex
CREATE INDEX "EvaluationComment_evaluationId_createdAt_idx" ON "EvaluationComment"("evaluationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringVisit_agreementId_year_quarter_key" ON "MonitoringVisit"("agreementId", "year", "quarter");

-- AddForeignKey
ALTER TABLE "EvaluationDeclaration" ADD CONSTRAINT "EvaluationDeclaration_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "ProjectEvaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationScoreSheet" ADD CONSTRAINT "EvaluationScoreSheet_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "ProjectEvaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationComment" ADD CONSTRAINT "EvaluationComment_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "ProjectEvaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


