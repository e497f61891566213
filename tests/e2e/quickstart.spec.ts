// The README's Quick start path on the embedded database: it starts, answers, restarts, and what
// was written before the restart is still there.
import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const port = 3230;
const base = `http://localhost:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "fixwell-quickstart-"));

function start(onPort = port, stderr: "ignore" | "pipe" = "ignore"): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(onPort), FIXWELL_DATA_DIR: dataDir };
  for (const k of ["DATABASE_URL", "FIXWELL_DEMO", "AUTH_SECRET", "FIXWELL_ENCRYPTION_KEY", "PUBLIC_URL", "NODE_ENV"])
    delete env[k];
  return spawn(process.execPath, ["scripts/start.mjs"], { env, stdio: ["ignore", "ignore", stderr] });
}

async function waitUp() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The Quick start server did not answer within 60 s");
}

async function stop(p: ChildProcess) {
  const exited = new Promise((r) => p.once("exit", r));
  p.kill("SIGTERM");
  await exited;
}

test("starts on the embedded database with demo data, and keeps its data across a restart", async ({ page }) => {
  test.setTimeout(180_000);
  let server = start();
  try {
    await waitUp();
    await page.goto(`${base}/sign-in`);
    await page.getByRole("button", { name: /Sign in as Dana Reyes/ }).click();
    await expect(page.getByRole("heading", { name: "Work orders" })).toBeVisible();
    const firstRow = page.getByRole("row").nth(1);
    const numberLink = firstRow.getByRole("link").first();
    const tracking = (await numberLink.textContent())!;
    await numberLink.click();
    await page.getByLabel(/Reason for cancelling/).fill("Quick start restart check");
    await page.getByRole("button", { name: "Cancel request" }).click();
    await expect(page.getByText("Done: the request is now cancelled.")).toBeVisible();

    // The embedded database serves one process: a second portal on the same data is refused at start-up.
    const second = start(port + 1, "pipe");
    let said = "";
    second.stderr!.on("data", (chunk) => (said += chunk));
    expect(await new Promise((r) => second.once("exit", r))).toBe(1);
    expect(said).toMatch(/the embedded database in .* is in use by process \d+\. It serves one process at a time/);

    await stop(server);
    server = start();
    await waitUp();
    await page.goto(`${base}/dashboard?status=CANCELLED`);
    if (page.url().includes("/sign-in")) await page.getByRole("button", { name: /Sign in as Dana Reyes/ }).click();
    await page.goto(`${base}/dashboard/work-orders/${tracking.slice(1)}`);
    await expect(page.getByText("Cancelled: Quick start restart check")).toBeVisible();
  } finally {
    await stop(server);
  }
});
