// The admin's directory and settings: a vendor form that keeps what was typed around a refusal,
// a CSV import previewed (one bad row, then fixed) and imported, a unit's QR code as PNG and SVG,
// the printable sheet, and an SLA target changed. Both projects share one server: every step is
// safe to repeat (the import is idempotent; values are set, not added).
import { expect, test } from "@playwright/test";
import { shot, signIn } from "./helpers";

test("admin edits a vendor, imports units, gets QR codes and changes an SLA target", async ({ page }, info) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@fixwell.example");

  await test.step("vendor: a bad email is refused beside the field, the rest is kept", async () => {
    await page.goto("/dashboard/directory/vendors");
    await expect(page.getByText(/Insurance: expired/).first()).toBeVisible();
    await shot(page, "directory-vendors");
    await page.getByRole("link", { name: "ABC Plumbing" }).click();
    await page.getByLabel("Contact name").fill("Tony Reed Jr");
    await page.getByLabel("Email", { exact: true }).fill("tony@");
    await page.getByLabel("Hourly rate ($)").fill("101.50");
    await page.getByRole("button", { name: "Save vendor" }).click();
    await expect(page.locator("#email-error")).toHaveText(/Enter an email address/);
    await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Contact name")).toHaveValue("Tony Reed Jr");
    await expect(page.getByLabel("Hourly rate ($)")).toHaveValue("101.50");
    await shot(page, "directory-vendor-refused");
    await page.getByLabel("Email", { exact: true }).fill("tony@abc-plumbing.example");
    await page.getByRole("button", { name: "Save vendor" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Vendor saved." })).toBeVisible();
    await expect(page.getByText("Hourly $101.50").first()).toBeVisible();
  });

  await test.step("CSV import: preview names the bad row, nothing imported until fixed", async () => {
    await page.goto("/dashboard/directory");
    await page.getByRole("link", { name: "Harbor View Apartments" }).click();
    await page.getByRole("link", { name: "Import CSV" }).click();
    const rows = [
      "unit,floor,tenant_name,tenant_email,tenant_phone,contact_method",
      "9A,9,Ada Stone,ada.stone@e2e.example,,sms",
      "9B,9,Ben Hart,ben.hart@e2e.example,,email",
      "9C,9,,,,",
    ];
    await page
      .getByLabel("…or paste the CSV")
      .fill([...rows.slice(0, 2), "9B,9,Ben Hart,ben.hart@,,email", rows[3]].join("\n"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /1 of 3 rows have problems/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /9B/ })).toContainText("Enter an email address");
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    await shot(page, "directory-import-preview-error");
    await page.getByLabel("…or paste the CSV").fill(rows.join("\n"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("status").filter({ hasText: /All 3 rows look right/ })).toBeVisible();
    await page.getByRole("button", { name: "Import 3 rows" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported 3 units and 2 tenants." })).toBeVisible();
    await page.getByRole("link", { name: "Harbor View Apartments" }).click();
    await expect(page.getByRole("link", { name: "Ada Stone" })).toBeVisible();
    await shot(page, "directory-property");
  });

  await test.step("QR codes: a unit's PNG and SVG, and the printable sheet", async () => {
    const png = await page.request.get(
      (await page.getByRole("link", { name: "QR code PNG for unit 9A" }).getAttribute("href"))!,
    );
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const svg = await page.request.get(
      (await page.getByRole("link", { name: "QR code SVG for unit 9A" }).getAttribute("href"))!,
    );
    expect(svg.headers()["content-type"]).toBe("image/svg+xml");
    expect(await svg.text()).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"[\s\S]*<path[\s\S]*<\/svg>\s*$/,
    );
    const intake = await page.getByRole("link", { name: "Intake link for unit 9A" }).getAttribute("href");
    expect(intake).toMatch(/\/r\/harbor-view\?unit=\w+$/);
    await page.getByRole("link", { name: "Printable QR sheet" }).click();
    await expect(page.getByRole("heading", { name: "QR codes: Harbor View Apartments" })).toBeVisible();
    await expect(page.getByRole("img", { name: "QR code for unit 9A" })).toBeVisible();
    await expect(page.getByText("Scan to report a maintenance problem").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await shot(page, "directory-qr-sheet");
    // The unit's own link opens the form with that unit chosen.
    await page.goto(intake!);
    await expect(page.getByLabel("Your unit")).toHaveValue(new URL(intake!).searchParams.get("unit")!);
  });

  await test.step("settings: an SLA target is saved and read back", async () => {
    await page.goto("/dashboard/settings");
    const hours = info.project.name === "phone" ? "3" : "2.5";
    await page.getByLabel("Urgent: respond within (hours)").fill(hours);
    await page.getByRole("button", { name: "Save urgent targets" }).click();
    await expect(page.getByRole("status").filter({ hasText: "urgent targets saved." })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Urgent: respond within (hours)")).toHaveValue(hours);
    await page.getByLabel("Urgent: resolve within (hours)").fill("1");
    await page.getByRole("button", { name: "Save urgent targets" }).click();
    await expect(page.locator("#sla-URGENT-resolutionHours-error")).toHaveText(/cannot come before/);
    await page.getByLabel("Brand colour").fill("#ffff00");
    await page.getByRole("button", { name: "Save organisation" }).click();
    await expect(page.locator("#org-brandColor-error")).toHaveText(/Choose a darker colour/);
    await shot(page, "settings");
  });
});

test("a manager cannot open another manager's property, its QR codes or the settings", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@fixwell.example");
  await page.goto("/dashboard/directory");
  const maple = (await page.getByRole("link", { name: "Maple Court" }).getAttribute("href"))!;
  await page.goto(maple);
  const qr = (await page
    .getByRole("link", { name: /^QR code PNG for unit/ })
    .first()
    .getAttribute("href"))!;
  await page.context().clearCookies();
  await signIn(page, "sam.wolfe@fixwell.example"); // Oak Terrace only
  await page.goto("/dashboard/directory");
  await expect(page.getByRole("link", { name: "Oak Terrace" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Maple Court" })).toHaveCount(0);
  expect((await page.goto(maple))!.status()).toBe(404);
  expect((await page.goto(`${maple}/sheet`))!.status()).toBe(404);
  expect((await page.request.get(qr)).status()).toBe(404);
  await page.goto("/dashboard/settings");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/dashboard/directory/vendors");
  await expect(page.getByRole("link", { name: "Add a vendor" })).toHaveCount(0);
});
