-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "events" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "secretEnc" TEXT NOT NULL,
    "previousSecretEnc" TEXT,
    "previousSecretUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "workOrderId" TEXT,
    "payload" JSON NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAttemptAt" TIMESTAMP(3),
    "lastStatusCode" INTEGER,
    "lastResponse" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookEndpoint_orgId_idx" ON "WebhookEndpoint"("orgId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_createdAt_idx" ON "WebhookDelivery"("endpointId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_messageId_key" ON "WebhookDelivery"("endpointId", "messageId");

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand: the one place a work-order event becomes webhook deliveries, so no use case
-- can forget one. A constraint trigger deferred to COMMIT: it runs in the same transaction as the
-- change (nothing is sent for a change that rolls back, nothing is lost for one that commits) and
-- after the use case's last write, so the payload is the work order as that transaction left it.
-- Event names and payload fields are documented in lib/outbox/webhook-events.ts and the README.
CREATE FUNCTION "fixwell_webhook_fanout"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  types TEXT[];
BEGIN
  -- Most organisations have no endpoint: cheap to find out, and bulk imports stay fast.
  IF NOT EXISTS (SELECT 1 FROM "WebhookEndpoint" WHERE "active") THEN
    RETURN NULL;
  END IF;
  types := CASE
    WHEN NEW."type" = 'CREATED' THEN ARRAY['work_order.created']
    WHEN NEW."type" = 'STATUS_CHANGED' THEN ARRAY['work_order.status_changed']
      || CASE NEW."toStatus"::text
           WHEN 'COMPLETED' THEN ARRAY['work_order.completed']
           WHEN 'CLOSED' THEN ARRAY['work_order.closed']
           ELSE ARRAY[]::TEXT[] END
    ELSE ARRAY['work_order.estimate_decided'] END;
  INSERT INTO "WebhookDelivery" ("id", "orgId", "endpointId", "messageId", "eventType", "workOrderId", "payload",
                                 "nextAttemptAt", "createdAt")
  SELECT gen_random_uuid()::text, e."orgId", e."id", m.id, t.type, w."id",
    json_build_object('id', m.id, 'type', t.type,
      'timestamp', to_char(NEW."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'data', json_build_object(
        'workOrderId', w."id",
        'trackingNumber', w."trackingNumber",
        'status', COALESCE(NEW."toStatus", w."status"),
        'previousStatus', NEW."fromStatus",
        'priority', w."priority",
        'emergency', w."emergencyDetected",
        'holdReason', w."holdReason",
        'property', json_build_object('id', p."id", 'name', p."name"),
        'unit', json_build_object('id', u."id", 'label', u."label"),
        'category', json_build_object('id', c."id", 'name', c."name"),
        'vendor', CASE WHEN v."id" IS NULL THEN NULL ELSE json_build_object('id', v."id", 'company', v."company") END,
        'assignedTo', CASE WHEN w."vendorId" IS NOT NULL THEN 'VENDOR' WHEN w."technicianId" IS NOT NULL THEN 'TECHNICIAN' END,
        'costs', json_build_object('currency', 'USD',
          'approvedEstimateCents', (SELECT ce."amountCents" FROM "CostEstimate" ce
             WHERE ce."workOrderId" = w."id" AND ce."status" = 'APPROVED' ORDER BY ce."updatedAt" DESC LIMIT 1),
          'actualCostCents', w."actualCostCents"),
        'estimate', CASE WHEN t.type = 'work_order.estimate_decided' THEN (
          SELECT json_build_object('id', ce."id", 'amountCents', ce."amountCents", 'decision',
            CASE WHEN NEW."type" LIKE '%DECLINED' THEN 'DECLINED' ELSE 'APPROVED' END,
            'decidedBy', CASE WHEN NEW."type" LIKE 'ESTIMATE_%' THEN 'manager'
                              WHEN NEW."type" = 'OWNER_DEEMED_APPROVED' THEN 'deemed' ELSE 'owner' END)
          FROM "CostEstimate" ce WHERE ce."id" = NEW."details"->>'estimateId') END,
        'createdAt', to_char(w."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'completedAt', to_char(w."completedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'closedAt', to_char(w."closedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'cancelledAt', to_char(w."cancelledAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
    NEW."createdAt", NEW."createdAt"
  FROM "WorkOrder" w
  JOIN "Property" p ON p."id" = w."propertyId"
  JOIN "Unit" u ON u."id" = w."unitId"
  JOIN "Category" c ON c."id" = w."categoryId"
  LEFT JOIN "Vendor" v ON v."id" = w."vendorId"
  CROSS JOIN unnest(types) AS t(type)
  CROSS JOIN LATERAL (SELECT 'msg_' || NEW."id" || '_' || replace(t.type, 'work_order.', '') AS id) m
  JOIN "WebhookEndpoint" e ON e."orgId" = w."orgId" AND e."active" AND t.type = ANY (e."events")
  WHERE w."id" = NEW."workOrderId"
  ON CONFLICT ("endpointId", "messageId") DO NOTHING;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "WorkOrderEvent_webhooks"
  AFTER INSERT ON "WorkOrderEvent" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (NEW."type" IN ('CREATED', 'STATUS_CHANGED', 'ESTIMATE_APPROVED', 'ESTIMATE_DECLINED', 'OWNER_APPROVED',
                       'OWNER_DECLINED', 'OWNER_DEEMED_APPROVED'))
  EXECUTE FUNCTION "fixwell_webhook_fanout"();
