-- CreateTable
CREATE TABLE "WorkOrderSpeed" (
    "workOrderId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "propertyId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "priority" "Priority" NOT NULL,
    "vendorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "responseHours" DOUBLE PRECISION,
    "scheduleHours" DOUBLE PRECISION,
    "completeHours" DOUBLE PRECISION,
    "closeHours" DOUBLE PRECISION,

    CONSTRAINT "WorkOrderSpeed_pkey" PRIMARY KEY ("workOrderId")
);

-- CreateIndex
CREATE INDEX "WorkOrderSpeed_orgId_createdAt_idx" ON "WorkOrderSpeed"("orgId", "createdAt");

-- AddForeignKey
ALTER TABLE "WorkOrderSpeed" ADD CONSTRAINT "WorkOrderSpeed_workOrderId_fkey" FOREIGN KEY ("workOrderId") REFERENCES "WorkOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand (the schema cannot say it): WorkOrderSpeed is kept by triggers on WorkOrder, in
-- the transaction that writes the work order, whoever writes it (a use case, the cron tick, the
-- scheduled-at trigger, an import, a test's fixture); then filled in for the work orders that exist.
-- Each clock's hours are the speed report's own expression (date_part, float8), so reading them from
-- here answers exactly what computing them from the work order did.
CREATE FUNCTION "fixwell_speed_hours_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "WorkOrderSpeed"
  SELECT n.id, n."orgId", n."propertyId", n."categoryId", n.priority, n."vendorId", n."createdAt",
    date_part('epoch', n."firstResponseAt" - n."createdAt") / 3600,
    date_part('epoch', n."scheduledAt" - n."createdAt") / 3600,
    date_part('epoch', n."completedAt" - n."createdAt") / 3600,
    date_part('epoch', n."closedAt" - n."createdAt") / 3600
  FROM new_rows n;
  RETURN NULL;
END $$;

CREATE FUNCTION "fixwell_speed_hours_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "WorkOrderSpeed" SET "orgId" = NEW."orgId", "propertyId" = NEW."propertyId", "categoryId" = NEW."categoryId",
    priority = NEW.priority, "vendorId" = NEW."vendorId", "createdAt" = NEW."createdAt",
    "responseHours" = date_part('epoch', NEW."firstResponseAt" - NEW."createdAt") / 3600,
    "scheduleHours" = date_part('epoch', NEW."scheduledAt" - NEW."createdAt") / 3600,
    "completeHours" = date_part('epoch', NEW."completedAt" - NEW."createdAt") / 3600,
    "closeHours" = date_part('epoch', NEW."closedAt" - NEW."createdAt") / 3600
  WHERE "workOrderId" = NEW.id;
  RETURN NULL;
END $$;

-- A statement that inserts many work orders (an import, the bench's seed) fills their rows at once.
CREATE TRIGGER "WorkOrder_speed_hours_insert" AFTER INSERT ON "WorkOrder"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fixwell_speed_hours_after_insert"();
-- Most updates (the next due time, the search text, a hold) change none of these: the WHEN skips them
-- without calling the function.
CREATE TRIGGER "WorkOrder_speed_hours_update" AFTER UPDATE OF "orgId", "propertyId", "categoryId", priority, "vendorId",
    "createdAt", "firstResponseAt", "scheduledAt", "completedAt", "closedAt"
  ON "WorkOrder" FOR EACH ROW
  WHEN (OLD."orgId" IS DISTINCT FROM NEW."orgId" OR OLD."propertyId" IS DISTINCT FROM NEW."propertyId"
    OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId" OR OLD.priority IS DISTINCT FROM NEW.priority
    OR OLD."vendorId" IS DISTINCT FROM NEW."vendorId" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt"
    OR OLD."firstResponseAt" IS DISTINCT FROM NEW."firstResponseAt" OR OLD."scheduledAt" IS DISTINCT FROM NEW."scheduledAt"
    OR OLD."completedAt" IS DISTINCT FROM NEW."completedAt" OR OLD."closedAt" IS DISTINCT FROM NEW."closedAt")
  EXECUTE FUNCTION "fixwell_speed_hours_after_update"();

-- The work orders that exist, in one pass.
INSERT INTO "WorkOrderSpeed"
SELECT w.id, w."orgId", w."propertyId", w."categoryId", w.priority, w."vendorId", w."createdAt",
  date_part('epoch', w."firstResponseAt" - w."createdAt") / 3600,
  date_part('epoch', w."scheduledAt" - w."createdAt") / 3600,
  date_part('epoch', w."completedAt" - w."createdAt") / 3600,
  date_part('epoch', w."closedAt" - w."createdAt") / 3600
FROM "WorkOrder" w;
