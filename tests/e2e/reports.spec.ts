// Reports in a real browser, at phone and desktop size: a manager reads speed and SLA, follows a
// number to the work orders behind it and downloads the CSV; an owner sees their sections only; a
// tenant gets nothing. Each page is checked by axe and its JavaScript is weighed.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

const JS_BUDGET_KB = 200; // the same first-load budget as `npm run bench`

async function accessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function scriptKb(page: Page) {
  const bytes = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((r) => (r as PerformanceResourceTiming).initiatorType === "script")
      .reduce((sum, r) => sum + (r as PerformanceResourceTiming).encodedBodySize, 0),
  );
  return bytes / 1024;
}

test("a manager reads speed and SLA, opens the work orders behind a number and downloads the CSV", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "dana.reyes@fixwell.example");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Reports" }).first().click();
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  await expect(page.getByText("Speed of repair (mean)")).toBeVisible();
  await expect(page.getByRole("img", { name: /Median time to complete by property/ })).toBeVisible();
  expect(await scriptKb(page)).toBeLessThan(JS_BUDGET_KB);
  await accessible(page);
  await shot(page, "reports-speed");

  // A year, then the SLA section: the filters travel with the tabs.
  await page.getByLabel("Period").selectOption("365");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/period=365/);
  await page.getByRole("navigation", { name: "Report sections" }).getByRole("link", { name: "SLA" }).click();
  await expect(page).toHaveURL(/section=sla/);
  await expect(page).toHaveURL(/period=365/);
  await expect(
    page.getByRole("heading", { name: "Response on time" }).or(page.getByText("Response on time").first()),
  ).toBeVisible();
  await accessible(page);
  await shot(page, "reports-sla");

  // The CSV of the section: a BOM, then what it covers.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download SLA (CSV)" }).click(),
  ]);
  const text = readFileSync(await download.path(), "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("SLA hit rates");

  // A group's number leads to the queue, filtered to the period: the same local days, end included,
  // every status (so "All open" is not the chip that is on).
  await page.getByRole("navigation", { name: "Report sections" }).getByRole("link", { name: "Speed" }).click();
  const range = /(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2}), in the organisation's time zone/;
  const [, fromDay, toDay] = range.exec((await page.getByText(range).textContent())!)!;
  const words = (ymd: string) =>
    new Intl.DateTimeFormat("en-US", { timeZone: "UTC", dateStyle: "medium" }).format(new Date(`${ymd}T12:00:00Z`));
  const group = page
    .getByRole("table", { name: /Speed by category/ })
    .getByRole("link")
    .first();
  const category = (await group.textContent())!;
  await group.click();
  await expect(page).toHaveURL(/\/dashboard\?.*category=/);
  await expect(page.getByRole("status").filter({ hasText: "From a report" })).toContainText(
    `created ${words(fromDay)} to ${words(toDay)}, in the organisation's time zone.`,
  );
  const views = page.getByRole("navigation", { name: "Saved views" });
  await expect(views.getByRole("link", { name: "All open" })).not.toHaveAttribute("aria-current", "page");
  await expect(views.locator('[aria-current="page"]')).toHaveCount(0);
  await expect(page.getByRole("table").getByText(category).first()).toBeVisible();
});

test("an owner reads their own properties' reports; a tenant is turned away", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "olivia.grant@owners.example");
  await page.goto("/owner");
  await page.getByRole("link", { name: "Reports" }).first().click();
  await expect(page.getByRole("heading", { name: "Reports on my properties" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Report sections" });
  await expect(tabs.getByRole("link")).toHaveText(["Speed", "SLA", "Repeat issues", "Costs"]);
  await expect(page.getByLabel("Vendor", { exact: true })).toHaveCount(0);
  await accessible(page);
  await shot(page, "reports-owner");
  await tabs.getByRole("link", { name: "Costs" }).click();
  await expect(page.getByRole("img", { name: /Spend by month/ })).toBeVisible();
  await accessible(page);
  // Their sections only, even by typing the address.
  const vendors = await page.request.get("/api/reports/export?section=vendors");
  expect(await vendors.text()).not.toContain("Vendors\r\n");

  const tenantContext = await browser.newContext();
  const tenant = await tenantContext.newPage();
  await signIn(tenant, "tenant@fixwell.example");
  await tenant.goto("/dashboard/reports");
  await expect(tenant).toHaveURL(/\/requests/);
  expect((await tenant.request.get("/api/reports/export?section=speed")).status()).toBe(403);
  await tenantContext.close();
});

test("custom dates that cannot be read are said beside the fields, what was typed stays, costs lead to completed work, and an empty period says so", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "dana.reyes@fixwell.example");
  // Half filled in, as a manager who pressed Show too soon.
  await page.goto("/dashboard/reports?section=costs&period=custom&from=2026-10-01&to=");
  const note = page.locator("#f-period-note");
  await expect(note).toHaveText(/could not be read, so this shows the last 90 days/);
  await expect(page.getByLabel("Period")).toHaveValue("custom");
  await expect(page.getByLabel("From (custom)")).toHaveValue("2026-10-01");
  await expect(page.getByLabel("From (custom)")).toHaveAttribute("aria-describedby", "f-period-note");
  await accessible(page);
  await shot(page, "reports-custom-unreadable");
  await page.getByLabel("To (custom)").fill("2026-10-31");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/from=2026-10-01&to=2026-10-31/);
  await expect(note).toHaveCount(0);
  await expect(page.getByText(/^2026-10-01 to 2026-10-31/)).toBeVisible();

  // The costs section counts jobs by completion: its numbers open the work completed in the period.
  await page.getByLabel("Period").selectOption("365");
  await page.getByRole("button", { name: "Show" }).click();
  const group = page
    .getByRole("table", { name: /Spend by property/ })
    .getByRole("link")
    .first();
  await group.click();
  await expect(page).toHaveURL(/clock=completed/);
  await expect(page.getByText(/From a report: completed/)).toBeVisible();

  // A period with no work: each chart says so, rather than drawing empty axes over a "$0".
  await page.goto("/dashboard/reports?section=costs&period=custom&from=2099-01-01&to=2099-01-31");
  await expect(page.getByText("Spend by month, in dollars: Nothing in this period.")).toBeVisible();
  await expect(page.locator("main").getByRole("img")).toHaveCount(0);
  await page.goto("/dashboard/reports?section=speed&period=custom&from=2099-01-01&to=2099-01-31");
  await expect(page.getByText(/: Nothing in this period\./).first()).toBeVisible();
  await accessible(page);
});
