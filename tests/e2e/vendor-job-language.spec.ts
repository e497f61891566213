// Issue 18: a vendor has a language. The admin sets ApplianceDoc to Spanish on the vendor form; a job
// goes to them; their job link, opened on a phone at 375 px with an English browser and no cookie,
// speaks Spanish (the page's <html lang> too), keeps speaking it after a step, and the language
// switch still lets the reader choose English; their papers link opens in Spanish as well. (No other
// spec uses ApplianceDoc.)
import { expect, test, type Browser, type Page } from "@playwright/test";
import { deliveredLink, shot, signIn } from "./helpers";

const JOB_LINK = /https?:\/\/\S+\/v\/job\/[A-Za-z0-9_-]{43}/;
const VENDOR = "ApplianceDoc";

async function desktop(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("a Spanish vendor's job link opens in Spanish on a phone; the switch still offers English", async ({
  page: tenant,
  browser,
}) => {
  test.setTimeout(240_000);

  const admin = await desktop(browser, "admin@fixwell.example");
  await test.step("the admin sets the vendor's language on the vendor form", async () => {
    await admin.goto("/dashboard/directory/vendors");
    await admin.getByRole("link", { name: VENDOR }).click();
    await admin.getByLabel("Language for job links and messages").selectOption("es");
    await admin.getByRole("button", { name: "Save vendor" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Vendor saved." })).toBeVisible();
    await expect(admin.getByRole("listitem").filter({ hasText: VENDOR })).toContainText("Español");
    await admin.getByRole("link", { name: VENDOR }).click();
    await expect(admin.getByLabel("Language for job links and messages")).toHaveValue("es");
  });

  await signIn(tenant, "ben.cohen@tenants.example");
  await tenant.goto("/requests/new");
  await tenant.getByRole("radio", { name: /Appliances/ }).check();
  await tenant.getByRole("radio", { name: /^Routine/ }).check();
  await tenant.getByLabel("Describe the problem").fill(`The dishwasher will not drain (language ${Date.now()})`);
  await tenant.getByRole("button", { name: "Send request" }).click();
  const received = tenant.getByText(/We got your request: tracking #\d+/);
  await expect(received).toBeVisible();
  const n = (await received.textContent())!.match(/#(\d+)/)![1];

  const manager = await desktop(browser, "sam.wolfe@fixwell.example");
  const assignedAt = new Date(Date.now() - 1000);
  await manager.goto(`/dashboard/work-orders/${n}`);
  await manager
    .getByRole("listitem", { name: VENDOR })
    .getByRole("button", { name: `Assign ${VENDOR}` })
    .click();
  await expect(manager.getByText("Done: the request is now assigned.")).toBeVisible();
  await manager.goto(`/dashboard/work-orders/${n}`);
  const sent = manager
    .getByRole("row")
    .filter({ hasText: "vendor-assigned" })
    .filter({ has: manager.getByRole("cell", { name: "Email", exact: true }) });
  const to = (await sent.getByRole("cell").nth(1).textContent())!.trim();
  const link = await deliveredLink(manager, to, assignedAt, JOB_LINK, "vendor job link");

  // The vendor's phone: an English browser, no cookies. The link names the vendor, and their language.
  const vendorContext = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    locale: "en-US",
  });
  const vendor = await vendorContext.newPage();
  await vendor.goto(link);
  await expect(vendor.getByRole("heading", { name: /Electrodomésticos en Oak Terrace/ })).toBeVisible();
  await expect(vendor.locator("html")).toHaveAttribute("lang", "es");
  await expect(vendor.getByText(`Para ${VENDOR}. Este enlace es solo suyo`)).toBeVisible();
  await expect(vendor.getByRole("heading", { name: "Dónde" })).toBeVisible();
  await expect(vendor.getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");
  await shot(vendor, "vendor-job-spanish");

  // A step redirects back to the page: still Spanish, the confirmation too.
  await vendor.getByRole("button", { name: "Aceptar el trabajo" }).click();
  await expect(vendor.getByText("Aceptado. Programe la visita cuando sepa su horario.")).toBeVisible();
  await expect(vendor.locator("html")).toHaveAttribute("lang", "es");
  await expect(vendor.getByLabel("Día")).toBeVisible();

  // The reader's own choice wins over the vendor's record.
  await vendor.getByRole("button", { name: "English" }).click();
  await expect(vendor.getByRole("heading", { name: /Appliances at Oak Terrace/ })).toBeVisible();
  await expect(vendor.locator("html")).toHaveAttribute("lang", "en");
  await expect(vendor.getByRole("button", { name: "Book the visit" })).toBeVisible();
  await vendorContext.close();

  await test.step("the papers link opens in Spanish too", async () => {
    await admin.goto("/dashboard/directory/vendors");
    await admin.getByRole("link", { name: VENDOR }).click();
    const sentAt = new Date(Date.now() - 2000);
    await admin.getByRole("button", { name: "Send upload link" }).click();
    await expect(admin.getByText(/Upload link sent to appliancedoc@vendors\.example/)).toBeVisible();
    const papers = await deliveredLink(
      admin,
      "appliancedoc@vendors.example",
      sentAt,
      /https?:\/\/\S+\/v\/papers\/[A-Za-z0-9_-]{43}/,
      "papers link",
    );
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "en-US" });
    const page = await phone.newPage();
    await page.goto(papers);
    await expect(page.getByRole("heading", { name: `Seguro y licencia de ${VENDOR}` })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByText(/^Seguro: vigente, faltan \d+ días$/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Enviar el seguro" })).toBeVisible();
    await expect(page.getByLabel("Número de póliza")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, "vendor-papers-spanish");
    await phone.close();
  });
});
