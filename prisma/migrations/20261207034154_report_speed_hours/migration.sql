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

-- A work order's row, as it should be (a column added to WorkOrderSpeed must be added here too).
CREATE FUNCTION "fixwell_speed_hours_of"(w "WorkOrder") RETURNS "WorkOrderSpeed" LANGUAGE sql IMMUTABLE AS $$
  SELECT w.id, w."orgId", w."propertyId", w."categoryId", w.priority, w."vendorId", w."createdAt",
    date_part('epoch', w."firstResponseAt" - w."createdAt") / 3600,
    date_part('epoch', w."scheduledAt" - w."createdAt") / 3600,
    date_part('epoch', w."completedAt" - w."createdAt") / 3600,
    date_part('epoch', w."closedAt" - w."createdAt") / 3600
$$;

CREATE FUNCTION "fixwell_speed_hours_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "WorkOrderSpeed" SELECT r.* FROM new_rows n, LATERAL "fixwell_speed_hours_of"(n) r;
  RETURN NULL;
END $$;

CREATE FUNCTION "fixwell_speed_hours_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "WorkOrderSpeed" s SET "orgId" = r."orgId", "propertyId" = r."propertyId", "categoryId" = r."categoryId",
    priority = r.priority, "vendorId" = r."vendorId", "createdAt" = r."createdAt", "responseHours" = r."responseHours",
    "scheduleHours" = r."scheduleHours", "completeHours" = r."completeHours", "closeHours" = r."closeHours"
  FROM "fixwell_speed_hours_of"(NEW) r WHERE s."workOrderId" = NEW.id;
  RETURN NULL;
END $$;

-- A statement that inserts many work orders (an import, the bench's seed) fills their rows at once.
CREATE TRIGGER "WorkOrder_speed_hours_insert" AFTER INSERT ON "WorkOrder"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fixwell_speed_hours_after_insert"();
-- Most updates (the next due time, the search text, a hold) set none of the columns the row is made
-- from; of those that do, the WHEN skips the ones that leave the row as it was, without calling the
-- trigger's function.
CREATE TRIGGER "WorkOrder_speed_hours_update" AFTER UPDATE OF "orgId", "propertyId", "categoryId", priority, "vendorId",
    "createdAt", "firstResponseAt", "scheduledAt", "completedAt", "closedAt"
  ON "WorkOrder" FOR EACH ROW
  WHEN ("fixwell_speed_hours_of"(OLD) IS DISTINCT FROM "fixwell_speed_hours_of"(NEW))
  EXECUTE FUNCTION "fixwell_speed_hours_after_update"();

-- The work orders that exist, in one pass.
INSERT INTO "WorkOrderSpeed" SELECT r.* FROM "WorkOrder" w, LATERAL "fixwell_speed_hours_of"(w) r;
