// Migrations: applied like `prisma migrate deploy`, idempotent, safe when two processes start
// at once, and in step with prisma/schema.prisma (the drift check).
import { readFileSync } from "node:fs";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { openPglite, pgConnection, pgliteConnection } from "@/lib/db/connections";
import { migrate, readMigrations, type SqlConnection } from "@/lib/db/migrate";
// @ts-expect-error -- plain ESM script shared with the authoring command, no types
import { schemaDiff } from "@/scripts/lib/schema-diff.mjs";
import { createServerDatabase } from "./test-database";

async function withDatabase<T>(
  fn: (conn: SqlConnection, open: () => Promise<{ conn: SqlConnection; close(): Promise<void> }>) => Promise<T>,
) {
  const server = await createServerDatabase();
  if (!server.url) {
    const pg = openPglite();
    try {
      return await fn(pgliteConnection(pg), async () => ({ conn: pgliteConnection(pg), close: async () => {} }));
    } finally {
      await pg.close();
    }
  }
  const open = async () => {
    const c = new Client({ connectionString: server.url! });
    await c.connect();
    return { conn: pgConnection(c), close: () => c.end() };
  };
  const first = await open();
  try {
    return await fn(first.conn, open);
  } finally {
    await first.close();
    await server.drop();
  }
}

// SQL the schema cannot express, added by hand to a migration on purpose (STACK.md: Prisma).
// The queue's (queue_search_and_indexes): the search text's trigram index, and partial indexes over
// open work and the saved views.
const INTENDED_EXTRA_INDEXES = [
  "WorkOrder_open_due_idx",
  "WorkOrder_open_newest_idx",
  "WorkOrder_open_property_due_idx",
  "WorkOrder_searchText_trgm_idx",
  "WorkOrder_unassigned_idx",
  "WorkOrder_waiting_idx",
];
// The trigger that turns work-order events into webhook deliveries (a constraint trigger, so it
// has a pg_constraint row; see the webhooks migration).
const INTENDED_EXTRA_CONSTRAINTS = ["WorkOrderEvent_webhooks"];
// Plain triggers that keep the reports' denormalised columns (the report_denormalised migration).
// The audit log's triggers (the audit_log migration): one per audited table, and sign-ins.
const AUDITED = [
  "Organization",
  "SlaTarget",
  "Holiday",
  "Category",
  "OnCallContact",
  "AutoAssignRule",
  "WebhookEndpoint",
  "Vendor",
  "VendorCategory",
  "VendorDocument",
  "Owner",
  "Property",
  "PropertyManager",
  "Unit",
  "TenantProfile",
  "User",
];
const INTENDED_EXTRA_TRIGGERS = [
  "CostEstimate_approved_estimate",
  "WorkOrderEvent_scheduled_at",
  // The assignment history (the report_assignment_history migration): one per kind of statement.
  "WorkOrderEvent_assignments_insert",
  "WorkOrderEvent_assignments_update",
  "WorkOrderEvent_assignments_delete",
  // The stays in each status (the report_stage_stays migration): one per kind of statement on the
  // events, and the work order's keys.
  "WorkOrderEvent_stage_stays_insert",
  "WorkOrderEvent_stage_stays_update",
  "WorkOrderEvent_stage_stays_delete",
  "WorkOrder_stage_stays_update",
  // The callback columns (the report_callback_columns migration).
  "WorkOrderEvent_reopened_at",
  "WorkOrder_own_next_request",
  "WorkOrder_next_requests_insert",
  "WorkOrder_next_requests_update",
  "WorkOrder_next_requests_delete",
  // Each work order's speed clocks (the report_speed_hours migration).
  "WorkOrder_speed_hours_insert",
  "WorkOrder_speed_hours_update",
  ...AUDITED.map((t) => `${t}_audit`),
  "Session_audit_sign_in",
  // The queue's search text follows the work order, its unit's label and its reporter's name.
  "WorkOrder_search_text",
  "Unit_search_text",
  "User_search_text",
];

// Everything about the shape of a database that schema.prisma decides.
async function catalog(conn: SqlConnection) {
  const columns = await conn.query(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
    ORDER BY table_name, column_name`);
  const indexes = (
    await conn.query<{ indexname: string }>(`SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`)
  ).filter((i) => !INTENDED_EXTRA_INDEXES.includes(i.indexname));
  const constraints = (
    await conn.query<{
      conname: string;
    }>(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
    ORDER BY tbl, conname`)
  ).filter((c) => !INTENDED_EXTRA_CONSTRAINTS.includes(c.conname));
  const enums = await conn.query(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`);
  return { columns, indexes, constraints, enums };
}

describe("migrations", () => {
  it("apply in order, record themselves as Prisma does, and do nothing the second time", async () => {
    await withDatabase(async (conn) => {
      const names = readMigrations().map((m) => m.name);
      expect(names.length).toBeGreaterThan(0);
      expect(await migrate(conn)).toEqual(names);
      expect(await migrate(conn)).toEqual([]);
      const rows = await conn.query<{
        migration_name: string;
        checksum: string;
        applied_steps_count: number;
        finished_at: Date | null;
      }>(
        `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const [i, r] of rows.entries()) {
        expect(r.checksum).toBe(readMigrations()[i].checksum);
        expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(r.applied_steps_count).toBe(1);
        expect(r.finished_at).not.toBeNull();
      }
    });
  });

  it("roll back a failing migration whole and record nothing for it", async () => {
    await withDatabase(async (conn) => {
      const bad = {
        name: "99990101000000_bad",
        sql: `CREATE TABLE "Half" (id int); SELECT no_such_function();`,
        checksum: "x".repeat(64),
      };
      await expect(migrate(conn, [bad])).rejects.toThrow(/99990101000000_bad failed and was rolled back/);
      const tables = await conn.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
      expect(tables).toHaveLength(0);
      const rows = await conn.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_bad'`);
      expect(rows).toHaveLength(0);
    });
  });

  it("apply once when two processes start together", async () => {
    await withDatabase(async (_conn, open) => {
      const [a, b] = [await open(), await open()];
      const results = await Promise.all([migrate(a.conn), migrate(b.conn)]);
      await Promise.all([a.close(), b.close()]);
      expect(results.flat().sort()).toEqual(readMigrations().map((m) => m.name));
    });
  });

  it("match prisma/schema.prisma exactly (no drift)", async () => {
    const expectedSql: string = schemaDiff(null, readFileSync("prisma/schema.prisma", "utf8"));
    const fromMigrations = await withDatabase(async (conn) => {
      await migrate(conn);
      return catalog(conn);
    });
    const fromSchema = await withDatabase(async (conn) => {
      await conn.exec(expectedSql);
      return catalog(conn);
    });
    expect(fromMigrations.columns.length).toBeGreaterThan(50);
    // The extras exist in the migrated database, and only there.
    const extras = await withDatabase(async (conn) => {
      await migrate(conn);
      return {
        indexes: await conn.query<{ indexname: string }>(
          `SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm%' OR indexdef LIKE '% WHERE %' ORDER BY indexname`,
        ),
        triggers: await conn.query<{ tgname: string }>(
          `SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`,
        ),
      };
    });
    expect(extras.indexes.map((i) => i.indexname)).toEqual(INTENDED_EXTRA_INDEXES);
    expect(extras.triggers.map((t) => t.tgname)).toEqual(
      [...INTENDED_EXTRA_TRIGGERS, ...INTENDED_EXTRA_CONSTRAINTS].sort(),
    );
    expect(fromMigrations).toEqual(fromSchema);
  });
});
