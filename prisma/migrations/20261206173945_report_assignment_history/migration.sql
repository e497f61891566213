-- CreateTable
CREATE TABLE "WorkOrderAssignment" (
    "id" TEXT NOT NULL,
    "workOrderId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "vendorId" TEXT,
    "technicianId" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL,
    "ending" TEXT,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "WorkOrderAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkOrderAssignment_workOrderId_idx" ON "WorkOrderAssignment"("workOrderId");

-- CreateIndex
CREATE INDEX "WorkOrderAssignment_endedAt_idx" ON "WorkOrderAssignment"("endedAt");

-- AddForeignKey
ALTER TABLE "WorkOrderAssignment" ADD CONSTRAINT "WorkOrderAssignment_id_fkey" FOREIGN KEY ("id") REFERENCES "WorkOrderEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Written by hand (the schema cannot say it): WorkOrderAssignment is kept by statement-level
-- triggers on WorkOrderEvent, in the transaction that writes the events, whoever writes them (a use
-- case, the cron tick, an import, a test's fixture); then filled in for the events that exist.
--
-- A "move" is a STATUS_CHANGED event back to NEW, or to ASSIGNED naming a vendor or technician
-- (details.vendor). Each move to ASSIGNED is an assignment; it is DECLINED when the work order's
-- next move (by time, then id) goes back to NEW, and LOST when it goes to a different name. A
-- reopen (to ASSIGNED naming nobody) is not a move. Recomputed whole for each work order touched,
-- so events written out of order still end up in order.
CREATE FUNCTION "fixwell_refresh_assignments"(ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- An event changed so that it no longer assigns anyone (deleted events cascade).
  DELETE FROM "WorkOrderAssignment" a
  WHERE a."workOrderId" = ANY (ids) AND NOT EXISTS (
    SELECT 1 FROM "WorkOrderEvent" e WHERE e.id = a.id AND e.type = 'STATUS_CHANGED'
      AND e."toStatus" = 'ASSIGNED' AND e.details->>'vendor' IS NOT NULL);
  -- New assignments, with whom the name meant as they are written.
  INSERT INTO "WorkOrderAssignment" (id, "workOrderId", label, "vendorId", "technicianId", "assignedAt")
  SELECT e.id, e."workOrderId", e.details->>'vendor', r."vendorId", CASE WHEN r."vendorId" IS NULL THEN r."technicianId" END,
    e."createdAt"
  FROM "WorkOrderEvent" e JOIN "WorkOrder" w ON w.id = e."workOrderId",
  LATERAL (SELECT
    coalesce((SELECT v.id FROM "Vendor" v WHERE v.id = w."vendorId" AND v.company = e.details->>'vendor'),
             (SELECT v.id FROM "Vendor" v WHERE v."orgId" = w."orgId" AND v.company = e.details->>'vendor' ORDER BY v.id LIMIT 1)) AS "vendorId",
    coalesce((SELECT u.id FROM "User" u WHERE u.id = w."technicianId" AND u.name = e.details->>'vendor'),
             (SELECT u.id FROM "User" u WHERE u."orgId" = w."orgId" AND u.role = 'TECHNICIAN' AND u.name = e.details->>'vendor'
              ORDER BY u.id LIMIT 1)) AS "technicianId") r
  WHERE e."workOrderId" = ANY (ids) AND e.type = 'STATUS_CHANGED' AND e."toStatus" = 'ASSIGNED'
    AND e.details->>'vendor' IS NOT NULL
  ON CONFLICT (id) DO UPDATE SET "assignedAt" = EXCLUDED."assignedAt", label = EXCLUDED.label,
    "vendorId" = CASE WHEN "WorkOrderAssignment".label = EXCLUDED.label THEN "WorkOrderAssignment"."vendorId" ELSE EXCLUDED."vendorId" END,
    "technicianId" = CASE WHEN "WorkOrderAssignment".label = EXCLUDED.label THEN "WorkOrderAssignment"."technicianId" ELSE EXCLUDED."technicianId" END;
  -- How each ended: the next move of its work order.
  UPDATE "WorkOrderAssignment" a SET ending = m.ending, "endedAt" = CASE WHEN m.ending IS NOT NULL THEN m.next_at END
  FROM (
    SELECT x.id, x.next_at,
      CASE WHEN x.next_to = 'NEW' THEN 'DECLINED'
           WHEN x.next_to = 'ASSIGNED' AND x.next_label IS DISTINCT FROM x.label THEN 'LOST' END AS ending
    FROM (
      SELECT e.id, e.details->>'vendor' AS label, lead(e."toStatus") OVER win AS next_to,
        lead(e.details->>'vendor') OVER win AS next_label, lead(e."createdAt") OVER win AS next_at
      FROM "WorkOrderEvent" e
      WHERE e."workOrderId" = ANY (ids) AND e.type = 'STATUS_CHANGED'
        AND (e."toStatus" = 'NEW' OR (e."toStatus" = 'ASSIGNED' AND e.details->>'vendor' IS NOT NULL))
      WINDOW win AS (PARTITION BY e."workOrderId" ORDER BY e."createdAt", e.id)) x) m
  WHERE a.id = m.id AND (a.ending IS DISTINCT FROM m.ending OR a."endedAt" IS DISTINCT FROM CASE WHEN m.ending IS NOT NULL THEN m.next_at END);
END $$;

-- The work orders a statement's events touched, as moves or as possible moves.
CREATE FUNCTION "fixwell_assignments_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "fixwell_refresh_assignments"(ARRAY(
    SELECT DISTINCT n."workOrderId" FROM new_rows n WHERE n.type = 'STATUS_CHANGED' AND n."toStatus" IN ('NEW', 'ASSIGNED')));
  RETURN NULL;
END $$;

CREATE FUNCTION "fixwell_assignments_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "fixwell_refresh_assignments"(ARRAY(
    SELECT n."workOrderId" FROM new_rows n WHERE n.type = 'STATUS_CHANGED' OR n."toStatus" IS NOT NULL
    UNION SELECT o."workOrderId" FROM old_rows o WHERE o.type = 'STATUS_CHANGED' OR o."toStatus" IS NOT NULL));
  RETURN NULL;
END $$;

CREATE FUNCTION "fixwell_assignments_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "fixwell_refresh_assignments"(ARRAY(
    SELECT DISTINCT o."workOrderId" FROM old_rows o WHERE o.type = 'STATUS_CHANGED' AND o."toStatus" IN ('NEW', 'ASSIGNED')));
  RETURN NULL;
END $$;

-- One trigger per kind of statement: a trigger with transition tables may name only one.
CREATE TRIGGER "WorkOrderEvent_assignments_insert" AFTER INSERT ON "WorkOrderEvent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fixwell_assignments_after_insert"();
CREATE TRIGGER "WorkOrderEvent_assignments_update" AFTER UPDATE ON "WorkOrderEvent"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fixwell_assignments_after_update"();
CREATE TRIGGER "WorkOrderEvent_assignments_delete" AFTER DELETE ON "WorkOrderEvent"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "fixwell_assignments_after_delete"();

SELECT "fixwell_refresh_assignments"(ARRAY(
  SELECT DISTINCT e."workOrderId" FROM "WorkOrderEvent" e WHERE e.type = 'STATUS_CHANGED' AND e."toStatus" IN ('NEW', 'ASSIGNED')));
