-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'REPORT_EXPORT';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "reportRecipients" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "ActionToken" ADD COLUMN     "period" TEXT;

