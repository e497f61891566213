// Business hours (issue 18): an admin sets the office's days and hours; while it is closed the
// tenant's form and its confirmation say so, with the admin's after-hours instructions, the
// emergency line and when the office will see the request. The settings are put back afterwards.
import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const INSTRUCTIONS = "Out of hours? Turn off the water at the main valve for any leak.";

/** Today's weekday in the demo organisation's zone (Monday = 0). */
const todayIndex = () =>
  DAYS.indexOf(new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", weekday: "long" }).format(new Date()));

async function setOffice(page: Page, days: string[], instructions: string) {
  await page.goto("/dashboard/settings");
  const org = page.getByRole("region", { name: "Organisation", exact: true });
  for (const d of DAYS) await org.getByLabel(d, { exact: true }).setChecked(days.includes(d));
  await org.getByLabel("Office opens").fill("08:00");
  await org.getByLabel("Office closes").fill("17:00");
  await org.getByLabel("After-hours instructions").fill(instructions);
  await org.getByRole("button", { name: "Save organisation" }).click();
  await expect(org.getByText("Organisation saved.")).toBeVisible();
}

test("while the office is closed the tenant sees the instructions and when the office will see it", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await signIn(page, "admin@fixwell.example");
  // Open only on the day after tomorrow: closed now, whatever the hour.
  const openDay = DAYS[(todayIndex() + 2) % 7];
  await setOffice(page, [openDay], INSTRUCTIONS);
  try {
    const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
    const tenant = await context.newPage();
    await signIn(tenant, "tenant@fixwell.example");
    await tenant.goto("/requests/new");
    const notice = tenant.getByRole("region", { name: "The office is closed now" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(INSTRUCTIONS);
    await expect(notice).toContainText(new RegExp(`the office will see it ${openDay}`, "i"));
    await expect(notice.getByRole("link", { name: "+1 555 0100 911" })).toBeVisible();
    await shot(tenant, "after-hours-form");

    await tenant.getByRole("radio", { name: /General/ }).check();
    await tenant.getByRole("radio", { name: /Low/ }).check();
    await tenant.getByLabel("Describe the problem").fill("The hallway light cover is loose and rattles.");
    await tenant.getByRole("button", { name: "Send request" }).click();
    await expect(tenant.getByText(/We got your request: tracking #\d+/)).toBeVisible();
    await expect(tenant.getByRole("region", { name: "The office is closed now" })).toContainText(openDay);
    await shot(tenant, "after-hours-submitted");
    await context.close();
  } finally {
    await setOffice(
      page,
      DAYS.slice(0, 5),
      "For emergencies outside office hours call the hotline; for gas smells leave the building first.",
    );
  }
});
