// npm test: every tier (unit, database, end-to-end) and one closing line "N passed, N failed".
// Database tests use PostgreSQL when DATABASE_URL is set, the embedded PGlite otherwise.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "test-results");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `The end-to-end tests need Chromium at ${chromium}, and it is not there.\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary. (npx playwright install cannot download browsers here.)`,
  );
  process.exit(1);
}

const totals = { passed: 0, failed: 0 };
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } }).status;

// Tier 1 and 2: Vitest (unit rules, database code).
const vitestJson = path.join(out, "vitest.json");
const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, "utf8"));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (vitestStatus !== 0 && r.numFailedTests === 0) totals.failed += 1; // a file that failed to load
} else {
  totals.failed += 1;
}

// Tier 3: Playwright in Chromium against a production build.
if (existsSync(path.join(root, "playwright.config.ts"))) {
  const pwJson = path.join(out, "playwright.json");
  const pwStatus = run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, "utf8")).stats;
    totals.passed += s.expected;
    totals.failed += s.unexpected + s.flaky + s.skipped;
    if (pwStatus !== 0 && s.unexpected === 0) totals.failed += 1;
  } else {
    totals.failed += 1;
  }
}

console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
