// `npm run bench -- intake`: the public QR form as a phone without JavaScript posts it, against the
// least any server could do for the same request, measured in the same run.
// - A scratch database on the PostgreSQL server named by DATABASE_URL, with the demo data and a
//   bench property of BENCH_UNITS units (its managers and responsible person copied from Maple Court).
// - The production build (`next build`, redone when app/, components/ or lib/ changed since), served
//   by scripts/server.mjs as `npm start` serves it, with FIXWELL_TRUSTED_PROXIES=1: each simulated
//   phone has its own address, as behind a load balancer. The limits stay on: post n goes to unit
//   n mod BENCH_UNITS from that unit's own address, so posts at the same moment are from different
//   units and addresses (as in a real city, not one building), and each unit and address stays
//   under its hourly limit (5 and 30) until 5 x BENCH_UNITS posts; past that the refusals show as
//   answers other than 303.
// - The real multipart POST: the form read off GET /r/<slug> (React's hidden action fields
//   included), sent with a fresh idempotency key per post; one post in ten repeats the one before
//   it (same key and body, as a double tap), so idempotency is tested under load too.
// - Load: autocannon (no install scripts), 20 connections for 10 s, first against the floor (a bare
//   node:http + pg insert of the same body: scripts/lib/intake-floor.mjs), then against the app.
// Targets (issue 19): at least 1/10 of the floor's requests/s, p99 <= 100 ms, every post answered
// 303, and 0 duplicates: work orders made = distinct keys posted, doubled posts answered with the
// same tracking link. Exits 1 when a target is missed.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { formWith } from "./lib/html-forms";
import { scratchDatabase } from "./lib/scratch-database";

const root = path.resolve(import.meta.dirname, "..");
const CONNECTIONS = Number(process.env.BENCH_INTAKE_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 10);
const UNITS = Number(process.env.BENCH_UNITS ?? 6000);
const port = Number(process.env.FIXWELL_BENCH_PORT ?? 3260);
const origin = `http://localhost:${port}`;
const base = process.env.DATABASE_URL;
if (!base) {
  console.log("intake: skipped (set DATABASE_URL to a PostgreSQL server to run it)");
  process.exit(0);
}

// ── The build: redone when the sources are newer than it ─────────────────────────────────────────
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const buildId = path.join(root, ".next/BUILD_ID");
const sources = Math.max(
  ...["app", "components", "lib", "next.config.ts"].map((d) => {
    const p = path.join(root, d);
    return statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs;
  }),
);
if (!existsSync(buildId) || statSync(buildId).mtimeMs < sources) {
  console.log("[intake] building the portal (next build)…");
  const b = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (b.status !== 0) throw new Error("the build failed");
}

// ── The database ────────────────────────────────────────────────────────────────────────────────
const scratch = await scratchDatabase(base);
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: scratch.url,
  FIXWELL_DEMO: "1", // the demo organisation (a production build on PostgreSQL offers no one-click sign-in)
  FIXWELL_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "fixwell-bench-intake-")),
  FIXWELL_TRUSTED_PROXIES: "1",
  PUBLIC_URL: origin,
};
for (const k of ["RESEND_API_KEY", "TWILIO_ACCOUNT_SID", "UPLOADTHING_TOKEN", "CRON_SECRET"]) delete serverEnv[k];
const children: ChildProcess[] = [];
const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
process.on("exit", stopAll);
const sql = new pg.Client({ connectionString: scratch.url });
let failed = false;
try {
  const prep = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/start-prepare.ts"],
    {
      cwd: root,
      env: serverEnv,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  if (prep.status !== 0) throw new Error("preparing the database failed");
  await sql.connect();
  // The bench property: many units, so that every post stays under its unit's limit.
  await sql.query(
    `INSERT INTO "Property" (id, "orgId", name, slug, address, "defaultResponsibleId")
     SELECT 'bench-tower', "orgId", 'Bench Tower', 'bench-tower', '1 Bench Street', "defaultResponsibleId"
     FROM "Property" WHERE slug = 'maple-court'`,
  );
  await sql.query(
    `INSERT INTO "PropertyManager" ("userId", "propertyId")
     SELECT "userId", 'bench-tower' FROM "PropertyManager" pm JOIN "Property" p ON p.id = pm."propertyId" WHERE p.slug = 'maple-court'`,
  );
  await sql.query(
    `INSERT INTO "Unit" (id, "propertyId", label) SELECT 'bench-unit-' || n, 'bench-tower', 'B' || n FROM generate_series(1, $1::int) n`,
    [UNITS],
  );
  const unitIds = Array.from({ length: UNITS }, (_, i) => `bench-unit-${i + 1}`);

  // ── The floor ─────────────────────────────────────────────────────────────────────────────────
  const floor = spawn(process.execPath, ["scripts/lib/intake-floor.mjs"], {
    cwd: root,
    env: { ...serverEnv, DATABASE_URL: scratch.url },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(floor);
  const floorPort = await new Promise<number>((resolve, reject) => {
    floor.stdout!.once("data", (d) => resolve(JSON.parse(String(d)).port));
    floor.once("exit", () => reject(new Error("the floor server stopped")));
  });

  // ── The app ───────────────────────────────────────────────────────────────────────────────────
  // FIXWELL_BENCH_NODE_ARGS: node flags for the app's process (e.g. "--cpu-prof --cpu-prof-dir=DIR", to see where its time goes).
  const nodeArgs = process.env.FIXWELL_BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const app = spawn(process.execPath, [...nodeArgs, "scripts/server.mjs"], {
    cwd: root,
    env: { ...serverEnv, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(app);
  let page = "";
  for (let n = 0; ; n++) {
    try {
      const res = await fetch(`${origin}/r/bench-tower`);
      if (res.ok) {
        page = await res.text();
        break;
      }
    } catch {}
    if (n > 240) throw new Error("the portal did not start within 2 minutes");
    await new Promise((r) => setTimeout(r, 500));
  }
  const form = formWith(page, "idempotencyKey");
  const category = form.choices("categoryId").find((c) => /general/i.test(c.label)) ?? form.choices("categoryId")[0];

  // One phone's post: the form as rendered, filled in, with an empty file input as a browser sends it.
  const boundary = "----fixwellbench" + randomBytes(8).toString("hex");
  function body(fields: Record<string, string>): string {
    let out = "";
    for (const [k, v] of Object.entries(fields))
      out += `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
    out += `--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`;
    return out + `--${boundary}--\r\n`;
  }
  type Sent = { key: string; doubled: boolean };
  // The posts of one load run: post n goes to unit n mod UNITS, from that unit's address; every tenth repeats the one before.
  function load(target: string, label: string, startAt: number, seconds = SECONDS) {
    let i = startAt;
    let last: { key: string; unit: number; address: number; body: string } | null = null;
    const answers = new Map<string, Set<string>>(); // key → the Location headers it was answered with
    const sent: Sent[] = [];
    let posts = 0;
    let bad = 0;
    return new Promise<{
      rps: number;
      p50: number;
      p99: number;
      posts: number;
      bad: number;
      answers: typeof answers;
      sent: Sent[];
      next: number;
    }>((resolve, reject) => {
      const run = autocannon(
        {
          url: target,
          connections: CONNECTIONS,
          duration: seconds,
          requests: [
            {
              method: "POST",
              path: "/r/bench-tower",
              setupRequest: (req: autocannon.Request, ctx: object) => {
                const context = ctx as { key?: string };
                const double = last !== null && posts % 10 === 9;
                if (!double) {
                  const n = i++;
                  const unit = n % UNITS;
                  const key = randomBytes(24).toString("base64url");
                  last = {
                    key,
                    unit,
                    address: unit + 1,
                    body: body({
                      ...form.fields,
                      idempotencyKey: key,
                      propertySlug: "bench-tower",
                      unitId: unitIds[unit],
                      categoryId: category.value,
                      severity: "ROUTINE",
                      description: `Bench report ${key}: the hallway light flickers`,
                      name: "Bench Visitor",
                      email: `bench.${n}@example.com`,
                      phone: "",
                      contactMethod: "EMAIL",
                    }),
                  };
                }
                posts++;
                const a = last!.address;
                context.key = last!.key;
                sent.push({ key: last!.key, doubled: double });
                return {
                  ...req,
                  body: last!.body,
                  headers: {
                    ...req.headers,
                    origin: target,
                    "content-type": `multipart/form-data; boundary=${boundary}`,
                    "x-forwarded-for": `10.${(a >> 16) & 255}.${(a >> 8) & 255}.${a & 255}`,
                  },
                };
              },
              onResponse: (status, _b, ctx, headers) => {
                const context = ctx as { key?: string };
                if (status !== 303) bad++;
                const key = String(context.key);
                if (!answers.has(key)) answers.set(key, new Set());
                const location = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === "location")?.[1];
                answers.get(key)!.add(String(location ?? `status ${status}`));
              },
            },
          ],
        },
        (err: Error | null, r: autocannon.Result) => {
          if (err) return reject(err);
          if (r.errors || r.timeouts) bad += r.errors + r.timeouts;
          console.log(`  [${label}] ${r.requests.total} answers, ${r.errors} errors, ${r.timeouts} timeouts`);
          resolve({
            rps: r.requests.total / (r.duration || seconds),
            p50: r.latency.p50,
            p99: r.latency.p99,
            posts,
            bad,
            answers,
            sent,
            next: i,
          });
        },
      );
      process.once("SIGINT", () => run.stop());
    });
  }

  // Warm-up: the app's first posts load its modules and open its pool (not counted).
  console.log("[intake] warming up…");
  const warm = await load(origin, "app warm-up", 0, 3);
  console.log(`[intake] floor: bare node:http + pg insert, ${CONNECTIONS} connections, ${SECONDS} s`);
  const floorRun = await load(`http://127.0.0.1:${floorPort}`, "floor", 0);
  console.log(`[intake] app: the QR form's no-JS POST, ${CONNECTIONS} connections, ${SECONDS} s`);
  const before = Number(
    (await sql.query(`SELECT count(*) FROM "WorkOrder" WHERE "propertyId" = 'bench-tower'`)).rows[0].count,
  );
  const appRun = await load(origin, "app", warm.next);

  // ── Duplicates: one work order per key, doubled posts answered alike ──────────────────────────
  const keys = [...new Set(appRun.sent.map((s) => s.key))];
  // Counted once the last posts in flight have been answered and committed.
  await new Promise((r) => setTimeout(r, 3000));
  const counted = await sql.query(
    `SELECT count(*) FILTER (WHERE "propertyId" = 'bench-tower') AS made,
            count(*) FILTER (WHERE "idempotencyKey" = ANY($1::text[])) AS "forKeys"
     FROM "WorkOrder"`,
    [keys],
  );
  const made = Number(counted.rows[0].made) - before;
  const madeForKeys = Number(counted.rows[0].forKeys);
  const split = [...appRun.answers.values()].filter((l) => l.size > 1).length;
  // More work orders than keys, or one key answered with two different links, is a duplicate.
  const duplicates = Math.max(0, made - keys.length) + split;
  const doubledPosts = appRun.sent.filter((s) => s.doubled).length;

  const ratio = appRun.rps / floorRun.rps;
  const verdict = (ok: boolean) => (ok ? "ok  " : "OVER");
  const checks = [
    {
      ok: ratio >= 0.1,
      line: `requests/s: app ${appRun.rps.toFixed(0)}, floor ${floorRun.rps.toFixed(0)}, ratio 1/${(1 / ratio).toFixed(1)} (target >= 1/10)`,
    },
    {
      ok: appRun.p99 <= 100,
      line: `p99: app ${appRun.p99} ms, floor ${floorRun.p99} ms, ratio ${(appRun.p99 / Math.max(1, floorRun.p99)).toFixed(1)}x (target <= 100 ms); p50 app ${appRun.p50} ms, floor ${floorRun.p50} ms`,
    },
    {
      ok: duplicates === 0 && madeForKeys === made,
      line: `duplicates: ${duplicates} (${made} work orders for ${keys.length} keys posted, ${doubledPosts} posts doubled; target 0)`,
    },
    {
      ok: appRun.bad === 0 && floorRun.bad === 0,
      line: `answers other than 303: app ${appRun.bad}, floor ${floorRun.bad} (target 0)`,
    },
  ];
  console.log("intake: the QR form's no-JS POST (production build, PostgreSQL) beside a bare node:http + pg insert");
  for (const c of checks) console.log(`  ${verdict(c.ok)} ${c.line}`);
  failed = checks.some((c) => !c.ok);
} finally {
  stopAll();
  await sql.end().catch(() => {});
  await new Promise((r) => setTimeout(r, 500));
  await scratch.drop();
}
process.exit(failed ? 1 : 0);
