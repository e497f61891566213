-- AlterTable
ALTER TABLE "LocalMessage" ADD COLUMN     "orgId" TEXT;

-- CreateIndex
CREATE INDEX "LocalMessage_orgId_createdAt_idx" ON "LocalMessage"("orgId", "createdAt");

-- AddForeignKey
ALTER TABLE "LocalMessage" ADD CONSTRAINT "LocalMessage_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

