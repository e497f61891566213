// Issue 5: a manager assigns and schedules a request; after a cron tick (as an external scheduler
// calls it) the development outbox holds the tenant's "assigned" and "scheduled" texts in the
// tenant's language, with the right vendor and window. The cron route refuses a wrong secret.
import { expect, test, type Page } from "@playwright/test";
import { cronTick, shot, signIn } from "./helpers";

/** Quiet hours as an admin sets them in Settings → Organisation ("00:00" twice: texts are never held). */
async function setQuietHours(admin: Page, start: string, end: string) {
  await admin.goto("/dashboard/settings");
  await admin.getByLabel("Quiet hours start").fill(start);
  await admin.getByLabel("Quiet hours end").fill(end);
  await admin.getByRole("button", { name: "Save organisation" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Organisation saved." })).toBeVisible();
}

test("the tenant hears who and when, in Spanish, through the outbox", async ({ browser }) => {
  // This test is about what the texts say, whatever the hour it runs at: the demo organisation holds
  // routine texts from 21:00 to 08:00, so the admin turns quiet hours off first (and back on after).
  const admin = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(admin, "admin@fixwell.example");
  await setQuietHours(admin, "00:00", "00:00");

  const tenant = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await signIn(tenant, "omar.ali@tenants.example"); // Maple Court 1E, prefers texts
  await tenant.goto("/requests/new");
  await tenant.getByRole("radio", { name: /Appliances/ }).check();
  await tenant.getByRole("radio", { name: /Routine/ }).check();
  await tenant.getByLabel("Describe the problem").fill("The oven does not heat up past 100 degrees.");
  await tenant.getByRole("button", { name: "Send request" }).click();
  const n = (await tenant.getByText(/We got your request: tracking #\d+/).textContent())!.match(/#(\d+)/)![1];
  // Omar switches the portal to Spanish: from now on his messages come in Spanish too.
  await tenant.getByRole("button", { name: "Español" }).click();
  await expect(tenant.getByRole("heading", { name: `Solicitud #${n}` })).toBeVisible();

  const manager = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(manager, "dana.reyes@fixwell.example");
  await manager.goto(`/dashboard/work-orders/${n}`);
  const top = manager.getByRole("listitem").filter({ hasText: "Top suggestion" });
  const vendor = (await top.getAttribute("aria-label"))!;
  await top.getByRole("button", { name: `Assign ${vendor}` }).click();
  await expect(manager.getByText("Done: the request is now assigned.")).toBeVisible();
  await manager.getByLabel("Visit window starts").fill("2030-06-04T09:00");
  await manager.getByLabel("Visit window ends").fill("2030-06-04T12:00");
  await manager.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(manager.getByText("Done: the request is now scheduled.")).toBeVisible();

  // No secret, no tick; the scheduler's call delivers.
  expect((await manager.request.post("/api/cron")).status()).toBe(401);
  expect((await manager.request.post("/api/cron", { headers: { authorization: "Bearer wrong" } })).status()).toBe(401);
  await cronTick(manager);

  // The local outbox: open to anyone in the demo, to admins otherwise (this server is a production build).
  await admin.goto("/outbox");
  const texts = admin.getByRole("listitem").filter({ hasText: "+15550200009" });
  await expect(texts.filter({ hasText: `su solicitud #${n} fue asignada a ${vendor}` })).toHaveCount(1);
  await expect(
    texts.filter({ hasText: `cita para #${n} programada para mar, 4 de jun, 9:00 a.m.–12:00 p.m.` }),
  ).toHaveCount(1);
  await shot(admin, "outbox-tenant-spanish");

  // The work order page says what was sent to whom.
  await manager.goto(`/dashboard/work-orders/${n}`);
  await expect(manager.getByText("+15550200009").first()).toBeVisible();
  await setQuietHours(admin, "21:00", "08:00");
  await admin.goto("/dashboard/settings");
  await expect(admin.getByLabel("Quiet hours start")).toHaveValue("21:00");
});
