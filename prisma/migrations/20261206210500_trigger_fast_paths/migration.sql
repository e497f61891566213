-- Written by hand (issue 19: a new work order's insert spent more time in triggers than in its own
-- writes). The triggers keep doing what they did; they only stop paying for work that changes nothing.

-- The assignment history is recomputed only when a statement's events include a move: a CREATED
-- event (every report) assigns no one, yet its empty recomputation cost about 1.3 ms.
CREATE OR REPLACE FUNCTION "fixwell_assignments_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := ARRAY(SELECT DISTINCT n."workOrderId" FROM new_rows n
                      WHERE n.type = 'STATUS_CHANGED' AND n."toStatus" IN ('NEW', 'ASSIGNED'));
BEGIN
  IF cardinality(ids) > 0 THEN
    PERFORM "fixwell_refresh_assignments"(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "fixwell_assignments_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := ARRAY(SELECT n."workOrderId" FROM new_rows n WHERE n.type = 'STATUS_CHANGED' OR n."toStatus" IS NOT NULL
                      UNION SELECT o."workOrderId" FROM old_rows o WHERE o.type = 'STATUS_CHANGED' OR o."toStatus" IS NOT NULL);
BEGIN
  IF cardinality(ids) > 0 THEN
    PERFORM "fixwell_refresh_assignments"(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "fixwell_assignments_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := ARRAY(SELECT DISTINCT o."workOrderId" FROM old_rows o
                      WHERE o.type = 'STATUS_CHANGED' AND o."toStatus" IN ('NEW', 'ASSIGNED'));
BEGIN
  IF cardinality(ids) > 0 THEN
    PERFORM "fixwell_refresh_assignments"(ids);
  END IF;
  RETURN NULL;
END $$;

-- A work order's next request: nothing to look for until it is completed (a new report never is).
-- In PL/pgSQL its query is planned once per connection, not on every call as an SQL function's was
-- (about 0.4 ms each).
CREATE OR REPLACE FUNCTION "fixwell_next_request_at"(w "WorkOrder") RETURNS timestamp(3) LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF w."completedAt" IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN (SELECT min(n."createdAt") FROM "WorkOrder" n
          WHERE n."unitId" = w."unitId" AND n."categoryId" = w."categoryId"
            AND n.status <> 'CANCELLED' AND n.id <> w.id AND n."createdAt" > w."completedAt");
END $$;

-- Both recomputations take a list of work orders (or units and categories) and look each up by its
-- index whatever the list's length: one plan kept per connection instead of one made per call.
ALTER FUNCTION "fixwell_refresh_next_requests"(text[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION "fixwell_refresh_assignments"(text[]) SET plan_cache_mode = force_generic_plan;
