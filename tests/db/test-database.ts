// Each database test file gets a database of its own: a fresh database on the PostgreSQL server
// named by DATABASE_URL (as in CI), or an in-memory PGlite database when it is unset.
import { randomBytes } from "node:crypto";
import { Client } from "pg";

export type TestDatabase = { url: string | null; drop(): Promise<void> };

export function adminUrl(): string | null {
  return process.env.FIXWELL_TEST_ADMIN_URL ?? process.env.DATABASE_URL ?? null;
}

/** Creates an empty database on the server and returns its URL, or null when testing on PGlite. */
export async function createServerDatabase(): Promise<TestDatabase> {
  const base = adminUrl();
  if (!base) return { url: null, drop: async () => {} };
  const name = `fixwell_t_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
