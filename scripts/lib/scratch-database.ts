// A scratch database for a bench, on the PostgreSQL server named by `base`: created empty, made the
// app's DATABASE_URL (with throwaway secrets unless set), and dropped at the end unless
// FIXWELL_BENCH_KEEP=1 asks to leave it for EXPLAIN ANALYZE by hand.
import { randomBytes } from "node:crypto";
import pg from "pg";

export async function scratchDatabase(base: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `fixwell_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.FIXWELL_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  return {
    name,
    url: url.toString(),
    async drop() {
      if (process.env.FIXWELL_BENCH_KEEP) console.log(`  kept database ${name}`);
      else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
