-- Expert register invitations (issue 5, item 3): staff enter an expert and invite them by
-- e-mail; the one-time token is stored only as its SHA-256 and works for 7 days.
-- Optimistic locks (issue 5): Expert.version (two staff editing one register entry) and
-- Commission.version (two operators composing one commission).

-- AlterTable
ALTER TABLE "Commission" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Expert" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ExpertInvitation" (
    "id" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "invitedById" TEXT NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpertInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExpertInvitation_tokenHash_key" ON "ExpertInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "ExpertInvitation_expertId_idx" ON "ExpertInvitation"("expertId");

-- AddForeignKey
ALTER TABLE "ExpertInvitation" ADD CONSTRAINT "ExpertInvitation_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertInvitation" ADD CONSTRAINT "ExpertInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
