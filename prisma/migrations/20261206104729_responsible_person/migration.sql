-- AlterTable
ALTER TABLE "Property" ADD COLUMN     "defaultResponsibleId" TEXT;

-- AlterTable
ALTER TABLE "WorkOrder" ADD COLUMN     "responsibleId" TEXT;

-- CreateIndex
CREATE INDEX "WorkOrder_orgId_responsibleId_status_idx" ON "WorkOrder"("orgId", "responsibleId", "status");

-- AddForeignKey
ALTER TABLE "Property" ADD CONSTRAINT "Property_defaultResponsibleId_fkey" FOREIGN KEY ("defaultResponsibleId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

