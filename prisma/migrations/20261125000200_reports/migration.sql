-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "overdueAt" TIMESTAMPTZ(3);
