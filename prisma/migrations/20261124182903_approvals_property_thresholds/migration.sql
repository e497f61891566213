-- AlterTable
ALTER TABLE "Property" ADD COLUMN     "managerApprovalLimitCents" INTEGER,
ADD COLUMN     "ownerApprovalLimitCents" INTEGER;

