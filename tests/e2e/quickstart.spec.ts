// The README's Quick start path on the embedded database: it starts, answers, restarts, and what
// was written before the restart is still there. Its one-click demo sign-in (offered only on this
// path: a production build on PostgreSQL never offers it) shows every role, each labelled with what
// to try, and each button lands on that role's own page with no email round trip (issue 18).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { shot } from "./helpers";

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

const demo = (page: Page) => page.getByRole("region", { name: "Demo: sign in with one click" });

/** The sign-in page's demo list: eight people, the technician and the owner among them, labelled. */
async function checkDemoList(browser: Browser) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await expect(demo(page).getByRole("button")).toHaveCount(8);
    const kai = demo(page).getByRole("button", { name: /Sign in as Kai Turner/ });
    await expect(kai).toContainText("Technician");
    await expect(kai).toContainText("Try: My jobs — accept, on my way, arrived, complete with photos.");
    const henry = demo(page).getByRole("button", { name: /Sign in as Henry Lam/ });
    await expect(henry).toContainText("Owner");
    await expect(henry).toContainText("Try: your properties' work, costs waiting for you, and reports.");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await shot(page, "demo-sign-in");
    await context.close();
  }
}

/** Signs in as `name` from the demo list in a fresh context; the path it lands on. */
async function demoSignIn(browser: Browser, name: string, lands: string, heading: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await demo(page)
    .getByRole("button", { name: new RegExp(`Sign in as ${name}`) })
    .click();
  await page.waitForURL((u) => u.pathname === lands);
  await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
  await context.close();
}

async function stop(p: ChildProcess) {
  const exited = new Promise((r) => p.once("exit", r));
  p.kill("SIGTERM");
  await exited;
}

test("starts on the embedded database with demo data, and keeps its data across a restart", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  let server = start();
  try {
    await waitUp();
    await checkDemoList(browser);
    await demoSignIn(browser, "Kai Turner", "/jobs", "My jobs");
    await demoSignIn(browser, "Henry Lam", "/owner", "My properties");
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
