// Applies prisma/migrations the way `prisma migrate deploy` does, so the two agree: same
// `_prisma_migrations` table, same SHA-256 checksums, same advisory lock key, one migration per
// transaction. The app needs it because the Prisma CLI cannot reach the in-process PGlite database
// and cannot fetch its schema engine here (STACK.md).
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The two things the migrator needs from a connection: run a script, run a query. */
export interface SqlConnection {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export type Migration = { name: string; sql: string; checksum: string };

// Prisma's own key for its migration lock (schema-engine, postgres connector).
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function readMigrations(dir = path.resolve("prisma/migrations")): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// Calls on the same connection run one after another: an advisory lock does not exclude its own
// session, and the embedded database is a single session.
const running = new WeakMap<SqlConnection, Promise<unknown>>();

export function migrate(conn: SqlConnection, migrations = readMigrations()): Promise<string[]> {
  const previous = running.get(conn) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(() => migrateLocked(conn, migrations));
  running.set(conn, next);
  return next;
}

async function migrateLocked(conn: SqlConnection, migrations: Migration[]): Promise<string[]> {
  const applied: string[] = [];
  await conn.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    await conn.exec(CREATE_TABLE);
    const rows = await conn.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier; fix the database and resolve it before starting (prisma migrate resolve).`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
    for (const m of migrations) {
      const seen = done.get(m.name);
      if (seen !== undefined) {
        if (seen !== m.checksum) console.warn(`[migrate] ${m.name} was edited after it was applied (checksum differs)`);
        continue;
      }
      await applyOne(conn, m);
      applied.push(m.name);
    }
  } finally {
    await conn.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
  return applied;
}

async function applyOne(conn: SqlConnection, m: Migration) {
  const id = randomUUID();
  await conn.exec("BEGIN");
  try {
    await conn.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
      [id, m.checksum, m.name],
    );
    await conn.exec(m.sql);
    await conn.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
    await conn.exec("COMMIT");
  } catch (err) {
    await conn.exec("ROLLBACK");
    throw new Error(`Migration ${m.name} failed and was rolled back: ${(err as Error).message}`);
  }
}
