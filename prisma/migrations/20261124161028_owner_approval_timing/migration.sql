-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "ownerEscalateHours" INTEGER NOT NULL DEFAULT 96,
ADD COLUMN     "ownerReminderHours" INTEGER NOT NULL DEFAULT 48;

