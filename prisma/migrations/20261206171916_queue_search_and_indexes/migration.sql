-- AlterTable
ALTER TABLE "WorkOrder" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "WorkOrder_orgId_createdAt_id_idx" ON "WorkOrder"("orgId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "WorkOrder_orgId_propertyId_status_priority_idx" ON "WorkOrder"("orgId", "propertyId", "status", "priority");


-- Written by hand (the schema cannot say it; tests/db/migrations.test.ts lists each): the queue's
-- search text, kept by triggers in the transaction of the write it comes from, whoever writes it
-- (intake, an edit, a unit relabelled, a person renamed, an import or a test's fixture); one trigram
-- index over it instead of a description index and an OR over unit and people ids.
CREATE FUNCTION "fixwell_search_text"(description text, "reporterName" text, "unitId" text, "reporterId" text)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws(E'\n', description, "reporterName",
    (SELECT u.label FROM "Unit" u WHERE u.id = "unitId"),
    (SELECT p.name FROM "User" p WHERE p.id = "reporterId"))
$$;

CREATE FUNCTION "fixwell_work_order_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := "fixwell_search_text"(NEW.description, NEW."reporterName", NEW."unitId", NEW."reporterId");
  RETURN NEW;
END $$;

CREATE TRIGGER "WorkOrder_search_text" BEFORE INSERT OR UPDATE OF description, "reporterName", "unitId", "reporterId", "searchText"
  ON "WorkOrder" FOR EACH ROW EXECUTE FUNCTION "fixwell_work_order_search_text"();

-- A unit relabelled or a person renamed: their work orders' text follows.
CREATE FUNCTION "fixwell_unit_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "WorkOrder" w SET "searchText" = "fixwell_search_text"(w.description, w."reporterName", w."unitId", w."reporterId")
  WHERE w."unitId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "Unit_search_text" AFTER UPDATE OF label ON "Unit"
  FOR EACH ROW WHEN (OLD.label IS DISTINCT FROM NEW.label) EXECUTE FUNCTION "fixwell_unit_search_text"();

CREATE FUNCTION "fixwell_user_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "WorkOrder" w SET "searchText" = "fixwell_search_text"(w.description, w."reporterName", w."unitId", w."reporterId")
  WHERE w."reporterId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "User_search_text" AFTER UPDATE OF name ON "User"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION "fixwell_user_search_text"();

UPDATE "WorkOrder" w SET "searchText" = "fixwell_search_text"(w.description, w."reporterName", w."unitId", w."reporterId");

DROP INDEX "WorkOrder_description_trgm_idx";
DROP INDEX "WorkOrder_reporterName_trgm_idx";
CREATE INDEX "WorkOrder_searchText_trgm_idx" ON "WorkOrder" USING GIN ("searchText" gin_trgm_ops);

-- Open work (the queue's default): newest first per organisation, and by the next SLA due time
-- (the due sort, Breached, At risk). Partial, so closed history never weighs on them. The queue's
-- SQL writes the same status list (lib/work-orders/queue-sql.ts) so the planner proves the match.
CREATE INDEX "WorkOrder_open_newest_idx" ON "WorkOrder" ("orgId", "createdAt" DESC, id DESC)
  WHERE status IN ('NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED');
CREATE INDEX "WorkOrder_open_due_idx" ON "WorkOrder" ("orgId", "nextDueAt", "createdAt", id)
  WHERE status IN ('NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED');

-- The saved views' counts (capped at 1,001) read these alone, without the table: Breached per
-- property by due time; Waiting on us and Unassigned as their own partial indexes, each with the
-- view's condition written exactly as queue-sql.ts writes it.
CREATE INDEX "WorkOrder_open_property_due_idx" ON "WorkOrder" ("orgId", "propertyId", "nextDueAt")
  WHERE status IN ('NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED');
CREATE INDEX "WorkOrder_waiting_idx" ON "WorkOrder" ("orgId", "propertyId", "createdAt")
  WHERE status IN ('NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED')
    AND ((status = 'NEW' AND "firstResponseAt" IS NULL) OR "rescheduleRequestedAt" IS NOT NULL OR status = 'COMPLETED');
CREATE INDEX "WorkOrder_unassigned_idx" ON "WorkOrder" ("orgId", "propertyId", "createdAt")
  WHERE status = 'NEW' AND "vendorId" IS NULL AND "technicianId" IS NULL;
