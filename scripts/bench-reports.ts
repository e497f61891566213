// The reports at N work orders (`npm run bench -- reports [N]`, default 100,000): a scratch
// database on the PostgreSQL server named by DATABASE_URL, the demo data plus N work orders with
// full histories made set-based (scripts/lib/bench-report-data.ts), then each report function
// timed (p50 of 7 after a warm-up, last 90 days and last 365 days, an admin's whole organisation)
// beside the same question asked as one hand-written SQL statement; then the work-orders CSV export
// of every row (last 365 days), streamed to nowhere, in rows per second. Exits 1 over budget: 300 ms
// p50 a report (1 s from 1,000,000 work orders up), under 50,000 rows/s for the export.
// `npm run bench -- reports 1000000` runs at a million; the scratch database is dropped at the end
// (FIXWELL_BENCH_KEEP=1 keeps it; FIXWELL_BENCH_DB=<its name> runs again on it, migrated, not reseeded).
import pg from "pg";
import { scratchDatabase } from "./lib/scratch-database";
import { seedReportEventsSql, seedReportUnitsSql, seedReportWorkOrdersSql } from "./lib/bench-report-data";

const ROWS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const BUDGET_MS = ROWS >= 1_000_000 ? 1000 : 300;
const EXPORT_ROWS_PER_S = 50_000;
const base = process.env.DATABASE_URL;
if (!base) {
  console.log("reports: skipped (set DATABASE_URL to a PostgreSQL server to run it)");
  process.exit(0);
}
const scratch = await scratchDatabase(base);

// Imported only now: the app's client reads DATABASE_URL when first used.
const { closeDb, db } = await import("@/lib/db/client");
const { pgConnection } = await import("@/lib/db/connections");
const { migrate } = await import("@/lib/db/migrate");
const { seedDemo } = await import("@/prisma/seed");
const { parseReportFilters } = await import("@/lib/reports/filters");
const { reportScope } = await import("@/lib/reports/scope");
const sections = {
  speed: (await import("@/lib/reports/speed")).speedReport,
  sla: (await import("@/lib/reports/sla")).slaReport,
  volume: (await import("@/lib/reports/volume")).volumeReport,
  repeats: (await import("@/lib/reports/repeats")).repeatsReport,
  vendors: (await import("@/lib/reports/vendors")).vendorsReport,
  tenants: (await import("@/lib/reports/tenants")).tenantsReport,
  costs: (await import("@/lib/reports/costs")).costsReport,
};
const { workOrdersCsv } = await import("@/lib/reports/export-work-orders");
const { handWritten } = await import("./lib/bench-report-sql");

const sql = new pg.Client({ connectionString: scratch.url });
let failed = false;
async function p50(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[3];
}
try {
  await sql.connect();
  await migrate(pgConnection(sql));
  const t0 = performance.now();
  if (!scratch.reused) {
    await seedDemo(db());
    await sql.query(seedReportUnitsSql);
    await sql.query(seedReportWorkOrdersSql(ROWS));
    for (const q of seedReportEventsSql) await sql.query(q);
  }
  await sql.query(`ANALYZE`);
  const events = (await sql.query(`SELECT count(*)::int AS n FROM "WorkOrderEvent"`)).rows[0].n as number;
  console.log(
    `reports at ${ROWS.toLocaleString("en")} work orders, ${events.toLocaleString("en")} events (PostgreSQL, ${scratch.reused ? `reused ${scratch.name}` : `seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`})`,
  );
  const user = await db().user.findFirstOrThrow({ where: { role: "ADMIN" } });
  const org = await db().organization.findUniqueOrThrow({ where: { id: user.orgId } });
  const propertyIds = (await db().property.findMany({ where: { orgId: org.id } })).map((p) => p.id);
  const actor = {
    userId: user.id,
    orgId: org.id,
    role: user.role,
    name: user.name,
    email: user.email,
    propertyIds,
    unitId: null,
  };
  const now = new Date();
  const scope = await reportScope(actor, now);
  for (const period of ["90", "365"] as const) {
    const f = parseReportFilters({ period }, now, org.timeZone);
    console.log(
      `  last ${period} days, admin (${propertyIds.length} properties)       report p50   hand-written SQL p50`,
    );
    for (const [label, run] of Object.entries(sections)) {
      const ours = await p50(() => run(scope, f, now));
      const hand = await p50(() => handWritten[label as keyof typeof handWritten](sql, org.id, f, now));
      const over = ours > BUDGET_MS;
      failed ||= over;
      console.log(
        `    ${label.padEnd(10)} ${ours.toFixed(1).padStart(28)} ms ${hand.toFixed(1).padStart(18)} ms${over ? `  OVER BUDGET (${BUDGET_MS} ms)` : ""}`,
      );
    }
  }
  {
    const f = parseReportFilters({ period: "365" }, now, org.timeZone);
    const t = performance.now();
    let bytes = 0;
    let lines = 0;
    for await (const chunk of workOrdersCsv(scope, f)) {
      bytes += chunk.length;
      for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) lines++;
    }
    const s = (performance.now() - t) / 1000;
    const rate = (lines - 1) / s;
    const slow = rate < EXPORT_ROWS_PER_S;
    failed ||= slow;
    console.log(
      `  work-orders CSV, last 365 days: ${(lines - 1).toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s = ${Math.round(rate).toLocaleString("en")} rows/s${slow ? `  UNDER BUDGET (${EXPORT_ROWS_PER_S.toLocaleString("en")} rows/s)` : ""}`,
    );
  }
  console.log(
    `  budget: every report p50 under ${BUDGET_MS} ms, the export over ${EXPORT_ROWS_PER_S.toLocaleString("en")} rows/s${failed ? " — FAILED" : ""}`,
  );
} finally {
  await closeDb();
  await sql.end();
  await scratch.drop();
}
process.exit(failed ? 1 : 0);
