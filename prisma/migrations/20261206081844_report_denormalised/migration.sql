-- AlterTable
ALTER TABLE "WorkOrder" ADD COLUMN     "approvedEstimateCents" INTEGER,
ADD COLUMN     "scheduledAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "WorkOrder_orgId_completedAt_idx" ON "WorkOrder"("orgId", "completedAt");

-- CreateIndex
CREATE INDEX "WorkOrder_orgId_closedAt_idx" ON "WorkOrder"("orgId", "closedAt");

-- CreateIndex
CREATE INDEX "WorkOrderEvent_type_createdAt_idx" ON "WorkOrderEvent"("type", "createdAt");


-- Written by hand (the schema cannot say it): the two denormalised columns are kept by triggers, in
-- the transaction that writes the row they come from, whoever writes it (a use case, the cron tick,
-- an import or a test's fixture); then filled in for the rows that exist.

-- WorkOrder.scheduledAt: the earliest STATUS_CHANGED event to SCHEDULED.
CREATE FUNCTION "fixwell_work_order_scheduled_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "WorkOrder" SET "scheduledAt" = NEW."createdAt"
  WHERE id = NEW."workOrderId" AND ("scheduledAt" IS NULL OR "scheduledAt" > NEW."createdAt");
  RETURN NULL;
END $$;

CREATE TRIGGER "WorkOrderEvent_scheduled_at" AFTER INSERT ON "WorkOrderEvent"
  FOR EACH ROW WHEN (NEW.type = 'STATUS_CHANGED' AND NEW."toStatus" = 'SCHEDULED')
  EXECUTE FUNCTION "fixwell_work_order_scheduled_at"();

-- WorkOrder.approvedEstimateCents: the amount of its APPROVED estimate updated last, recomputed on
-- any change to its estimates.
CREATE FUNCTION "fixwell_work_order_approved_estimate"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  wo text := CASE WHEN TG_OP = 'DELETE' THEN OLD."workOrderId" ELSE NEW."workOrderId" END;
BEGIN
  UPDATE "WorkOrder" w SET "approvedEstimateCents" = (
    SELECT c."amountCents" FROM "CostEstimate" c WHERE c."workOrderId" = wo AND c.status = 'APPROVED'
    ORDER BY c."updatedAt" DESC LIMIT 1)
  WHERE w.id = wo;
  IF TG_OP = 'UPDATE' AND OLD."workOrderId" IS DISTINCT FROM NEW."workOrderId" THEN
    UPDATE "WorkOrder" w SET "approvedEstimateCents" = (
      SELECT c."amountCents" FROM "CostEstimate" c WHERE c."workOrderId" = OLD."workOrderId" AND c.status = 'APPROVED'
      ORDER BY c."updatedAt" DESC LIMIT 1)
    WHERE w.id = OLD."workOrderId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "CostEstimate_approved_estimate" AFTER INSERT OR UPDATE OR DELETE ON "CostEstimate"
  FOR EACH ROW EXECUTE FUNCTION "fixwell_work_order_approved_estimate"();

UPDATE "WorkOrder" w SET "scheduledAt" = s.at
FROM (SELECT e."workOrderId", min(e."createdAt") AS at FROM "WorkOrderEvent" e
      WHERE e.type = 'STATUS_CHANGED' AND e."toStatus" = 'SCHEDULED' GROUP BY 1) s
WHERE s."workOrderId" = w.id;

UPDATE "WorkOrder" w SET "approvedEstimateCents" = e.amount
FROM (SELECT DISTINCT ON (c."workOrderId") c."workOrderId", c."amountCents" AS amount FROM "CostEstimate" c
      WHERE c.status = 'APPROVED' ORDER BY c."workOrderId", c."updatedAt" DESC) e
WHERE e."workOrderId" = w.id;
