/** 2,000 more units over the demo's properties: a portfolio of the size that makes 100,000 requests a year. */
export const seedReportUnitsSql = `
  INSERT INTO "Unit" (id, "propertyId", label)
  SELECT 'rbu' || s, p.id, 'B' || s FROM generate_series(1, 2000) AS s
  JOIN (SELECT id, (row_number() OVER (ORDER BY id)) - 1 AS i, count(*) OVER () AS n FROM "Property") p ON p.i = s % p.n`;

// For `npm run bench -- reports`: N work orders with full histories, set-based (generate_series),
// on top of the demo data. Spread over every unit, category and vendor and a year of dates; each
// status has the clock columns and STATUS_CHANGED events of the road that led to it, 1 in 20 a
// hold (placed and mostly released), 1 in 50 a reopen, 1 in 10 an approved estimate.
export const seedReportWorkOrdersSql = (rows: number) => `
  WITH u AS (SELECT un.id, un."propertyId", p."orgId", (row_number() OVER (ORDER BY un.id)) - 1 AS i FROM "Unit" un JOIN "Property" p ON p.id = un."propertyId"),
    c AS (SELECT id, (row_number() OVER (ORDER BY id)) - 1 AS i FROM "Category"),
    v AS (SELECT id, (row_number() OVER (ORDER BY id)) - 1 AS i FROM "Vendor"),
    n AS (SELECT (SELECT count(*) FROM u) AS units, (SELECT count(*) FROM c) AS cats, (SELECT count(*) FROM v) AS vendors),
    g AS (SELECT s, now() - (s % 365) * interval '1 day' - (s % 1440) * interval '1 minute' AS created,
            (ARRAY['NEW','ASSIGNED','SCHEDULED','COMPLETED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CANCELLED'])[1 + s % 12] AS st,
            (ARRAY['EMERGENCY','URGENT','ROUTINE','ROUTINE','ROUTINE','LOW'])[1 + (s / 7) % 6] AS pr,
            (ARRAY[4, 24, 48, 168])[1 + (s / 7) % 4] AS resp_h,
            1 + s % 9 AS r, 6 + s % 70 AS sc, 24 + (s * 7) % 240 AS dn, 30 + (s * 7) % 240 + s % 96 AS cl
          FROM generate_series(1, ${rows}) AS s)
  INSERT INTO "WorkOrder" (id, "orgId", "propertyId", "unitId", "categoryId", "tenantSeverity", priority, status, description,
    "vendorId", "holdReason", "firstResponseAt", "assignedAt", "acceptedAt", "windowStart", "windowEnd", "arrivedAt",
    "completedAt", "closedAt", "cancelledAt", "actualCostCents", rating, "ratedAt",
    "responseDueAt", "responseAtRiskAt", "resolutionDueAt", "resolutionAtRiskAt", "createdAt", "updatedAt")
  SELECT 'rb' || g.s, u."orgId", u."propertyId", u.id, c.id, g.pr::"Priority", g.pr::"Priority", g.st::"WorkOrderStatus",
    'Report bench request ' || g.s, CASE WHEN g.st NOT IN ('NEW', 'CANCELLED') THEN v.id END,
    CASE WHEN g.s % 20 = 0 AND g.s % 60 = 0 AND g.st IN ('ASSIGNED', 'SCHEDULED') THEN 'WAITING_FOR_PARTS'::"HoldReason" END,
    CASE WHEN g.st <> 'NEW' AND g.st <> 'CANCELLED' THEN g.created + g.r * interval '1 hour' END,
    CASE WHEN g.st <> 'NEW' AND g.st <> 'CANCELLED' THEN g.created + g.r * interval '1 hour' END,
    CASE WHEN g.st NOT IN ('NEW', 'ASSIGNED', 'CANCELLED') THEN g.created + g.sc * interval '1 hour' END,
    CASE WHEN g.st NOT IN ('NEW', 'ASSIGNED', 'CANCELLED') THEN g.created + (g.sc + 12) * interval '1 hour' END,
    CASE WHEN g.st NOT IN ('NEW', 'ASSIGNED', 'CANCELLED') THEN g.created + (g.sc + 16) * interval '1 hour' END,
    CASE WHEN g.st IN ('COMPLETED', 'CLOSED') THEN g.created + (g.sc + 13 + g.s % 5) * interval '1 hour' END,
    CASE WHEN g.st IN ('COMPLETED', 'CLOSED') THEN g.created + (g.sc + g.dn) * interval '1 hour' END,
    CASE WHEN g.st = 'CLOSED' THEN g.created + (g.sc + g.dn + g.cl) * interval '1 hour' END,
    CASE WHEN g.st = 'CANCELLED' THEN g.created + interval '5 hours' END,
    CASE WHEN g.st IN ('COMPLETED', 'CLOSED') THEN 5000 + (g.s * 37) % 90000 END,
    CASE WHEN g.st = 'CLOSED' AND g.s % 3 = 0 THEN 1 + g.s % 5 END,
    CASE WHEN g.st = 'CLOSED' AND g.s % 3 = 0 THEN g.created + (g.sc + g.dn + g.cl + 1) * interval '1 hour' END,
    g.created + g.resp_h * interval '1 hour', g.created + g.resp_h * interval '45 minutes',
    g.created + g.resp_h * interval '3 hours', g.created + g.resp_h * interval '135 minutes', g.created, now()
  FROM g JOIN n ON true JOIN u ON u.i = g.s % n.units JOIN c ON c.i = (g.s / 3) % n.cats JOIN v ON v.i = (g.s / 5) % n.vendors`;

/** The events behind those columns, and the estimates: run after seedReportWorkOrdersSql. */
export const seedReportEventsSql = [
  `INSERT INTO "WorkOrderEvent" (id, "workOrderId", "actorLabel", type, "fromStatus", "toStatus", details, "createdAt")
   SELECT w.id || ':' || k.tag, w.id, 'Bench', k.type, k.f::"WorkOrderStatus", k.t::"WorkOrderStatus", k.details, k.at
   FROM "WorkOrder" w LEFT JOIN "Vendor" v ON v.id = w."vendorId",
   LATERAL (VALUES
     ('c', 'CREATED', NULL, NULL, '{}'::jsonb, w."createdAt"),
     ('a', 'STATUS_CHANGED', 'NEW', 'ASSIGNED', jsonb_build_object('vendor', v.company), w."assignedAt"),
     ('s', 'STATUS_CHANGED', 'ASSIGNED', 'SCHEDULED', '{}'::jsonb, w."acceptedAt"),
     ('d', 'STATUS_CHANGED', 'SCHEDULED', 'COMPLETED', '{}'::jsonb, w."completedAt"),
     ('x', 'STATUS_CHANGED', 'COMPLETED', 'CLOSED', '{}'::jsonb, w."closedAt"),
     ('n', 'STATUS_CHANGED', 'NEW', 'CANCELLED', '{}'::jsonb, w."cancelledAt"),
     ('h', 'HOLD_PLACED', NULL, NULL, '{"reason":"WAITING_FOR_PARTS"}'::jsonb, CASE WHEN substr(w.id, 3)::int % 20 = 0 THEN w."assignedAt" + interval '1 hour' END),
     ('r', 'HOLD_RELEASED', NULL, NULL, '{"reason":"WAITING_FOR_PARTS"}'::jsonb, CASE WHEN substr(w.id, 3)::int % 20 = 0 AND w."holdReason" IS NULL THEN w."assignedAt" + interval '30 hours' END),
     ('o', 'STATUS_CHANGED', 'COMPLETED', 'ASSIGNED', '{"reopened":"not fixed"}'::jsonb, CASE WHEN substr(w.id, 3)::int % 50 = 0 THEN w."completedAt" - interval '1 hour' END)
   ) AS k(tag, type, f, t, details, at)
   WHERE w.id LIKE 'rb%' AND k.at IS NOT NULL`,
  `INSERT INTO "CostEstimate" (id, "workOrderId", "vendorId", "amountCents", description, status, "createdAt", "updatedAt")
   SELECT w.id || ':e', w.id, w."vendorId", w."actualCostCents" - 1000, 'Bench estimate', 'APPROVED', w."acceptedAt", w."acceptedAt"
   FROM "WorkOrder" w WHERE w.id LIKE 'rb%' AND w."actualCostCents" IS NOT NULL AND substr(w.id, 3)::int % 10 = 0`,
  `INSERT INTO "CostApproval" (id, "estimateId", decision, "ownerId", "createdAt")
   SELECT e.id || ':a', e.id, 'APPROVED', p."ownerId", e."createdAt" + interval '7 hours'
   FROM "CostEstimate" e JOIN "WorkOrder" w ON w.id = e."workOrderId" JOIN "Property" p ON p.id = w."propertyId"
   WHERE e.id LIKE 'rb%' AND p."ownerId" IS NOT NULL`,
];
