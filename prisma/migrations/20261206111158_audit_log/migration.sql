-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "orgId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "entityLabel" TEXT NOT NULL DEFAULT '',
    "changes" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_orgId_id_idx" ON "AuditEntry"("orgId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_orgId_entity_id_idx" ON "AuditEntry"("orgId", "entity", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_orgId_actorId_id_idx" ON "AuditEntry"("orgId", "actorId", "id");


-- Written by hand (the schema cannot say it): the audit log is kept by triggers, in the transaction
-- that makes the change, whoever makes it. The actor and the moment are the transaction's settings
-- fixwell.actor and fixwell.now (lib/audit/as-actor.ts sets both); without them the entry is the
-- system's, at the database's clock. Columns ending in "Enc" hold encrypted secrets: recorded as
-- "[hidden]" (or null), so the log says that a code changed, never what it is.
CREATE FUNCTION "fixwell_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_j jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_j jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  row_j jsonb := coalesce(new_j, old_j);
  org text := CASE WHEN TG_TABLE_NAME = 'Organization' THEN row_j->>'id' ELSE row_j->>'orgId' END;
  changes jsonb := '{}';
  k text;
  a jsonb;
  b jsonb;
BEGIN
  -- A table without its own orgId names its parent table and the column pointing at it.
  IF org IS NULL AND TG_NARGS >= 2 THEN
    EXECUTE format('SELECT "orgId" FROM %I WHERE id = $1', TG_ARGV[0]) INTO org USING row_j->>TG_ARGV[1];
  END IF;
  -- The parent is gone (a cascade from its own deletion, which is recorded itself).
  IF org IS NULL THEN RETURN NULL; END IF;
  FOR k IN SELECT jsonb_object_keys(row_j) LOOP
    CONTINUE WHEN k IN ('id', 'orgId', 'createdAt', 'updatedAt', 'emailVerified');
    b := old_j->k;
    a := new_j->k;
    CONTINUE WHEN b IS NOT DISTINCT FROM a;
    CONTINUE WHEN TG_OP = 'INSERT' AND a = 'null'::jsonb;
    CONTINUE WHEN TG_OP = 'DELETE' AND b = 'null'::jsonb;
    IF k LIKE '%Enc' THEN
      b := CASE WHEN b IS NULL OR b = 'null'::jsonb THEN b ELSE '"[hidden]"'::jsonb END;
      a := CASE WHEN a IS NULL OR a = 'null'::jsonb THEN a ELSE '"[hidden]"'::jsonb END;
    END IF;
    changes := changes || jsonb_build_object(k, jsonb_build_object('from', b, 'to', a));
  END LOOP;
  IF TG_OP = 'UPDATE' AND changes = '{}'::jsonb THEN RETURN NULL; END IF;
  INSERT INTO "AuditEntry" ("orgId", "at", "actorId", "action", "entity", "entityId", "entityLabel", "changes")
  VALUES (
    org,
    coalesce(nullif(current_setting('fixwell.now', true), '')::timestamptz, now()) AT TIME ZONE 'UTC',
    nullif(current_setting('fixwell.actor', true), ''),
    CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END,
    TG_TABLE_NAME,
    coalesce(row_j->>'id', row_j->>TG_ARGV[1], ''),
    left(coalesce(row_j->>'name', row_j->>'company', row_j->>'label', row_j->>'email', row_j->>'url',
                  row_j->>'date', row_j->>'priority', ''), 200),
    changes);
  RETURN NULL;
END $$;

CREATE TRIGGER "Organization_audit" AFTER INSERT OR UPDATE ON "Organization" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();
CREATE TRIGGER "SlaTarget_audit" AFTER INSERT OR UPDATE OR DELETE ON "SlaTarget" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();
CREATE TRIGGER "Holiday_audit" AFTER INSERT OR UPDATE OR DELETE ON "Holiday" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();
CREATE TRIGGER "Category_audit" AFTER INSERT OR UPDATE OR DELETE ON "Category" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();
CREATE TRIGGER "OnCallContact_audit" AFTER INSERT OR UPDATE OR DELETE ON "OnCallContact" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"('Property', 'propertyId');
CREATE TRIGGER "AutoAssignRule_audit" AFTER INSERT OR UPDATE OR DELETE ON "AutoAssignRule" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();
CREATE TRIGGER "WebhookEndpoint_audit" AFTER INSERT OR UPDATE OR DELETE ON "WebhookEndpoint" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();
CREATE TRIGGER "Vendor_audit" AFTER INSERT OR UPDATE OR DELETE ON "Vendor" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();
CREATE TRIGGER "VendorCategory_audit" AFTER INSERT OR UPDATE OR DELETE ON "VendorCategory" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"('Vendor', 'vendorId');
CREATE TRIGGER "VendorDocument_audit" AFTER INSERT OR UPDATE OR DELETE ON "VendorDocument" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"('Vendor', 'vendorId');
CREATE TRIGGER "Owner_audit" AFTER INSERT OR UPDATE OR DELETE ON "Owner" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();
CREATE TRIGGER "Property_audit" AFTER INSERT OR UPDATE OR DELETE ON "Property" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();
CREATE TRIGGER "PropertyManager_audit" AFTER INSERT OR UPDATE OR DELETE ON "PropertyManager" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"('Property', 'propertyId');
CREATE TRIGGER "Unit_audit" AFTER INSERT OR UPDATE OR DELETE ON "Unit" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"('Property', 'propertyId');
CREATE TRIGGER "TenantProfile_audit" AFTER INSERT OR UPDATE OR DELETE ON "TenantProfile" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"('User', 'userId');
CREATE TRIGGER "User_audit" AFTER INSERT OR UPDATE OR DELETE ON "User" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit"();

-- A sign-in is a new session: recorded against the user, by the user, with no changes.
CREATE FUNCTION "fixwell_audit_sign_in"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AuditEntry" ("orgId", "at", "actorId", "action", "entity", "entityId", "entityLabel")
  SELECT u."orgId", NEW."createdAt", u.id, 'signed_in', 'User', u.id, u.email FROM "User" u WHERE u.id = NEW."userId";
  RETURN NULL;
END $$;

CREATE TRIGGER "Session_audit_sign_in" AFTER INSERT ON "Session" FOR EACH ROW EXECUTE FUNCTION "fixwell_audit_sign_in"();
