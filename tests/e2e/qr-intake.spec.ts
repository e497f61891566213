// A visitor who scanned the building's QR code reports an emergency in Spanish without an account,
// sees the hotline, and follows the request from the tracking link; another finds a tip that fixed
// it, and the admin's deflection figures count that answer.
import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

test("a QR visitor reports an emergency and follows it from the tracking link", async ({ page }) => {
  await page.goto("/r/harbor-view");
  await expect(page.getByRole("heading", { name: "Report a problem at Harbor View Apartments" })).toBeVisible();
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Choose the unit with the problem.")).toBeVisible();
  await expect(page.getByText("Tell us your name.")).toBeVisible();

  await page.getByLabel("Your unit").selectOption({ label: "2B" });
  await page.getByRole("radio", { name: /Plumbing/ }).check();
  await page.getByRole("radio", { name: /Routine/ }).check();
  await page
    .getByLabel("Describe the problem")
    .fill(`El baño está inundado, sale agua del techo (${test.info().project.name})`);
  await expect(page.getByRole("heading", { name: "This sounds like an emergency" })).toBeVisible();
  await page.getByLabel("Your name").fill("Rosa Díaz");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Enter an email address like name@example.com, or leave it blank.")).toBeVisible();
  await expect(page.getByLabel("Describe the problem")).toHaveValue(/El baño está inundado/);
  await expect(page.getByLabel("Your unit")).toHaveValue(/.+/); // the chosen unit survives the refusal
  await expect(page.getByLabel("Your name")).toHaveValue("Rosa Díaz");
  await page.getByLabel("Email").fill("rosa.diaz@example.com");
  await shot(page, "qr-form");
  await page.getByRole("button", { name: "Send request" }).click();

  await expect(page.getByText(/We got your request: tracking #\d+/)).toBeVisible();
  await expect(page).toHaveURL(/\/t\/[A-Za-z0-9_-]{43}\?submitted=1/);
  await expect(page.getByRole("heading", { name: "This is being treated as an emergency" })).toBeVisible();
  await expect(page.getByText("Emergency", { exact: true })).toBeVisible();
  await shot(page, "qr-tracking");

  // The link keeps working without the "submitted" banner; a tampered one shows a clear page.
  const url = new URL(page.url());
  await page.goto(url.pathname);
  await expect(page.getByText("Request received")).toBeVisible();
  const res = await page.goto(url.pathname.slice(0, -2) + "xx");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This tracking link doesn't work" })).toBeVisible();
});

test("an unknown building code shows a clear page", async ({ page }) => {
  await page.goto("/r/no-such-building");
  await expect(page.getByRole("heading", { name: "We don't recognise this code" })).toBeVisible();
});

/** The admin's "This fixed it" count in the tenants report (the default period). */
async function fixedByTips(admin: Page) {
  await admin.goto("/dashboard/reports?section=tenants");
  const table = admin.getByRole("table", { name: "Self-help deflection" });
  await expect(table).toBeAttached();
  return Number((await table.locator("tbody td").first().innerText()).replace(/\D/g, ""));
}

test("a QR visitor's 'this fixed it' is counted in the deflection report, with no unit chosen", async ({
  page,
  browser,
}) => {
  const admin = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(admin, "admin@fixwell.example");
  const before = await fixedByTips(admin);

  await page.goto("/r/harbor-view");
  await page.getByRole("radio", { name: /Electrical/ }).check();
  await expect(page.getByRole("heading", { name: "Try this first" })).toBeVisible();
  await page.getByLabel("Describe the problem").fill("Kitchen outlet stopped working after the storm");
  await shot(page, "qr-self-help");
  await page.getByRole("button", { name: "This fixed it: no visit needed" }).click();
  await expect(page.getByText(/Glad that sorted it/)).toBeVisible();
  await expect(page).toHaveURL(/\/r\/harbor-view\?fixed=1/);

  expect(await fixedByTips(admin)).toBe(before + 1);
  await admin.context().close();
});
