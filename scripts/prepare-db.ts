// Brings the database up to date: the embedded PGlite in-process, or the PostgreSQL server.
import { Client } from "pg";
import { embeddedDatabase } from "@/lib/db/client";
import { pgConnection, pgliteConnection } from "@/lib/db/connections";
import { migrate } from "@/lib/db/migrate";
import { env } from "@/lib/env";

export async function prepareDatabase(): Promise<string[]> {
  const e = env();
  if (e.embedded) return migrate(pgliteConnection(embeddedDatabase()!));
  const client = new Client({ connectionString: e.DATABASE_URL });
  await client.connect();
  try {
    return await migrate(pgConnection(client));
  } finally {
    await client.end();
  }
}
