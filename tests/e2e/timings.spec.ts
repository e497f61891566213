// Settings → Timings and thresholds (issue 18): an admin saves the section with wrong values (each
// error beside its field, everything typed kept), then with good ones, and what the settings say
// elsewhere follows: the on-call chain's step, the Callbacks report's window. Put back afterwards.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

const LABELS = {
  escalate: "Page the next on-call contact after (minutes)",
  atRisk: "SLA at risk after (% of the target's time)",
  reopen: "Closed requests can be reopened for (days)",
  callback: "Count a callback within (days of completion)",
  lookback: "Look for repeat requests over (months)",
  reminders: "Remind vendors before papers expire (days)",
};
const DEFAULTS = { escalate: "15", atRisk: "75", reopen: "30", callback: "30", lookback: "6", reminders: "60, 30, 7" };

async function fill(section: Locator, values: Partial<Record<keyof typeof LABELS, string>>) {
  for (const [k, v] of Object.entries(values)) await section.getByLabel(LABELS[k as keyof typeof LABELS]).fill(v);
  await section.getByRole("button", { name: "Save timings and thresholds" }).click();
}

const timings = (page: Page) => page.getByRole("region", { name: "Timings and thresholds" });

test("an admin sets the timings and thresholds: wrong values are refused beside their fields", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@fixwell.example");
  await page.goto("/dashboard/settings#timings");
  const section = timings(page);
  for (const [k, v] of Object.entries(DEFAULTS))
    await expect(section.getByLabel(LABELS[k as keyof typeof LABELS])).toHaveValue(v);
  await expect(section.getByText("An emergency nobody has answered goes down the on-call chain")).toBeVisible();
  await expect(page.getByRole("region", { name: "On-call chains" })).toContainText("the next every 15 minutes");

  try {
    // Two wrong values and a good one: each error beside its field, and all three as typed.
    await fill(section, { escalate: "0", callback: "12", reminders: "60, 30, 30" });
    const escalate = section.getByLabel(LABELS.escalate);
    const reminders = section.getByLabel(LABELS.reminders);
    await expect(section.getByText("Between 1 and 240 minutes.")).toBeVisible();
    await expect(section.getByText("Each number of days once: no repeats.")).toBeVisible();
    await expect(escalate).toHaveAttribute("aria-invalid", "true");
    await expect(escalate).toHaveAccessibleDescription(/Between 1 and 240 minutes\./);
    await expect(reminders).toHaveAttribute("aria-invalid", "true");
    await expect(reminders).toHaveAccessibleDescription(/Each number of days once/);
    await expect(escalate).toHaveValue("0");
    await expect(reminders).toHaveValue("60, 30, 30");
    await expect(section.getByLabel(LABELS.callback)).toHaveValue("12");
    await expect(section.getByLabel(LABELS.callback)).not.toHaveAttribute("aria-invalid", "true");
    await shot(page, "settings-timings-refused");

    // Good values: saved, the reminders written back farthest first.
    await fill(section, { escalate: "5", reminders: "10, 45" });
    await expect(section.getByText("Timings and thresholds saved.")).toBeVisible();
    await expect(section.getByText("Between 1 and 240 minutes.")).toHaveCount(0);
    await expect(reminders).toHaveValue("45, 10");
    await page.reload();
    await expect(timings(page).getByLabel(LABELS.escalate)).toHaveValue("5");
    await expect(timings(page).getByLabel(LABELS.callback)).toHaveValue("12");
    await expect(timings(page).getByLabel(LABELS.reminders)).toHaveValue("45, 10");
    await expect(page.getByRole("region", { name: "On-call chains" })).toContainText("the next every 5 minutes");

    // The Callbacks report says the organisation's window.
    await page.goto("/dashboard/reports?section=repeats");
    await expect(page.getByRole("table", { name: "Callbacks within 12 days of completion" })).toBeVisible();
    await expect(page.getByText("within the organisation's callback window (12 days)")).toBeAttached();
  } finally {
    await page.goto("/dashboard/settings#timings");
    await fill(timings(page), DEFAULTS);
    await expect(timings(page).getByText("Timings and thresholds saved.")).toBeVisible();
  }
});
