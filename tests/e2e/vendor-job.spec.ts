// Issue 8, done when: a vendor works a job from the link in their assignment email, on a phone at
// 375 px, without an account: accepts, books a window the tenant sees, says "running 30 minutes
// late" (the tenant's message is in the local message store), reveals the lockbox code (the
// tenant's timeline shows it), completes with a photo and an invoice; the manager sees every step;
// after reassignment the old link says the job is no longer theirs.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import pg from "pg";
import sharp from "sharp";
import { assign, cronTick, deliveredLink, e2eServer, jobLink, managerPage, report, shot, signIn } from "./helpers";

// Ben Cohen, Oak Terrace (Sam's building), lockbox 7360 on his profile; no other spec uses him.
const TENANT = { email: "ben.cohen@tenants.example", lockbox: "7360" };

test("a vendor works a job from the link on a phone; the tenant and the manager see every step", async ({
  page: tenant,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(tenant, TENANT.email);
  const n = await report(tenant, `Bathroom tap drips all night (vendor link ${Date.now()})`);
  const manager = await managerPage(browser);
  const assignedAt = new Date(Date.now() - 1000);
  await assign(manager, n, "ABC Plumbing");
  const link = await jobLink(manager, n, assignedAt);

  // The vendor's phone: no account, no cookies.
  const vendorContext = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const vendor = await vendorContext.newPage();
  await vendor.goto(link);
  await expect(vendor.getByRole("heading", { name: /Plumbing at Oak Terrace/ })).toBeVisible();
  expect(await vendor.content()).not.toContain(TENANT.lockbox);
  await shot(vendor, "vendor-job-new");
  await vendor.getByRole("button", { name: "Accept the job" }).click();
  await expect(vendor.getByText("Accepted. Book the visit when you know your time.")).toBeVisible();

  await vendor.getByLabel("Day").fill("2030-05-20");
  await vendor.getByLabel("Arrive from").fill("09:00");
  await vendor.getByLabel("Arrive by").fill("12:00");
  await vendor.getByRole("button", { name: "Book the visit" }).click();
  await expect(vendor.getByText("Visit booked; the tenant has been told.")).toBeVisible();
  await tenant.goto(`/requests/${n}`);
  await expect(tenant.getByText(/Visit scheduled for Mon, May 20, 9:00\s?AM–12:00\s?PM/)).toBeVisible();
  await expect(tenant.getByText("ABC Plumbing accepted the job")).toBeVisible();

  await vendor.getByRole("button", { name: "I'm on my way" }).click();
  await expect(vendor.getByText("The tenant has been told you are on the way.")).toBeVisible();
  const lateAt = new Date(Date.now() - 1000);
  await vendor.getByLabel("About how late?").selectOption("30");
  await vendor.getByRole("button", { name: "Tell the tenant" }).click();
  await expect(vendor.getByText("The tenant has been told you are running about 30 minutes late.")).toBeVisible();
  expect(
    await deliveredLink(
      vendor,
      TENANT.email,
      lateAt,
      /running about 30 minutes late \(request #\d+\)/,
      "running-late message",
    ),
  ).toContain(`#${n}`);

  await vendor.getByRole("button", { name: "Show lockbox code" }).click();
  await expect(vendor.getByText(TENANT.lockbox, { exact: true })).toBeVisible();
  await tenant.reload();
  await expect(tenant.getByText("ABC Plumbing viewed your lockbox code")).toBeVisible();
  await expect(tenant.getByText("ABC Plumbing is running about 30 minutes late")).toBeVisible();

  await vendor.getByRole("button", { name: "I've arrived" }).click();
  await expect(vendor.getByText("Arrival noted.")).toBeVisible();
  await shot(vendor, "vendor-job-on-site");
  await vendor.getByLabel("What was done").fill("Replaced the cartridge and both washers; no drip after 10 minutes.");
  const after = await sharp({ create: { width: 200, height: 150, channels: 3, background: "#4a8" } })
    .jpeg()
    .toBuffer();
  await vendor
    .getByLabel("After photos (optional)")
    .setInputFiles([{ name: "tap-fixed.jpg", mimeType: "image/jpeg", buffer: after }]);
  await vendor.getByLabel("Invoice amount, $ (optional)").fill("185.00");
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n");
  await vendor
    .getByLabel("Invoice, PDF or photo (optional)")
    .setInputFiles([{ name: "INV-118.pdf", mimeType: "application/pdf", buffer: pdf }]);
  await vendor.getByRole("button", { name: "Mark the job complete" }).click();
  await expect(
    vendor.getByText("Job completed. Thank you: the tenant will be asked to confirm the fix."),
  ).toBeVisible();
  await vendor.reload();
  await expect(vendor.getByRole("heading", { name: /^Completed/ })).toBeVisible();
  await expect(vendor.getByText("Invoice on file: INV-118.pdf")).toBeVisible();
  await expect(vendor.getByRole("button", { name: "Show lockbox code" })).toHaveCount(0); // no codes once done
  await shot(vendor, "vendor-job-completed");

  // The manager sees every step, as the vendor's.
  await manager.goto(`/dashboard/work-orders/${n}`);
  const timeline = manager
    .getByRole("region", { name: "Timeline" })
    .or(manager.locator("section[aria-labelledby=timeline-heading]"));
  for (const step of [
    "ABC Plumbing accepted the job",
    "Visit scheduled for",
    "ABC Plumbing is on the way",
    "ABC Plumbing is running about 30 minutes late",
    "ABC Plumbing viewed your lockbox code",
    "ABC Plumbing arrived",
    "Replaced the cartridge",
  ]) {
    await expect(timeline.getByText(step).first()).toBeVisible();
  }
  await expect(manager.getByRole("link", { name: "INV-118.pdf" })).toBeVisible();
  await expect(manager.getByRole("img", { name: /tap-fixed\.jpg/ })).toBeVisible();
  expect(await manager.content()).not.toContain(TENANT.lockbox);
  await shot(manager, "manager-sees-vendor-steps");
});

test("after reassignment the old job link says it is no longer the vendor's, and acts on nothing", async ({
  page: tenant,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(tenant, TENANT.email);
  const n = await report(tenant, `Toilet runs after flushing (reassigned ${Date.now()})`);
  const manager = await managerPage(browser);
  const assignedAt = new Date(Date.now() - 1000);
  await assign(manager, n, "ABC Plumbing");
  const link = await jobLink(manager, n, assignedAt);

  // Mail scanners and link previews open it first (GET, HEAD, twice): nothing happens.
  for (const method of ["GET", "HEAD", "GET"]) {
    const res = await manager.request.fetch(link, { method });
    expect(res.status()).toBe(200);
    expect(res.headers()["referrer-policy"]).toBe("no-referrer");
  }
  const vendor = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await vendor.goto(link);
  await expect(vendor.getByRole("button", { name: "Accept the job" })).toBeVisible(); // not accepted by any of those
  // The manager gives it to someone else while the vendor's page is open.
  await assign(manager, n, "Kai Turner", "ABC cannot come this week");
  await vendor.getByRole("button", { name: "Accept the job" }).click();
  await expect(vendor.getByText(/This job is no longer yours/)).toBeVisible();
  await vendor.reload();
  await expect(vendor.getByRole("heading", { name: "This job is no longer yours" })).toBeVisible();
  await expect(vendor.getByRole("button", { name: "Accept the job" })).toHaveCount(0);
  await expect(vendor.getByRole("heading", { name: /Plumbing at Oak Terrace/ })).toHaveCount(0);
  await shot(vendor, "vendor-job-gone");
  await manager.goto(`/dashboard/work-orders/${n}`);
  await expect(manager.getByText("ABC Plumbing accepted the job")).toHaveCount(0);
});

// SECURITY.md, access codes: seed a known code, drive every page, message, export and log line the
// flows produce, and find the code only in reveal responses.
test("a lockbox code is nowhere but in the responses to a reveal", async ({ page: tenant, browser }) => {
  test.setTimeout(300_000);
  const CODE = `Qz${Date.now() % 100000}#k`;
  const seen: { url: string; body: string; reveal: boolean; lost?: boolean }[] = [];
  const reading: Promise<void>[] = [];
  // Every response's body is asked for the moment it arrives (before a navigation can drop it).
  const watch = (p: Page) =>
    p.on("response", (r) => {
      const type = r.headers()["content-type"] ?? "";
      if (!/text|json|javascript|x-component|csv/.test(type)) return;
      const req = r.request();
      const post = req.postData() ?? "";
      // A reveal: a server action whose arguments name the lockbox (not the tenant's own change of it).
      const reveal =
        req.method() === "POST" &&
        !!req.headers()["next-action"] &&
        post.includes("lockbox") &&
        !post.includes("lockboxCode");
      // Redirects have no body to read; anything else whose body could not be read counts as lost.
      // Link prefetches (of other pages, dropped when the page moves on) are not what a person reads.
      if ((r.status() >= 300 && r.status() < 400) || req.headers()["next-router-prefetch"]) return;
      reading.push(
        r.text().then(
          (body) => {
            seen.push({ url: r.url(), body, reveal });
          },
          () => {
            seen.push({ url: r.url(), body: "", reveal, lost: true });
          },
        ),
      );
    });
  watch(tenant);
  await signIn(tenant, TENANT.email);
  const n = await report(tenant, `Shower mixer stuck on hot (code check ${Date.now()})`);
  // The tenant changed the lockbox code: they give the new one on the request.
  await tenant.getByText("Changed a gate or lockbox code?").click();
  await tenant.getByLabel("New lockbox code").fill(CODE);
  await tenant.getByLabel("Also save it to my profile for next time").uncheck();
  await tenant.getByRole("button", { name: "Update the code" }).click();
  await expect(tenant.getByText("Code updated. The next person to look sees the new one.")).toBeVisible();

  const manager = await managerPage(browser);
  watch(manager);
  const assignedAt = new Date(Date.now() - 1000);
  await assign(manager, n, "ABC Plumbing");
  const link = await jobLink(manager, n, assignedAt);
  const vendor = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  watch(vendor);
  await vendor.goto(link);
  await vendor.getByRole("button", { name: "Accept the job" }).click();
  await expect(vendor.getByText(/^Accepted\./)).toBeVisible();
  await vendor.getByLabel("Day").fill("2030-06-03");
  await vendor.getByLabel("Arrive from").fill("13:00");
  await vendor.getByLabel("Arrive by").fill("15:00");
  await vendor.getByRole("button", { name: "Book the visit" }).click();
  await expect(vendor.getByText("Visit booked; the tenant has been told.")).toBeVisible();
  await vendor.getByRole("button", { name: "I'm on my way" }).click();
  await expect(vendor.getByText(/on the way\.$/)).toBeVisible();
  await vendor.getByRole("button", { name: "Tell the tenant" }).click();
  await expect(vendor.getByText(/running about 30 minutes late/)).toBeVisible();
  await vendor.getByRole("button", { name: "Show lockbox code" }).click();
  await expect(vendor.getByText(CODE, { exact: true })).toBeVisible(); // the new code, as the tenant gave it
  await vendor.waitForLoadState("networkidle");
  await vendor.getByRole("button", { name: "I've arrived" }).click();
  await expect(vendor.getByText("Arrival noted.")).toBeVisible();
  await vendor.getByLabel("What was done").fill("Cartridge replaced.");
  await vendor.getByRole("button", { name: "Mark the job complete" }).click();
  await expect(vendor.getByText(/Job completed/)).toBeVisible();

  // Staff reveal it too (allowed, logged); then everyone reads everything there is to read.
  await manager.goto(`/dashboard/work-orders/${n}`);
  await manager.getByRole("button", { name: "Show lockbox code" }).click();
  await expect(manager.getByText(CODE, { exact: true })).toBeVisible();
  await manager.waitForLoadState("networkidle");
  await manager.reload();
  await manager.goto("/dashboard");
  await manager.goto(`/dashboard/directory/tenants`);
  await cronTick(manager);
  await tenant.goto(`/requests/${n}`);
  await expect(tenant.getByText("ABC Plumbing viewed your lockbox code")).toBeVisible();
  await tenant.goto("/requests");
  const owner = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  watch(owner);
  await signIn(owner, "olivia.grant@owners.example");
  await owner.goto(`/owner/work-orders/${n}`);
  await owner.goto("/owner");
  const csv = await owner.request.get("/owner/spend.csv");
  expect(csv.ok()).toBe(true);
  expect(await csv.text()).not.toContain(CODE);
  const admin = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  watch(admin);
  await signIn(admin, "admin@fixwell.example");
  await admin.goto("/outbox");
  await admin.goto("/dashboard/deliveries");

  await Promise.all(reading);
  const lost = seen.filter((s) => s.lost);
  expect(lost.length, `bodies not read: ${lost.map((s) => s.url).join(" ")}`).toBeLessThan(seen.length / 20); // bodies were read, not lost
  // The reveals showed the code on screen (above); no other response carried it. (A reveal's own
  // body is not always readable through the browser's protocol, so it is not counted here.)
  expect(seen.filter((s) => s.body.includes(CODE) && !s.reveal).map((s) => s.url)).toEqual([]);
  expect(seen.filter((s) => !s.reveal).length).toBeGreaterThan(50); // every page, payload and export was read

  // Every stored message and event, and every line the server logged.
  const { databaseUrl, logFile } = e2eServer();
  if (databaseUrl) {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    const rows = await c.query(
      `SELECT text AS t FROM "LocalMessage" UNION ALL SELECT coalesce(subject, '') || body FROM "OutboxMessage" UNION ALL SELECT details::text FROM "WorkOrderEvent" UNION ALL SELECT body FROM "Message"`,
    );
    await c.end();
    expect(rows.rows.length).toBeGreaterThan(100);
    expect(rows.rows.filter((r: { t: string }) => r.t.includes(CODE))).toEqual([]);
  }
  expect(logFile).toBeTruthy();
  expect(readFileSync(logFile!, "utf8")).not.toContain(CODE);
});
