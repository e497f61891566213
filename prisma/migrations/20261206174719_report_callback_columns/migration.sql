-- AlterTable
ALTER TABLE "WorkOrder" ADD COLUMN     "nextRequestAt" TIMESTAMP(3),
ADD COLUMN     "reopenedAt" TIMESTAMP(3);



-- Written by hand (the schema cannot say it): both columns are kept by triggers in the transaction
-- that writes the rows they come from, whoever writes them; then filled in for the rows that exist.
-- The updates below set only these columns, which no trigger listens to: nothing recurses.

-- WorkOrder.reopenedAt: the earliest reopen event (COMPLETED or CLOSED back to ASSIGNED).
CREATE FUNCTION "fixwell_work_order_reopened_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "WorkOrder" SET "reopenedAt" = NEW."createdAt"
  WHERE id = NEW."workOrderId" AND ("reopenedAt" IS NULL OR "reopenedAt" > NEW."createdAt");
  RETURN NULL;
END $$;

CREATE TRIGGER "WorkOrderEvent_reopened_at" AFTER INSERT ON "WorkOrderEvent"
  FOR EACH ROW WHEN (NEW.type = 'STATUS_CHANGED' AND NEW."toStatus" = 'ASSIGNED' AND NEW."fromStatus" IN ('COMPLETED', 'CLOSED'))
  EXECUTE FUNCTION "fixwell_work_order_reopened_at"();

-- WorkOrder.nextRequestAt: for a completed work order, the earliest creation of another request,
-- not cancelled, for the same unit and category, after its completion. Its own row is set before it
-- is written; the completed ones of a unit and category are recomputed when a request there is
-- added, removed, cancelled (or restored), moved or re-dated.
CREATE FUNCTION "fixwell_next_request_at"(w "WorkOrder") RETURNS timestamp(3) LANGUAGE sql STABLE AS $$
  SELECT min(n."createdAt") FROM "WorkOrder" n
  WHERE w."completedAt" IS NOT NULL AND n."unitId" = w."unitId" AND n."categoryId" = w."categoryId"
    AND n.status <> 'CANCELLED' AND n.id <> w.id AND n."createdAt" > w."completedAt"
$$;

CREATE FUNCTION "fixwell_work_order_own_next_request"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."nextRequestAt" := "fixwell_next_request_at"(NEW);
  RETURN NEW;
END $$;

CREATE TRIGGER "WorkOrder_own_next_request" BEFORE INSERT OR UPDATE OF "completedAt", "unitId", "categoryId" ON "WorkOrder"
  FOR EACH ROW EXECUTE FUNCTION "fixwell_work_order_own_next_request"();

CREATE FUNCTION "fixwell_refresh_next_requests"(pairs text[][]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "WorkOrder" w SET "nextRequestAt" = "fixwell_next_request_at"(w)
  FROM unnest(pairs[:][1:1], pairs[:][2:2]) AS p(unit, category)
  WHERE w."unitId" = p.unit AND w."categoryId" = p.category AND w."completedAt" IS NOT NULL
    AND w."nextRequestAt" IS DISTINCT FROM "fixwell_next_request_at"(w);
END $$;

-- Added requests, one statement at a time (a bulk import recomputes each unit and category once).
CREATE FUNCTION "fixwell_next_requests_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "fixwell_refresh_next_requests"(ARRAY(
    SELECT DISTINCT ARRAY[n."unitId", n."categoryId"] FROM new_rows n WHERE n.status <> 'CANCELLED'));
  RETURN NULL;
END $$;

CREATE TRIGGER "WorkOrder_next_requests_insert" AFTER INSERT ON "WorkOrder"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fixwell_next_requests_after_insert"();

CREATE FUNCTION "fixwell_next_requests_after_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM "fixwell_refresh_next_requests"(ARRAY[ARRAY[OLD."unitId", OLD."categoryId"], ARRAY[NEW."unitId", NEW."categoryId"]]);
  ELSE
    PERFORM "fixwell_refresh_next_requests"(ARRAY[ARRAY[OLD."unitId", OLD."categoryId"]]);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "WorkOrder_next_requests_update" AFTER UPDATE OF status, "unitId", "categoryId", "createdAt" ON "WorkOrder"
  FOR EACH ROW WHEN ((OLD.status = 'CANCELLED') IS DISTINCT FROM (NEW.status = 'CANCELLED')
    OR OLD."unitId" IS DISTINCT FROM NEW."unitId" OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId"
    OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION "fixwell_next_requests_after_change"();

CREATE TRIGGER "WorkOrder_next_requests_delete" AFTER DELETE ON "WorkOrder"
  FOR EACH ROW WHEN (OLD.status <> 'CANCELLED') EXECUTE FUNCTION "fixwell_next_requests_after_change"();

UPDATE "WorkOrder" w SET "nextRequestAt" = "fixwell_next_request_at"(w) WHERE w."completedAt" IS NOT NULL;

UPDATE "WorkOrder" w SET "reopenedAt" = r.at
FROM (SELECT e."workOrderId", min(e."createdAt") AS at FROM "WorkOrderEvent" e
      WHERE e.type = 'STATUS_CHANGED' AND e."toStatus" = 'ASSIGNED' AND e."fromStatus" IN ('COMPLETED', 'CLOSED') GROUP BY 1) r
WHERE r."workOrderId" = w.id;
