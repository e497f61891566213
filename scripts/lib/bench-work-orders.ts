// Shared by the benchmarks (scripts/bench-*.ts): 100,000 work orders made in one SQL statement.
// Spread over every unit (so every property), category, status, priority and a year of dates;
// about a quarter open, as in a real backlog. Due times follow the priority's targets.
export const seedWorkOrdersSql = (rows: number) => `
    WITH u AS (SELECT un.id, un."propertyId", p."orgId", (row_number() OVER (ORDER BY un.id)) - 1 AS i FROM "Unit" un JOIN "Property" p ON p.id = un."propertyId"),
         c AS (SELECT id, (row_number() OVER (ORDER BY id)) - 1 AS i FROM "Category"),
         n AS (SELECT (SELECT count(*) FROM u) AS units, (SELECT count(*) FROM c) AS cats),
         g AS (SELECT s, now() - (s % 365) * interval '1 day' - (s % 1440) * interval '1 minute' AS created,
                 (ARRAY['NEW','ASSIGNED','SCHEDULED','COMPLETED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CANCELLED'])[1 + s % 12] AS st,
                 (ARRAY['EMERGENCY','URGENT','ROUTINE','ROUTINE','ROUTINE','LOW'])[1 + (s / 7) % 6] AS pr,
                 (ARRAY[4, 24, 48, 168])[1 + (s / 7) % 4] AS resp_h
               FROM generate_series(1, ${rows}) AS s)
    INSERT INTO "WorkOrder" (id, "orgId", "propertyId", "unitId", "categoryId", "tenantSeverity", priority, status, description,
      "holdReason", "firstResponseAt", "completedAt", "responseDueAt", "responseAtRiskAt", "resolutionDueAt", "resolutionAtRiskAt", "createdAt", "updatedAt")
    SELECT 'bench' || g.s, u."orgId", u."propertyId", u.id, c.id, g.pr::"Priority", g.pr::"Priority", g.st::"WorkOrderStatus",
      (ARRAY['Kitchen tap leaking under the sink','No heat in the bedroom radiator','Front door lock sticks','Outlet sparks when used',
             'Dishwasher will not drain','Mice behind the fridge','Window cracked in the living room','Toilet keeps running',
             'Smoke detector chirping','Ceiling stain spreading'])[1 + g.s % 10] || ' (ref ' || g.s || ')',
      CASE WHEN g.s % 97 = 0 THEN 'WAITING_FOR_PARTS'::"HoldReason" END,
      CASE WHEN g.st <> 'NEW' AND g.st <> 'CANCELLED' THEN g.created + interval '2 hours' END,
      CASE WHEN g.st IN ('COMPLETED', 'CLOSED') THEN g.created + interval '2 days' END,
      g.created + g.resp_h * interval '1 hour', g.created + g.resp_h * interval '45 minutes',
      g.created + g.resp_h * interval '3 hours', g.created + g.resp_h * interval '135 minutes',
      g.created, now()
    FROM g JOIN n ON true JOIN u ON u.i = g.s % n.units JOIN c ON c.i = (g.s / 3) % n.cats`;
