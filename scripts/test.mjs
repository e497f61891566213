// npm test: every tier (unit, database, end-to-end) and one closing line "N passed, N failed".
// Database tests use PostgreSQL when DATABASE_URL is set, the embedded PGlite otherwise.
//
// Options (CI uses them; see README "Tests"):
//   --tiers=unit,db,e2e   which tiers to run (default: all three)
//   --embedded            ignore DATABASE_URL: the database tier on the embedded database
//   --clock=+400d         run the tiers with the process clock moved (Debian's faketime): an offset
//   --clock=2027-03-14T06:58:00Z   or a moment the clock starts from and runs on
// Each tier prints its wall time.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, "").split("="))
    .map(([k, v]) => [k, v ?? "1"]),
);
const known = new Set(["tiers", "embedded", "clock", "results"]);
for (const k of Object.keys(args))
  if (!known.has(k)) fail(`Unknown option --${k}. Options: --tiers=unit,db,e2e --embedded --clock=+400d|<ISO time>`);
const tiers = new Set((args.tiers ?? "unit,db,e2e").split(","));
for (const t of tiers) if (!["unit", "db", "e2e"].includes(t)) fail(`Unknown tier "${t}": choose from unit, db, e2e.`);

const out = path.resolve(root, args.results ?? "test-results");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function fail(message) {
  console.error(message);
  process.exit(1);
}

const env = { ...process.env };
if (args.embedded) delete env.DATABASE_URL;

// A moved clock: faketime preloads libfaketime into every process started below (Node, and PGlite
// inside it). An offset keeps the clock running; a moment is turned into the offset from now.
const prefix = [];
if (args.clock) {
  if (!existsSync("/usr/bin/faketime")) fail("--clock needs Debian's faketime: sudo apt-get install -y faketime");
  let offset = args.clock;
  if (!/^[+-]\d+[smhdy]?$/.test(offset)) {
    const at = Date.parse(offset);
    if (Number.isNaN(at)) fail(`--clock=${offset}: give an offset like +400d or a time like 2027-03-14T06:58:00Z`);
    offset = `${at >= Date.now() ? "+" : "-"}${Math.abs(Math.round((at - Date.now()) / 1000))}`;
  }
  prefix.push("faketime", "-f", offset);
  // libfaketime caches the time it reads for a moment by default; this makes every read exact.
  env.FAKETIME_NO_CACHE = "1";
  console.log(
    `[test] clock moved by ${offset} (faketime): ${spawnSync("faketime", ["-f", offset, "date", "-u", "+%Y-%m-%dT%H:%M:%SZ"], { encoding: "utf8" }).stdout.trim()}`,
  );
}

if (tiers.has("e2e")) {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    fail(
      `The end-to-end tests need Chromium at ${chromium}, and it is not there.\n` +
        `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at a Chromium or Chrome binary. (npx playwright install cannot download browsers here.)`,
    );
  }
}

const totals = { passed: 0, failed: 0 };
/** The failing tests by name, printed again at the end so a log's tail says what broke. */
const failures = [];
const run = (cmd, cmdArgs, extra = {}) => {
  const [c, ...a] = [...prefix, cmd, ...cmdArgs];
  return spawnSync(c, a, { stdio: "inherit", cwd: root, env: { ...env, ...extra } }).status;
};
const timed = (name, fn) => {
  const t0 = Date.now();
  fn();
  console.log(`[test] ${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s wall time`);
};
const where = env.DATABASE_URL ? "PostgreSQL" : "the embedded database";

// Tier 1 and 2: Vitest (unit rules, database code).
const projects = ["unit", "db"].filter((t) => tiers.has(t));
if (projects.length) {
  timed(projects.includes("db") ? `${projects.join(" + ")} (database tier on ${where})` : "unit", () => {
    const vitestJson = path.join(out, "vitest.json");
    const status = run("npx", [
      "vitest",
      "run",
      ...projects.flatMap((p) => ["--project", p]),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${vitestJson}`,
    ]);
    if (existsSync(vitestJson)) {
      const r = JSON.parse(readFileSync(vitestJson, "utf8"));
      totals.passed += r.numPassedTests;
      totals.failed += r.numFailedTests + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
      if (status !== 0 && r.numFailedTests === 0) totals.failed += 1; // a file that failed to load
      for (const file of r.testResults ?? []) {
        const rel = path.relative(root, file.name);
        const bad = (file.assertionResults ?? []).filter((a) => a.status !== "passed");
        for (const a of bad) failures.push(`${rel} › ${a.fullName ?? a.title} (${a.status})`);
        if (file.status === "failed" && bad.length === 0)
          failures.push(`${rel} (did not load: ${file.message ?? "?"})`);
      }
    } else {
      totals.failed += 1;
    }
  });
}

// Tier 3: Playwright in Chromium against a production build.
if (tiers.has("e2e") && existsSync(path.join(root, "playwright.config.ts"))) {
  timed(`e2e (server on ${where})`, () => {
    const pwJson = path.join(out, "playwright.json");
    const status = run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
    if (existsSync(pwJson)) {
      const s = JSON.parse(readFileSync(pwJson, "utf8")).stats;
      totals.passed += s.expected;
      totals.failed += s.unexpected + s.flaky + s.skipped;
      if (status !== 0 && s.unexpected === 0) totals.failed += 1;
      const walk = (suite, file) => {
        for (const spec of suite.specs ?? [])
          for (const t of spec.tests ?? [])
            if (t.status !== "expected")
              failures.push(`${spec.file ?? file} › [${t.projectName}] ${spec.title} (${t.status})`);
        for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
      };
      for (const suite of JSON.parse(readFileSync(pwJson, "utf8")).suites ?? []) walk(suite, suite.file);
    } else {
      totals.failed += 1;
    }
  });
}

for (const f of failures) console.log(`[test] FAILED ${f}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
