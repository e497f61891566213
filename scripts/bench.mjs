// npm run bench: what a tenant on a phone pays for the request form.
// - first-load JavaScript of the form page, gzipped as transferred, in real Chromium;
// - server response time of the page (median and p95 of sequential requests).
// Runs a production build on a fresh embedded database. Fails if the JavaScript exceeds its budget.
// Then the manager queue at 100,000 work orders (scripts/bench-queue.ts; needs DATABASE_URL).
// Then the outbox's delivery rate and one cron tick at 100,000 work orders (scripts/bench-outbox.ts;
// needs DATABASE_URL). Then the reports at 100,000 work orders with full histories (scripts/bench-reports.ts;
// needs DATABASE_URL). `npm run bench -- queue` runs only the queue case, `-- outbox` only the outbox,
// `-- reports [N]` only the reports (at N work orders). Then the QR form's no-JS POST beside a bare
// node:http + pg insert (scripts/bench-intake.ts; needs DATABASE_URL); `-- intake` runs only that.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const queueOnly = process.argv.includes("queue");
const outboxOnly = process.argv.includes("outbox");
const reportsOnly = process.argv.includes("reports");
const intakeOnly = process.argv.includes("intake");
const port = 3250;
const base = `http://localhost:${port}`;
const BUDGET_KB = 200;
const env = {
  ...process.env,
  PORT: String(port),
  FIXWELL_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "fixwell-bench-")),
};
for (const k of ["DATABASE_URL", "PUBLIC_URL", "AUTH_SECRET", "FIXWELL_ENCRYPTION_KEY"]) delete env[k];

function tsCase(file, args = []) {
  const r = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(root, file), ...args],
    {
      cwd: root,
      stdio: "inherit",
      env: process.env,
    },
  );
  if (r.status !== 0) process.exitCode = 1;
}
// `npm run bench -- queue [N] [--processes=P]`: the queue at N work orders, timed in P processes at once.
const queueCase = () =>
  tsCase(
    "scripts/bench-queue.ts",
    process.argv.filter((a) => /^\d+$/.test(a) || a.startsWith("--processes=")),
  );
const outboxCase = () => tsCase("scripts/bench-outbox.ts");
// `npm run bench -- reports [N]`: the reports at N work orders (default 100,000).
const reportsCase = () =>
  tsCase(
    "scripts/bench-reports.ts",
    process.argv.filter((a) => /^\d+$/.test(a)),
  );
// `npm run bench -- intake`: the QR form's POST, 20 connections for 10 s, beside its floor.
const intakeCase = () => tsCase("scripts/bench-intake.ts");
if (queueOnly || outboxOnly || reportsOnly || intakeOnly) {
  if (queueOnly) queueCase();
  if (outboxOnly) outboxCase();
  if (reportsOnly) reportsCase();
  if (intakeOnly) intakeCase();
  process.exit();
}

const server = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
  cwd: root,
  env,
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.kill("SIGTERM");
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/r/maple-court`)).ok) break;
    } catch {}
    if (i > 600) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  const scripts = [];
  page.on("requestfinished", async (req) => {
    if (req.resourceType() === "script") scripts.push((await req.sizes()).responseBodySize);
  });
  await page.goto(`${base}/r/maple-court`, { waitUntil: "networkidle" });
  await browser.close();
  const jsKb = scripts.reduce((a, b) => a + b, 0) / 1024;

  const times = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await (await fetch(`${base}/r/maple-court`, { headers: { "accept-encoding": "gzip" } })).text();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  console.log(`request form (/r/<property>), embedded database, 375 px Chromium`);
  console.log(
    `  first-load JavaScript: ${jsKb.toFixed(1)} KB gzipped in ${scripts.length} files (budget ${BUDGET_KB} KB)`,
  );
  console.log(
    `  server response: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${times.length} requests`,
  );
  if (jsKb > BUDGET_KB) process.exitCode = 1;
} finally {
  stop();
}
queueCase();
outboxCase();
reportsCase();
intakeCase();
