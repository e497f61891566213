// The server the end-to-end tests drive: a production build on a fresh database with the demo data.
// With DATABASE_URL (CI) a new database on that server, else a new embedded database in a temp dir;
// either is removed when the server stops.
// Its address is written to test-results/e2e-db.json so tests can read the local mailbox as a
// person reads their inbox.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, FIXWELL_DEMO: "1", NODE_ENV: "production" };
const info = { databaseUrl: null, dataDir: null, cronSecret: null, logFile: null };
// The run's own database on that server (null on the embedded database).
const dbName = process.env.DATABASE_URL ? `fixwell_e2e_${randomBytes(5).toString("hex")}` : null;
if (dbName) {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${dbName}`;
  env.DATABASE_URL = info.databaseUrl = url.toString();
  env.AUTH_SECRET = randomBytes(32).toString("base64");
  env.FIXWELL_ENCRYPTION_KEY = randomBytes(32).toString("base64");
} else {
  env.FIXWELL_DATA_DIR = info.dataDir = mkdtempSync(path.join(os.tmpdir(), "fixwell-e2e-"));
}
env.PUBLIC_URL = `http://localhost:${env.PORT}`;
// Tests run a cron tick (delivery, reminders…) the way an external scheduler would.
env.CRON_SECRET = info.cronSecret = randomBytes(32).toString("hex");
mkdirSync(path.join(root, "test-results"), { recursive: true });
writeFileSync(path.join(root, "test-results/e2e-db.json"), JSON.stringify(info));

const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
  stdio: "inherit",
  cwd: root,
  env,
});
if (build.status !== 0) process.exit(build.status ?? 1);
// The server's log is also kept in a file: a test reads it for what must never be logged (codes).
info.logFile = path.join(root, "test-results/e2e-server.log");
writeFileSync(path.join(root, "test-results/e2e-db.json"), JSON.stringify(info));
const log = createWriteStream(info.logFile);
const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
  stdio: ["inherit", "pipe", "pipe"],
  cwd: root,
  env,
});
child.stdout.on("data", (d) => {
  process.stdout.write(d);
  log.write(d);
});
child.stderr.on("data", (d) => {
  process.stderr.write(d);
  log.write(d);
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
// The run's database goes with the server: each run makes a new one, and none is left behind.
child.on("exit", async (code) => {
  try {
    if (dbName) {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
    if (info.dataDir) rmSync(info.dataDir, { recursive: true, force: true });
  } catch (e) {
    console.error("[e2e] the run's database was not removed:", e);
  }
  process.exit(code ?? 0);
});
