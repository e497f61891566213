-- AlterTable
ALTER TABLE "WorkOrder" ADD COLUMN     "contactMethod" "ContactMethod" NOT NULL DEFAULT 'EMAIL',
ADD COLUMN     "gateCodeEnc" TEXT,
ADD COLUMN     "lockboxCodeEnc" TEXT,
ADD COLUMN     "permissionToEnter" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pets" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "preferredTimes" TEXT NOT NULL DEFAULT '';

