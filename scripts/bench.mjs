// npm run bench: the pages a phone opens (scripts/bench-pages.mjs: the QR form's first-load
// JavaScript and server response, Lighthouse mobile on the form, tracking, approval, job, sign-in
// and dashboard pages, against targets), then the manager queue at 100,000 work orders
// (scripts/bench-queue.ts; needs DATABASE_URL), the outbox's delivery rate and one cron tick at
// 100,000 work orders (scripts/bench-outbox.ts; needs DATABASE_URL), the reports at 100,000 work
// orders with full histories (scripts/bench-reports.ts; needs DATABASE_URL), and the QR form's no-JS
// POST beside a bare node:http + pg insert (scripts/bench-intake.ts; needs DATABASE_URL).
// `npm run bench -- pages` runs only the pages (`--no-build` reuses the last build), `-- queue` only
// the queue, `-- outbox` only the outbox, `-- reports [N]` only the reports (at N work orders),
// `-- intake` only the intake. Exits non-zero when over a target.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { benchPages } from "./bench-pages.mjs";

const root = path.resolve(import.meta.dirname, "..");
const queueOnly = process.argv.includes("queue");
const outboxOnly = process.argv.includes("outbox");
const reportsOnly = process.argv.includes("reports");
const pagesOnly = process.argv.includes("pages");
const intakeOnly = process.argv.includes("intake");

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
const pagesCase = async () => {
  // `--only=sign-in,dashboard`: only the Lighthouse rows whose name holds one of these words.
  const only = (process.argv.find((a) => a.startsWith("--only="))?.slice(7) ?? "").split(",").filter(Boolean);
  if (!(await benchPages({ build: !process.argv.includes("--no-build"), only }))) process.exitCode = 1;
};
// `npm run bench -- intake`: the QR form's POST, 20 connections for 10 s, beside its floor.
const intakeCase = () => tsCase("scripts/bench-intake.ts");
if (queueOnly || outboxOnly || reportsOnly || pagesOnly || intakeOnly) {
  if (pagesOnly) await pagesCase();
  if (queueOnly) queueCase();
  if (outboxOnly) outboxCase();
  if (reportsOnly) reportsCase();
  if (intakeOnly) intakeCase();
  process.exit();
}

await pagesCase();
queueCase();
outboxCase();
reportsCase();
intakeCase();
