-- AlterTable
ALTER TABLE "WorkOrder" ADD COLUMN     "rescheduleRequestedAt" TIMESTAMP(3),
ADD COLUMN     "rescheduleTimes" TEXT;

