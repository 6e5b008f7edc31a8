-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "claimToken" TEXT,
ADD COLUMN     "claimedAt" TIMESTAMPTZ(3),
ADD COLUMN     "messageId" TEXT;
