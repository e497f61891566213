// A scratch database for a bench, on the PostgreSQL server named by `base`: created empty, made the
// app's DATABASE_URL (with throwaway secrets unless set), and dropped at the end unless
// FIXWELL_BENCH_KEEP=1 asks to leave it for EXPLAIN ANALYZE by hand. FIXWELL_BENCH_DB=<name> reuses
// such a kept database (`reused`: the caller may skip its seeding) and keeps it again.
import { randomBytes } from "node:crypto";
import pg from "pg";

export async function scratchDatabase(
  base: string,
): Promise<{ name: string; url: string; reused: boolean; drop(): Promise<void> }> {
  const reuse = process.env.FIXWELL_BENCH_DB;
  if (reuse && !/^fixwell_bench_[0-9a-f]+$/.test(reuse))
    throw new Error(`FIXWELL_BENCH_DB: not a bench database: ${reuse}`);
  const name = reuse ?? `fixwell_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.FIXWELL_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  return {
    name,
    url: url.toString(),
    reused: Boolean(reuse),
    async drop() {
      if (process.env.FIXWELL_BENCH_KEEP || reuse) console.log(`  kept database ${name}`);
      else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
