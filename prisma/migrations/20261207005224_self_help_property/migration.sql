-- AlterTable
ALTER TABLE "SelfHelpOutcome" ADD COLUMN     "propertyId" TEXT;

