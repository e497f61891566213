-- CreateTable
CREATE TABLE "WorkOrderStageStay" (
    "id" TEXT NOT NULL,
    "workOrderId" TEXT NOT NULL,
    "stage" "WorkOrderStatus" NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "orgId" TEXT NOT NULL,
    "propertyId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "priority" "Priority" NOT NULL,
    "vendorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkOrderStageStay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkOrderStageStay_workOrderId_idx" ON "WorkOrderStageStay"("workOrderId");

-- CreateIndex
CREATE INDEX "WorkOrderStageStay_orgId_createdAt_idx" ON "WorkOrderStageStay"("orgId", "createdAt");

-- AddForeignKey
ALTER TABLE "WorkOrderStageStay" ADD CONSTRAINT "WorkOrderStageStay_workOrderId_fkey" FOREIGN KEY ("workOrderId") REFERENCES "WorkOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Written by hand (the schema cannot say it): WorkOrderStageStay is kept by triggers, in the
-- transaction that writes the events or the work order, whoever writes them (a use case, the cron
-- tick, an import, a test's fixture); then filled in for the events that exist.
--
-- A change of status is a STATUS_CHANGED event whose status differs from the one before (a
-- reschedule or a reassignment does not end a stay). Each begins a stay in the status it enters,
-- which ends at the work order's next change (by time, then id); the first also ends the stay in NEW
-- that began at creation (its row's id is the work order's). Only ended stays have a row. Recomputed
-- whole for each work order touched, so events written out of order still end up in order; rows
-- that come out the same are not written again.
-- The ended stays of the work orders `ids`, as they should be (an SQL function inlined into the
-- statements below: planned with them, once per connection).
CREATE FUNCTION "fixwell_stage_stays_of"(ids text[]) RETURNS SETOF "WorkOrderStageStay" LANGUAGE sql STABLE AS $$
  WITH ch AS (
    SELECT e.id, e."workOrderId", e."toStatus", e."createdAt",
      lead(e."createdAt") OVER win AS next, row_number() OVER win AS i
    FROM "WorkOrderEvent" e
    WHERE e."workOrderId" = ANY (ids) AND e.type = 'STATUS_CHANGED' AND e."fromStatus" IS DISTINCT FROM e."toStatus"
    WINDOW win AS (PARTITION BY e."workOrderId" ORDER BY e."createdAt", e.id))
  -- The stay in NEW from creation (no hours yet) runs to the first change.
  SELECT x.id, w.id, x.stage, coalesce(x.hours, (extract(epoch FROM (x.first - w."createdAt")) / 3600.0)::float8),
    w."orgId", w."propertyId", w."categoryId", w.priority, w."vendorId", w."createdAt"
  FROM (SELECT ch.id, ch."workOrderId", ch."toStatus" AS stage,
          (extract(epoch FROM (ch.next - ch."createdAt")) / 3600.0)::float8 AS hours, NULL::timestamp(3) AS first
        FROM ch WHERE ch.next IS NOT NULL AND ch."toStatus" IS NOT NULL
        UNION ALL
        SELECT ch."workOrderId", ch."workOrderId", 'NEW', NULL, ch."createdAt" FROM ch WHERE ch.i = 1) x
  JOIN "WorkOrder" w ON w.id = x."workOrderId"
$$;

CREATE FUNCTION "fixwell_refresh_stage_stays"(ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "WorkOrderStageStay" s
  WHERE s."workOrderId" = ANY (ids) AND NOT EXISTS (SELECT 1 FROM "fixwell_stage_stays_of"(ids) n WHERE n.id = s.id);
  INSERT INTO "WorkOrderStageStay" AS s SELECT * FROM "fixwell_stage_stays_of"(ids)
  ON CONFLICT (id) DO UPDATE SET "workOrderId" = EXCLUDED."workOrderId", stage = EXCLUDED.stage, hours = EXCLUDED.hours,
    "orgId" = EXCLUDED."orgId", "propertyId" = EXCLUDED."propertyId", "categoryId" = EXCLUDED."categoryId",
    priority = EXCLUDED.priority, "vendorId" = EXCLUDED."vendorId", "createdAt" = EXCLUDED."createdAt"
  WHERE (s."workOrderId", s.stage, s.hours, s."orgId", s."propertyId", s."categoryId", s.priority, s."vendorId", s."createdAt")
    IS DISTINCT FROM (EXCLUDED."workOrderId", EXCLUDED.stage, EXCLUDED.hours, EXCLUDED."orgId", EXCLUDED."propertyId",
                      EXCLUDED."categoryId", EXCLUDED.priority, EXCLUDED."vendorId", EXCLUDED."createdAt");
END $$;

-- One plan kept per connection whatever the list's length (each work order is looked up by its index).
ALTER FUNCTION "fixwell_refresh_stage_stays"(text[]) SET plan_cache_mode = force_generic_plan;

-- The work orders whose changes of status a statement touched. A statement with none (a report's
-- CREATED event, a message, a hold) returns at once.
CREATE FUNCTION "fixwell_stage_stays_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := ARRAY(SELECT DISTINCT n."workOrderId" FROM new_rows n
                      WHERE n.type = 'STATUS_CHANGED' AND n."fromStatus" IS DISTINCT FROM n."toStatus");
BEGIN
  IF cardinality(ids) > 0 THEN
    PERFORM "fixwell_refresh_stage_stays"(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "fixwell_stage_stays_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := ARRAY(SELECT n."workOrderId" FROM new_rows n
                      WHERE n.type = 'STATUS_CHANGED' AND n."fromStatus" IS DISTINCT FROM n."toStatus"
                      UNION SELECT o."workOrderId" FROM old_rows o
                      WHERE o.type = 'STATUS_CHANGED' AND o."fromStatus" IS DISTINCT FROM o."toStatus");
BEGIN
  IF cardinality(ids) > 0 THEN
    PERFORM "fixwell_refresh_stage_stays"(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "fixwell_stage_stays_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := ARRAY(SELECT DISTINCT o."workOrderId" FROM old_rows o
                      WHERE o.type = 'STATUS_CHANGED' AND o."fromStatus" IS DISTINCT FROM o."toStatus");
BEGIN
  IF cardinality(ids) > 0 THEN
    PERFORM "fixwell_refresh_stage_stays"(ids);
  END IF;
  RETURN NULL;
END $$;

-- A work order's keys or creation changed: its rows follow (an assignment changes the vendor).
CREATE FUNCTION "fixwell_stage_stays_after_work_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "fixwell_refresh_stage_stays"(ARRAY[NEW.id]);
  RETURN NULL;
END $$;

-- One trigger per kind of statement: a trigger with transition tables may name only one.
CREATE TRIGGER "WorkOrderEvent_stage_stays_insert" AFTER INSERT ON "WorkOrderEvent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fixwell_stage_stays_after_insert"();
CREATE TRIGGER "WorkOrderEvent_stage_stays_update" AFTER UPDATE ON "WorkOrderEvent"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fixwell_stage_stays_after_update"();
CREATE TRIGGER "WorkOrderEvent_stage_stays_delete" AFTER DELETE ON "WorkOrderEvent"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "fixwell_stage_stays_after_delete"();
CREATE TRIGGER "WorkOrder_stage_stays_update" AFTER UPDATE OF "orgId", "propertyId", "categoryId", priority, "vendorId", "createdAt"
  ON "WorkOrder" FOR EACH ROW
  WHEN (OLD."orgId" IS DISTINCT FROM NEW."orgId" OR OLD."propertyId" IS DISTINCT FROM NEW."propertyId"
    OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId" OR OLD.priority IS DISTINCT FROM NEW.priority
    OR OLD."vendorId" IS DISTINCT FROM NEW."vendorId" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION "fixwell_stage_stays_after_work_order"();

-- The stays of the events that exist, in one pass.
INSERT INTO "WorkOrderStageStay" SELECT * FROM "fixwell_stage_stays_of"(ARRAY(
  SELECT DISTINCT e."workOrderId" FROM "WorkOrderEvent" e
  WHERE e.type = 'STATUS_CHANGED' AND e."fromStatus" IS DISTINCT FROM e."toStatus"));
