// The audit log (issue 18): an admin changes a vendor's contact, then finds the change in the log —
// who, when, from → to — filtered to vendors and to themselves; a tenant's door code appears only as
// "[hidden]"; the CSV download has the same entries. Both projects share one server: the contact
// name carries the project's name, so each run finds its own change.
import { expect, test } from "@playwright/test";
import { shot, signIn } from "./helpers";

test("an admin finds who changed a vendor, and when, in the audit log and its CSV", async ({ page }, info) => {
  test.setTimeout(120_000);
  const contact = `Tony Reed (${info.project.name} ${Date.now() % 100000})`;
  await signIn(page, "admin@fixwell.example");
  await page.goto("/dashboard/directory/vendors");
  await page.getByRole("link", { name: "ABC Plumbing" }).click();
  const before = await page.getByLabel("Contact name").inputValue();
  await page.getByLabel("Contact name").fill(contact);
  await page.getByRole("button", { name: "Save vendor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Vendor saved." })).toBeVisible();

  await page.getByRole("link", { name: "Audit log" }).first().click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Record").selectOption({ label: "Vendor" });
  await page.getByLabel("Who").selectOption({ label: "Avery Admin (admin)" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/entity=Vendor/);
  const entry = page.getByRole("listitem").filter({ hasText: contact }).first();
  await expect(entry).toContainText("Changed: Vendor · ABC Plumbing");
  await expect(entry).toContainText("Avery Admin");
  await expect(entry.getByText("contact name")).toBeVisible();
  await expect(entry).toContainText(`${before} → ${contact}`);
  await shot(page, "audit-log");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await (await download).path();
  const csv = await import("node:fs/promises").then((fs) => fs.readFile(file!, "utf8"));
  expect(csv.split("\r\n")[0]).toBe("\uFEFFid,at_utc,actor_id,actor,action,record,record_id,record_name,field,from,to");
  expect(csv).toContain(`Avery Admin,updated,Vendor,`);
  expect(csv).toContain(`contactName,${before},${contact}`);
  expect(
    csv
      .split("\r\n")
      .slice(1)
      .filter(Boolean)
      .every((l) => l.includes(",Vendor,")),
  ).toBe(true);

  await test.step("door codes show only that they changed", async () => {
    await page.goto("/dashboard/audit?entity=TenantProfile");
    // The demo's tenants were given gate codes like 4101#: created by the system, shown hidden.
    const codes = page.getByRole("listitem").filter({ hasText: "gate code" });
    await expect(codes.first()).toContainText("[hidden]");
    await expect(page.getByText(/41\d\d#/)).toHaveCount(0);
  });
});
