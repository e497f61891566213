-- CreateIndex
CREATE INDEX "WorkOrderEvent_toStatus_workOrderId_createdAt_idx" ON "WorkOrderEvent"("toStatus", "workOrderId", "createdAt");

