-- The queue's next SLA target as STORED generated columns (DESIGN.md §4; same rule as
-- lib/work-orders/sla-status.ts `slaClock`): nothing once completed, closed or cancelled; the
-- response target until the first response; then the resolution target. At risk falls back to due.
-- Prisma only reads these columns: a write to a generated column is an error.
ALTER TABLE "WorkOrder"
ADD COLUMN "nextDueAt" TIMESTAMP(3) GENERATED ALWAYS AS (
  CASE
    WHEN "status" IN ('COMPLETED', 'CLOSED', 'CANCELLED') OR "completedAt" IS NOT NULL THEN NULL
    WHEN "firstResponseAt" IS NULL THEN "responseDueAt"
    ELSE "resolutionDueAt"
  END
) STORED,
ADD COLUMN "nextAtRiskAt" TIMESTAMP(3) GENERATED ALWAYS AS (
  CASE
    WHEN "status" IN ('COMPLETED', 'CLOSED', 'CANCELLED') OR "completedAt" IS NOT NULL THEN NULL
    WHEN "firstResponseAt" IS NULL THEN COALESCE("responseAtRiskAt", "responseDueAt")
    ELSE COALESCE("resolutionAtRiskAt", "resolutionDueAt")
  END
) STORED;

-- CreateIndex
CREATE INDEX "WorkOrder_orgId_nextDueAt_idx" ON "WorkOrder"("orgId", "nextDueAt");

-- CreateIndex
CREATE INDEX "WorkOrder_propertyId_nextDueAt_idx" ON "WorkOrder"("propertyId", "nextDueAt");

-- CreateIndex
CREATE INDEX "WorkOrder_propertyId_createdAt_idx" ON "WorkOrder"("propertyId", "createdAt");

-- The queue's search box matches description and a QR reporter's name with ILIKE '%…%': trigram
-- indexes keep that fast at 100,000 rows. Not expressible in schema.prisma (the drift test knows).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "WorkOrder_description_trgm_idx" ON "WorkOrder" USING GIN ("description" gin_trgm_ops);
CREATE INDEX "WorkOrder_reporterName_trgm_idx" ON "WorkOrder" USING GIN ("reporterName" gin_trgm_ops);
