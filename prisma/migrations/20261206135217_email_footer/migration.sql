-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "contactAddress" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "contactEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "contactPhone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "emailFooter" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

