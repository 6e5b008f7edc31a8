-- AlterTable
ALTER TABLE "AgreementRevision" ADD COLUMN     "documentRuSha256" TEXT,
ADD COLUMN     "documentRuStorageKey" TEXT,
ADD COLUMN     "signatures" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Tranche" ADD COLUMN     "afterReportId" TEXT;

-- CreateIndex
CREATE INDEX "Tranche_afterReportId_idx" ON "Tranche"("afterReportId");
