// SqlConnection over the two drivers, for the migrator and for tests that build databases.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Client } from "pg";
import type { SqlConnection } from "@/lib/db/migrate";

/** Every embedded database is opened here: the migrations need pg_trgm, which PGlite ships apart. */
export function openPglite(dataDir?: string): PGlite {
  // The options form: `new PGlite(undefined, options)` silently drops the options (0.5.16).
  return new PGlite({ dataDir, extensions: { pg_trgm } });
}

// One wrapper per PGlite instance: it is a single session, so the migrator serialises on it.
const wrappers = new WeakMap<PGlite, SqlConnection>();

export function pgliteConnection(pg: PGlite): SqlConnection {
  const known = wrappers.get(pg);
  if (known) return known;
  const conn: SqlConnection = {
    exec: async (sql) => void (await pg.exec(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await pg.query<T>(sql, params)).rows,
  };
  wrappers.set(pg, conn);
  return conn;
}

export function pgConnection(client: Client): SqlConnection {
  return {
    exec: async (sql) => void (await client.query(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
  };
}
