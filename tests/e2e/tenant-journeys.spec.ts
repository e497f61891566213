// The tenant issue's "done when", step by step with screenshots: a QR visitor reporting an
// emergency in Spanish with two photos, and a signed-in tenant taking a routine request from
// report to rating (prefilled access, message, reschedule, confirm, rate), with the manager in the loop.
import { expect, test, type Browser } from "@playwright/test";
import sharp from "sharp";
import { shot, signIn } from "./helpers";

const jpeg = (color: string) =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: color } })
    .jpeg()
    .toBuffer();
const phone = { width: 375, height: 812 };
const contextFor = (browser: Browser, locale = "en-US", viewport = phone) =>
  browser.newContext({ viewport, locale, isMobile: viewport === phone, hasTouch: viewport === phone });

test("a QR visitor reports an emergency leak in Spanish with two photos and follows it", async ({ browser }) => {
  const page = await (await contextFor(browser, "es-MX")).newPage();
  await page.goto("/r/maple-court");
  await expect(page.getByRole("heading", { name: "Reportar un problema en Maple Court" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await shot(page, "journey-qr-1-form-es");

  await page.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(page.getByText("Elija la unidad con el problema.")).toBeVisible();
  await expect(page.getByText("Díganos su nombre.")).toBeVisible();
  await shot(page, "journey-qr-2-errors-es");

  await page.getByLabel("Su unidad").selectOption({ index: 3 });
  await expect(page.getByText("Elija la unidad con el problema.")).toHaveCount(0); // answered: its message goes
  await expect(page.getByText("Díganos su nombre.")).toBeVisible();
  await page.getByRole("radio", { name: /Plomería/ }).check();
  await page.getByRole("radio", { name: /Rutina/ }).check();
  await page
    .getByLabel("Describa el problema")
    .fill("Hay una fuga debajo del fregadero y el piso de la cocina está inundado.");
  await expect(page.getByRole("heading", { name: "Esto parece una emergencia" })).toBeVisible();
  await expect(page.getByText(/¿Entra mucha agua\?/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Llamar al +1 555 0100 911" })).toHaveAttribute(
    "href",
    "tel:+15550100911",
  );
  await page.getByLabel("Fotos y videos (opcional)").setInputFiles([
    { name: "fregadero.jpg", mimeType: "image/jpeg", buffer: await jpeg("#1d4ed8") },
    { name: "piso.jpg", mimeType: "image/jpeg", buffer: await jpeg("#0f766e") },
  ]);
  await page.getByLabel("Su nombre").fill("Rosa Díaz");
  await page.getByLabel("Correo electrónico").fill("rosa.diaz@example.com");
  await shot(page, "journey-qr-3-emergency-es");
  await page.getByRole("button", { name: "Enviar solicitud" }).click();

  await expect(page.getByText(/Recibimos su solicitud: seguimiento #\d+/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Esto se está tratando como una emergencia" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Llamar al +1 555 0100 911" })).toBeVisible();
  await expect(page.getByText("Emergencia", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Foto \d: / })).toHaveCount(2);
  await expect(page.getByText("Solicitud recibida")).toBeVisible();
  await shot(page, "journey-qr-4-tracking-es");

  // From the link, without an account: a message to the manager.
  await page
    .getByLabel("Escriba a su administrador")
    .fill("Cerré la llave de paso. Pueden entrar con la vecina del 1A.");
  await page.getByRole("button", { name: "Enviar mensaje" }).click();
  await expect(page.getByText("Mensaje enviado. Ya avisamos a su administrador.")).toBeVisible();
  await expect(page.getByText("Mensaje: Cerré la llave de paso. Pueden entrar con la vecina del 1A.")).toBeVisible();
  await expect(page.getByText("Rosa Díaz (tracking link)").first()).toBeVisible();

  // The same link in English after the visitor switches language; the choice sticks.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: /Request #\d+/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Photo \d: / })).toHaveCount(2);
  await page.reload();
  await expect(page.getByText("Request received")).toBeVisible();
});

test("a signed-in tenant reports, messages, reschedules, confirms the fix and rates it", async ({ browser }) => {
  test.setTimeout(180_000);
  const tenant = await (await contextFor(browser)).newPage();
  await signIn(tenant, "luis.romero@tenants.example");
  await tenant.goto("/requests/new");
  // Access comes prefilled from the profile; codes only say they are saved.
  await expect(tenant.getByLabel("Best times for a visit")).toHaveValue("After 3 pm");
  await expect(tenant.getByLabel("It is OK to enter when nobody is home")).toBeChecked();
  await expect(
    tenant.getByText("Saved on your profile. Leave blank to keep it, or type a new one.").first(),
  ).toBeVisible();
  expect(await tenant.content()).not.toContain("4107#"); // the saved gate code is not in the page until asked for
  await tenant.getByRole("button", { name: "Show my saved code" }).click();
  await expect(tenant.getByText("Your saved code: 4107#")).toBeVisible();
  await tenant.getByRole("radio", { name: /Electrical/ }).check();
  await tenant.getByRole("radio", { name: /Routine/ }).check();
  await tenant.getByLabel("Describe the problem").fill("Bedroom ceiling light flickers and buzzes when switched on.");
  await shot(tenant, "journey-tenant-1-form");
  await tenant.getByRole("button", { name: "Send request" }).click();
  await expect(tenant.getByText(/We got your request: tracking #\d+/)).toBeVisible();
  const n = (await tenant.getByRole("heading", { level: 1 }).textContent())!.match(/#(\d+)/)![1];
  await expect(tenant.getByText("Best times: After 3 pm")).toBeVisible();
  await shot(tenant, "journey-tenant-2-submitted");

  await tenant
    .getByLabel("Message your property manager")
    .fill("The switch is by the door; the light is on the ceiling fan.");
  await tenant.getByRole("button", { name: "Send message" }).click();
  await expect(tenant.getByText("Message sent. Your property manager has been told.")).toBeVisible();
  await tenant
    .getByLabel("Add photos or a video")
    .setInputFiles([{ name: "switch.jpg", mimeType: "image/jpeg", buffer: await jpeg("#b45309") }]);
  await tenant.getByRole("button", { name: "Add to the request" }).click();
  await expect(tenant.getByText("Added to your request. Your property manager has been told.")).toBeVisible();
  await expect(tenant.getByRole("img", { name: "Photo 1: switch.jpg" })).toBeVisible();
  await expect(tenant.getByText("Added 1 photo(s) or video(s): switch.jpg")).toBeVisible();

  const manager = await (await contextFor(browser, "en-US", { width: 1280, height: 800 })).newPage();
  await signIn(manager, "dana.reyes@fixwell.example");
  await manager.goto(`/dashboard/work-orders/${n}`);
  await expect(manager.getByText("Message: The switch is by the door; the light is on the ceiling fan.")).toBeVisible();
  await manager.getByLabel("Assign to vendor").selectOption({ label: "BrightSpark Electric (preferred)" });
  await manager.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(manager.getByText("Done: the request is now assigned.")).toBeVisible();
  await manager.getByLabel("Visit window starts").fill("2026-12-03T09:00");
  await manager.getByLabel("Visit window ends").fill("2026-12-03T12:00");
  await manager.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(manager.getByText("Done: the request is now scheduled.")).toBeVisible();

  await tenant.reload();
  await expect(tenant.getByText("The visit is booked. You will get a reminder the day before.")).toBeVisible();
  await tenant.getByText("Can't make this time?").click();
  await tenant.getByRole("button", { name: "Ask for another time" }).click();
  await expect(tenant.getByText("Tell us which days and times suit you.")).toBeVisible();
  await tenant.getByLabel("Which days and times suit you?").fill("Any weekday after 4 pm");
  await shot(tenant, "journey-tenant-3-reschedule");
  await tenant.getByRole("button", { name: "Ask for another time" }).click();
  await expect(
    tenant.getByText("Asked for another time. Your property manager will confirm a new visit with you."),
  ).toBeVisible();
  await expect(tenant.getByText("Asked for another time: Any weekday after 4 pm")).toBeVisible();

  await manager.reload();
  await expect(manager.getByText("The tenant asked for another time")).toBeVisible();
  await manager.getByLabel("Visit window starts").fill("2026-12-04T16:00");
  await manager.getByLabel("Visit window ends").fill("2026-12-04T18:00");
  await manager.getByRole("button", { name: "Reschedule", exact: true }).click();
  await expect(manager.getByText("Done: the request is now scheduled.")).toBeVisible();
  await expect(manager.getByText("The tenant asked for another time")).toHaveCount(0);

  await tenant.reload();
  await expect(tenant.getByText(/Dec 4, 2026, 4:00\s?PM/)).toBeVisible();
  await expect(tenant.getByText(/You asked for another time/)).toHaveCount(0);
  await shot(tenant, "journey-tenant-4-rescheduled");

  await manager.getByLabel("Completion notes").fill("Replaced the fan's light kit.");
  await manager.getByRole("button", { name: "Mark completed" }).click();
  await expect(manager.getByText("Done: the request is now completed.")).toBeVisible();

  await tenant.reload();
  await shot(tenant, "journey-tenant-5-confirm");
  await tenant.getByRole("button", { name: "Yes, it's fixed" }).click();
  await expect(tenant.getByText("This request is closed.")).toBeVisible();
  await tenant.getByRole("radio", { name: "4 stars" }).check({ force: true });
  await tenant.getByLabel("Anything to add? (optional)").fill("Came at the new time, quick fix");
  await tenant.getByRole("button", { name: "Send rating" }).click();
  await expect(tenant.getByText("Rated 4 out of 5: Came at the new time, quick fix")).toBeVisible();
  await shot(tenant, "journey-tenant-6-rated");

  // Another tenant can neither open this request nor act on it by replaying a server action.
  const other = await (await contextFor(browser)).newPage();
  await signIn(other, "maria.garcia@tenants.example");
  expect((await other.goto(`/requests/${n}`))?.status()).toBe(404);
  await other.goto("/requests/new");
  await other.getByRole("radio", { name: /General/ }).check();
  await other.getByRole("radio", { name: /Low/ }).check();
  await other.getByLabel("Describe the problem").fill("Hallway light bulb out, fixture too high to reach.");
  await other.getByRole("button", { name: "Send request" }).click();
  await expect(other.getByText(/We got your request/)).toBeVisible();
  const messageForm = other.locator("form").filter({ has: other.getByLabel("Message your property manager") });
  await messageForm
    .locator('input[name="trackingNumber"]')
    .evaluate((el, v) => ((el as HTMLInputElement).value = v), n);
  await other.getByLabel("Message your property manager").fill("Replayed into someone else's request");
  await other.getByRole("button", { name: "Send message" }).click();
  await expect(other.getByText("This request does not exist or is not yours to see.")).toBeVisible();
  await tenant.reload();
  await expect(tenant.getByText(/Replayed into someone else/)).toHaveCount(0);
});
