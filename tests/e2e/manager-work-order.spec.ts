// The manager's work order page: an emergency with a photo, access info with a gate code shown
// only on a tap (and the tenant told who looked), ranked vendors where an expired insurance is
// refused with a warning, one-click assign of the top suggestion, a window the tenant sees, and a
// second window on the same work order told it is out of date.
import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { shot, signIn } from "./helpers";

// One tenant per project so runs never meet: Ravi or Mateo, both at Oak Terrace, Sam's building.
// (Sam, not Dana: the other specs already spend Dana's sign-in emails, limited to 5 in 15 minutes.)
const TENANTS = {
  desktop: { email: "ravi.shah@tenants.example", gate: "4122#" },
  phone: { email: "mateo.silva@tenants.example", gate: "4126#" },
} as const;

/** Sam signed in once; more windows (another browser context, a phone) share his session. */
async function managerPage(browser: Browser, width: number, height: number, from?: Page) {
  const context = await browser.newContext({
    viewport: { width, height },
    storageState: from ? await from.context().storageState() : undefined,
  });
  const page = await context.newPage();
  if (!from) await signIn(page, "sam.wolfe@fixwell.example");
  return page;
}

test("a manager triages an emergency: reveals the gate code, is warned off an expired vendor, assigns and schedules", async ({
  page: tenant,
  browser,
}) => {
  const who = TENANTS[test.info().project.name as keyof typeof TENANTS] ?? TENANTS.desktop;
  await signIn(tenant, who.email);
  await tenant.goto("/requests/new");
  await tenant.getByRole("radio", { name: /Plumbing/ }).check();
  await tenant.getByRole("radio", { name: /^Emergency/ }).check();
  await tenant
    .getByLabel("Describe the problem")
    .fill(`Pipe burst under the kitchen sink, water on the floor (${test.info().project.name})`);
  const jpeg = await sharp({ create: { width: 160, height: 120, channels: 3, background: "#2a6" } })
    .jpeg()
    .toBuffer();
  await tenant
    .getByLabel("Photos and videos (optional)")
    .setInputFiles([{ name: "burst-pipe.jpg", mimeType: "image/jpeg", buffer: jpeg }]);
  await expect(
    tenant.getByRole("list", { name: "Attached photos" }).getByRole("listitem").filter({ hasText: "burst-pipe.jpg" }),
  ).toContainText("Attached");
  await tenant.getByRole("button", { name: "Send request" }).click();
  const received = tenant.getByText(/We got your request: tracking #\d+/);
  await expect(received).toBeVisible();
  const n = (await received.textContent())!.match(/#(\d+)/)![1];

  const manager = await managerPage(browser, 1280, 800);
  // Triage starts from the queue: the Breached view lists what is overdue, each row says why.
  await manager.goto("/dashboard");
  await manager.getByRole("link", { name: /^Breached \(\d+\)/ }).click();
  await expect(manager).toHaveURL(/saved=breached/);
  const overdue = manager
    .getByRole("table")
    .getByRole("row")
    .filter({ hasText: /overdue/ });
  expect(await overdue.count()).toBeGreaterThan(0);
  await expect(manager.getByRole("table").getByRole("row").filter({ hasText: /left$/ })).toHaveCount(0);
  await manager.goto(`/dashboard/work-orders/${n}`);
  await expect(manager.getByRole("heading", { name: `Work order #${n}` })).toBeVisible();
  // A second window on the same work order, opened now, goes stale once the first acts.
  const other = await managerPage(browser, 1280, 800, manager);
  await other.goto(`/dashboard/work-orders/${n}`);

  await expect(manager.locator("h1 + p").getByText("Emergency", { exact: true })).toBeVisible();
  await expect(manager.getByRole("img", { name: "Photo 1: burst-pipe.jpg" })).toBeVisible();
  await expect(manager.getByRole("heading", { name: "Access" })).toBeVisible();
  await expect(manager.getByText("SLA: On track")).toBeVisible();
  expect(await manager.content()).not.toContain(who.gate);
  await manager.getByRole("button", { name: "Show gate code" }).click();
  await expect(manager.getByText(who.gate, { exact: true })).toBeVisible();
  await expect(manager.getByText("Sam Wolfe viewed your gate code")).toBeVisible();

  // The vendor whose insurance expired is listed last, blocked, and refused with the warning.
  const expired = manager.getByRole("listitem", { name: "SolidBuild Handyman" });
  await expect(expired.getByText(/^Insurance expired on /)).toBeVisible();
  await expired.getByRole("button", { name: "Assign SolidBuild Handyman" }).click();
  await expect(
    expired
      .getByText(/SolidBuild Handyman's insurance expired on \d+ \w+ \d{4}; assigning anyway needs an override\./)
      .first(),
  ).toBeVisible();
  await expect(expired.getByLabel("Why assign anyway?")).toBeVisible();
  await shot(manager, "manager-vendor-warning");

  const top = manager.getByRole("listitem").filter({ hasText: "Top suggestion" });
  const vendor = (await top.getAttribute("aria-label"))!;
  await top.getByRole("button", { name: `Assign ${vendor}` }).click();
  await expect(manager.getByText("Done: the request is now assigned.")).toBeVisible();
  await expect(manager.getByText(`Assigned to ${vendor}`, { exact: true })).toBeVisible();
  await manager.getByLabel("Visit window starts").fill("2030-05-14T09:00");
  await manager.getByLabel("Visit window ends").fill("2030-05-14T12:00");
  await manager.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(manager.getByText("Done: the request is now scheduled.")).toBeVisible();
  await shot(manager, "manager-work-order-scheduled");

  await other.getByLabel("Waiting for").selectOption({ label: "Waiting for parts" });
  await other.getByRole("button", { name: "Put on hold" }).click();
  await expect(other.getByText(/This request changed since you opened it/)).toBeVisible();

  await tenant.reload();
  await expect(tenant.getByText(vendor, { exact: true })).toBeVisible();
  await expect(tenant.getByText(/May 14, 2030, 9:00\s?AM/)).toBeVisible();
  await expect(tenant.getByText("Sam Wolfe viewed your gate code")).toBeVisible();
  await shot(tenant, "tenant-after-manager");

  // The same page on a phone: one column, nothing cut off.
  const phone = await managerPage(browser, 375, 812, manager);
  await phone.goto(`/dashboard/work-orders/${n}`);
  await expect(phone.getByRole("heading", { name: `Work order #${n}` })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await shot(phone, "manager-work-order-phone");
});
