import { expect, type Browser, type Page } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";

const info = () =>
  JSON.parse(readFileSync("test-results/e2e-db.json", "utf8")) as {
    databaseUrl: string | null;
    cronSecret: string;
    logFile: string | null;
  };

/** The e2e server's facts: its database (null on the embedded one), cron secret and log file. */
export const e2eServer = info;

/** One cron tick, as an external scheduler calls it: delivers what is due to the local outbox. */
export async function cronTick(page: Page) {
  const res = await page.request.post("/api/cron", { headers: { authorization: `Bearer ${info().cronSecret}` } });
  expect(res.status()).toBe(200);
  return res.json();
}

/** The newest sign-in link emailed to `email`, read from the local message store like an inbox. */
export function latestLink(page: Page, email: string, after: Date): Promise<string> {
  return latestMessageLink(page, email, after, /https?:\/\/\S+\/sign-in\/confirm\?\S+/, "sign-in link");
}

/**
 * The newest link matching `pattern` in a message (subject and text) to `recipient` since `after`, read
 * from the local message store: from the database when the server runs on PostgreSQL, else from the
 * outbox page.
 */
export async function latestMessageLink(
  page: Page,
  recipient: string,
  after: Date,
  pattern: RegExp,
  hint = "",
  tries = 60,
): Promise<string> {
  const { databaseUrl } = info();
  for (let i = 0; i < tries; i++) {
    let texts: string[] = [];
    if (databaseUrl) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      const r = await c.query(
        `SELECT coalesce(subject, '') || E'\n' || text AS text FROM "LocalMessage"
         WHERE recipient = $1 AND "createdAt" >= $2 ORDER BY "createdAt" DESC LIMIT 20`,
        [recipient, after],
      );
      await c.end();
      texts = r.rows.map((row: { text: string }) => row.text);
    } else {
      // The embedded database belongs to the server process; its outbox page, filtered to the
      // recipient, is the inbox. Read in a page of its own: the caller's page stays where it is.
      const inbox = await page.context().newPage();
      await inbox.goto(`/outbox?to=${encodeURIComponent(recipient)}`);
      const items = await inbox.getByRole("listitem").evaluateAll((lis) =>
        lis.map((li) => ({
          at: li.querySelector("time")?.getAttribute("datetime") ?? "",
          text: li.textContent ?? "",
        })),
      );
      await inbox.close();
      texts = items
        .filter((m) => m.at && new Date(m.at) >= after)
        .map((m) => m.text)
        .slice(0, 20);
    }
    // A pattern with a group names the link inside a wider match (the link in the message about #123).
    const link = texts
      .map((t) => t.match(pattern))
      .map((m) => m?.[1] ?? m?.[0])
      .find(Boolean);
    if (link) return link;
    await page.waitForTimeout(250);
  }
  throw new Error(`No message with ${pattern} reached ${recipient}${hint ? ` (the ${hint})` : ""}`);
}

/**
 * Like latestMessageLink, running cron ticks the way a scheduler does (one a minute, here back to
 * back) until the message is out: in a full run other specs leave a backlog a single tick may not clear.
 */
export async function deliveredLink(
  page: Page,
  recipient: string,
  after: Date,
  pattern: RegExp,
  hint = "",
): Promise<string> {
  for (let round = 0; round < 20; round++) {
    await cronTick(page);
    const link = await latestMessageLink(page, recipient, after, pattern, hint, 4).catch(() => null);
    if (link) return link;
  }
  throw new Error(`No message with ${pattern} reached ${recipient} after 20 cron ticks`);
}

/**
 * Signs `email` in through the real emailed link the first time in a run, then reuses that session
 * (its cookies, kept under test-results/auth/): the portal allows 5 sign-in emails an address per
 * 15 minutes, and a run signs the same demo users in many times. A session that no longer works
 * (signed out, another server) falls back to the emailed link.
 */
export async function signIn(page: Page, email: string) {
  const saved = `test-results/auth/${email}.json`;
  if (existsSync(saved)) {
    await page.context().addCookies(JSON.parse(readFileSync(saved, "utf8")));
    await page.goto("/after-sign-in");
    if (!new URL(page.url()).pathname.startsWith("/sign-in")) return;
    await page.context().clearCookies();
  }
  await signInByEmail(page, email);
  mkdirSync("test-results/auth", { recursive: true });
  writeFileSync(
    saved,
    JSON.stringify((await page.context().cookies()).filter((c) => c.name.includes("session-token"))),
  );
}

/** The whole emailed-link flow, every time. */
export async function signInByEmail(page: Page, email: string) {
  const started = new Date(Date.now() - 2000);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = await latestLink(page, email, started);
  await page.goto(link);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in") && !u.pathname.startsWith("/after-sign-in"));
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}-${page.viewportSize()?.width}.png`, fullPage: true });
}

// A plumbing request from a signed-in tenant, a manager's page and their assignment, and the link a
// vendor gets: shared by the vendor's job-link specs.
export const JOB_LINK = /https?:\/\/\S+\/v\/job\/[A-Za-z0-9_-]{43}/;

/** A routine plumbing request from the signed-in tenant; its tracking number. */
export async function report(tenant: Page, text: string): Promise<string> {
  await tenant.goto("/requests/new");
  await tenant.getByRole("radio", { name: /Plumbing/ }).check();
  await tenant.getByRole("radio", { name: /^Routine/ }).check();
  await tenant.getByLabel("Describe the problem").fill(text);
  await tenant.getByRole("button", { name: "Send request" }).click();
  const received = tenant.getByText(/We got your request: tracking #\d+/);
  await expect(received).toBeVisible();
  return (await received.textContent())!.match(/#(\d+)/)![1];
}

/** The manager assigns the request from its page (`reason` when it was assigned before). */
export async function assign(manager: Page, n: string, vendor: string, reason?: string) {
  await manager.goto(`/dashboard/work-orders/${n}`);
  const row = manager.getByRole("listitem", { name: vendor });
  if (reason) await manager.getByText("Suggested vendors and technicians (to reassign)").click();
  if (reason) await row.getByLabel(`Reason for assigning ${vendor}`).fill(reason);
  await row.getByRole("button", { name: `Assign ${vendor}` }).click();
  await expect(manager.getByText("Done: the request is now assigned.")).toBeVisible();
}

/**
 * The job link from the vendor's newest email of this template (delivered by the cron tick), to the
 * address the manager's page says it went to (another spec edits the vendor's email).
 */
export async function jobLink(manager: Page, n: string, after: Date, template = "vendor-assigned") {
  await manager.goto(`/dashboard/work-orders/${n}`);
  const sent = manager
    .getByRole("row")
    .filter({ hasText: template })
    .filter({ has: manager.getByRole("cell", { name: "Email", exact: true }) });
  const to = (await sent.first().getByRole("cell").nth(1).textContent())!.trim();
  expect(to).toMatch(/@/);
  // The link in the message about this job (its subject names it): the vendor has other jobs' mail too.
  const about = new RegExp(`#${n}\\b[\\s\\S]*?(${JOB_LINK.source})`);
  return deliveredLink(manager, to, after, about, `vendor's ${template} link for #${n}`);
}

/** Sam Wolfe, manager of Oak Terrace, on a desktop. */
export async function managerPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, "sam.wolfe@fixwell.example");
  return page;
}
