-- Written by hand: a transaction may name what it does (the setting fixwell.action), for changes
-- that are neither a person's edit nor an import: re-encrypting stored codes under a new key says
-- "reencrypted" in the log, not "updated" by nobody. Unset, the action is the operation, as before.
CREATE OR REPLACE FUNCTION "fixwell_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    coalesce(nullif(current_setting('fixwell.action', true), ''),
             CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END),
    TG_TABLE_NAME,
    coalesce(row_j->>'id', row_j->>TG_ARGV[1], ''),
    left(coalesce(row_j->>'name', row_j->>'company', row_j->>'label', row_j->>'email', row_j->>'url',
                  row_j->>'date', row_j->>'priority', ''), 200),
    changes);
  RETURN NULL;
END $$;
