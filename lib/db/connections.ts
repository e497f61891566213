// SqlConnection over the two drivers, for the migrator and for tests that build databases.
import type { PGlite } from "@electric-sql/pglite";
import type { Client } from "pg";
import type { SqlConnection } from "./migrate";

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
