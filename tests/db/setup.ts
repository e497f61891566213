// Runs before each database test file: a fresh database, migrated, behind the app's own client.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { Client } from "pg";
import { closeDb, embeddedDatabase } from "@/lib/db/client";
import { pgConnection, pgliteConnection } from "@/lib/db/connections";
import { migrate } from "@/lib/db/migrate";
import { adminUrl, createServerDatabase } from "./test-database";

process.env.FIXWELL_TEST_ADMIN_URL ??= adminUrl() ?? "";
if (!process.env.FIXWELL_TEST_ADMIN_URL) delete process.env.FIXWELL_TEST_ADMIN_URL;
process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
process.env.FIXWELL_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
process.env.PUBLIC_URL = "https://portal.fixwell.test";
process.env.CRON_SECRET = "cron-secret-for-the-database-tests-0123456789";
process.env.FIXWELL_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "fixwell-dbtest-"));

const database = await createServerDatabase();
if (database.url) {
  process.env.DATABASE_URL = database.url;
  const client = new Client({ connectionString: database.url });
  await client.connect();
  await migrate(pgConnection(client));
  await client.end();
} else {
  delete process.env.DATABASE_URL;
  process.env.FIXWELL_PGLITE_IN_MEMORY = "1";
  await migrate(pgliteConnection(embeddedDatabase()!));
}

afterAll(async () => {
  await closeDb();
  await database.drop();
});
