-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "callbackWindowDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "emergencyEscalateMinutes" INTEGER NOT NULL DEFAULT 15,
ADD COLUMN     "paperReminderDays" INTEGER[] DEFAULT ARRAY[60, 30, 7]::INTEGER[],
ADD COLUMN     "reopenWindowDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "repeatLookbackMonths" INTEGER NOT NULL DEFAULT 6,
ADD COLUMN     "slaAtRiskPercent" INTEGER NOT NULL DEFAULT 75;

