-- CreateTable
CREATE TABLE "CommissionMeeting" (
    "id" TEXT NOT NULL,
    "commissionId" TEXT NOT NULL,
    "heldAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "protocolNumber" TEXT NOT NULL,
    "protocolDate" DATE NOT NULL,
    "notes" TEXT,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommissionMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionMeetingAttendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "CommissionMeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommissionMeeting_commissionId_key" ON "CommissionMeeting"("commissionId");

-- CreateIndex
CREATE INDEX "CommissionMeetingAttendance_memberId_idx" ON "CommissionMeetingAttendance"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionMeetingAttendance_meetingId_memberId_key" ON "CommissionMeetingAttendance"("meetingId", "memberId");

-- AddForeignKey
ALTER TABLE "CommissionMeeting" ADD CONSTRAINT "CommissionMeeting_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMeeting" ADD CONSTRAINT "CommissionMeeting_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMeetingAttendance" ADD CONSTRAINT "CommissionMeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CommissionMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMeetingAttendance" ADD CONSTRAINT "CommissionMeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CommissionMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
