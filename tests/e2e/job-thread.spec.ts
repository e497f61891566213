// Issue 18, done when: the tenant, the vendor (from the job link, no account) and the manager share
// one conversation on the job, on a phone at 375 px. The tenant writes; the vendor is told by email
// with a link of their own, opens it, reads the tenant's message and answers (a bad message is
// refused next to the field and keeps what was typed); the manager sees both and answers; the tenant
// and the vendor see the whole thread. The manager's internal note never reaches the others.
import { expect, test } from "@playwright/test";
import { assign, jobLink, managerPage, report, shot, signIn } from "./helpers";

// Leila Haddad, Oak Terrace (Sam Wolfe's building); no other spec uses her.
const TENANT = { email: "leila.haddad@tenants.example", name: "Leila Haddad" };

test("the tenant, the vendor from the job link and the manager share one thread", async ({ page: tenant, browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const said = {
    tenant: `The shower drain gurgles and smells (${stamp}).`,
    note: `Internal: check the main stack too (${stamp}).`,
    vendor: `I'll bring a camera to look down the drain (${stamp}).`,
    manager: `Thanks, please send photos of what you find (${stamp}).`,
  };
  await signIn(tenant, TENANT.email);
  const n = await report(tenant, `Shower drain gurgles (job thread ${stamp})`);
  const manager = await managerPage(browser);
  await assign(manager, n, "ABC Plumbing");

  // The tenant writes on their request.
  const postedAt = new Date(Date.now() - 1000);
  // Too short: refused beside the field, and what was typed stays in the box.
  await tenant.getByLabel("Message your property manager").fill("?");
  await tenant.getByRole("button", { name: "Send message" }).click();
  await expect(tenant.getByText("Write a message first.")).toBeVisible();
  await expect(tenant.getByLabel("Message your property manager")).toHaveValue("?");
  await tenant.getByLabel("Message your property manager").fill(said.tenant);
  await tenant.getByRole("button", { name: "Send message" }).click();
  await expect(tenant.getByText(/^Message sent\./)).toBeVisible();
  // The manager leaves a note for staff only.
  await manager.goto(`/dashboard/work-orders/${n}`);
  await manager.getByLabel("Internal note (staff only, never shown to the tenant)").fill(said.note);
  await manager.getByRole("button", { name: "Add internal note" }).click();
  await expect(manager.getByText("Internal note added.")).toBeVisible();

  // The vendor is told by email, with a link of their own; on their phone they read and answer.
  const link = await jobLink(manager, n, postedAt, "vendor-message");
  const vendor = await (
    await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
  ).newPage();
  await vendor.goto(link);
  await expect(vendor.getByText(`#${n}`, { exact: false }).first()).toBeVisible();
  const thread = vendor.getByRole("region", { name: "Messages" });
  await expect(thread.getByRole("listitem").filter({ hasText: said.tenant })).toContainText(TENANT.name);
  await expect(thread.locator("time")).toHaveCount(1);
  expect(await vendor.content()).not.toContain(said.note);

  const box = vendor.getByLabel("Your message (the tenant and the office see it)");
  await vendor.getByRole("button", { name: "Send message" }).click();
  await expect(vendor.getByText("Write your message first.")).toBeVisible();
  const long = "x".repeat(2001);
  await vendor.getByLabel("Your message (the tenant and the office see it)").fill(long);
  await vendor.getByRole("button", { name: "Send message" }).click();
  await expect(vendor.getByText("Keep it under 2,000 characters.")).toBeVisible();
  await expect(box).toHaveValue(long); // what was typed is kept
  await box.fill(said.vendor);
  await vendor.getByRole("button", { name: "Send message" }).click();
  await expect(vendor.getByText("Message sent: the tenant and the office have been told.")).toBeVisible();
  await expect(thread.getByRole("listitem").filter({ hasText: said.vendor })).toContainText("ABC Plumbing");

  // The manager sees both on the work order and answers on the thread.
  await manager.goto(`/dashboard/work-orders/${n}`);
  const messages = manager.getByRole("region", { name: "Messages and notes" });
  for (const text of [said.tenant, said.note, said.vendor]) await expect(messages.getByText(text)).toBeVisible();
  await manager.getByLabel("Message (the tenant and the vendor or technician on the job see this)").fill(said.manager);
  await manager.getByRole("button", { name: "Send message" }).click();
  await expect(manager.getByText("Message sent: the tenant and whoever is on the job have been told.")).toBeVisible();

  // The tenant sees the whole thread, never the note.
  await tenant.goto(`/requests/${n}`);
  for (const text of [said.tenant, said.vendor, said.manager])
    await expect(tenant.getByText(`Message: ${text}`)).toBeVisible();
  expect(await tenant.content()).not.toContain(said.note);
  await shot(tenant, "job-thread-tenant");

  // So does the vendor, in order, each with who wrote it and when.
  await vendor.reload();
  await expect(thread.getByRole("listitem")).toHaveText([
    new RegExp(`${literal(said.tenant)}${TENANT.name} ·`),
    new RegExp(`${literal(said.vendor)}ABC Plumbing ·`),
    new RegExp(`${literal(said.manager)}Sam Wolfe ·`),
  ]);
  await expect(thread.locator("time")).toHaveCount(3);
  expect(await vendor.content()).not.toContain(said.note);
  await thread.scrollIntoViewIfNeeded();
  await shot(vendor, "job-thread-vendor");
  await vendor.setViewportSize({ width: 1280, height: 800 });
  await shot(vendor, "job-thread-vendor");
});

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
