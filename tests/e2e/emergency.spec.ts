// Emergency help: the hotline shows while the tenant types, before and after submitting, and the
// request is raised to Emergency whatever severity was chosen.
import { expect, test } from "@playwright/test";
import { shot, signIn } from "./helpers";

test("a described emergency shows the hotline before and after submitting", async ({ page }) => {
  await signIn(page, "sam.okafor@tenants.example");
  await page.goto("/requests/new");
  await expect(page.getByRole("heading", { name: "This sounds like an emergency" })).toHaveCount(0);
  await page.getByRole("radio", { name: /Plumbing/ }).check();
  await page.getByRole("radio", { name: /Routine/ }).check();
  await page.getByLabel("Describe the problem").fill("Water is pouring through the ceiling light in the bathroom");
  await expect(page.getByRole("heading", { name: "This sounds like an emergency" })).toBeVisible();
  const call = page.getByRole("link", { name: "Call +1 555 0100 911" });
  await expect(call).toHaveAttribute("href", "tel:+15550100911");
  await expect(page.getByText(/close the main water valve/)).toBeVisible();
  await shot(page, "emergency-before-submit");

  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText(/We got your request: tracking #\d+/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "This is being treated as an emergency" })).toBeVisible();
  await expect(page.getByText("Emergency", { exact: true })).toBeVisible();
  await shot(page, "emergency-after-submit");
});

test("choosing Emergency shows the hotline even when the words are calm", async ({ page }) => {
  await signIn(page, "priya.patel@tenants.example");
  await page.goto("/requests/new");
  await page.getByRole("radio", { name: /^Emergency/ }).check();
  await expect(page.getByRole("link", { name: "Call +1 555 0100 911" })).toBeVisible();
});

test("a tip that fixes the problem is recorded and nothing is dispatched", async ({ page }) => {
  await signIn(page, "jordan.lee@tenants.example");
  await page.goto("/requests/new");
  await page.getByRole("radio", { name: /Electrical/ }).check();
  await expect(page.getByRole("heading", { name: "Try this first" })).toBeVisible();
  await expect(page.getByText("Check the breaker panel and reset a tripped breaker.")).toBeVisible();
  await shot(page, "self-help-tips");
  // Tips give way to the hotline when the words describe an emergency.
  await page.getByLabel("Describe the problem").fill("Sparks from the outlet behind the TV");
  await expect(page.getByRole("heading", { name: "Try this first" })).toHaveCount(0);
  await page.getByLabel("Describe the problem").fill("Living room outlet stopped working");
  await page.getByRole("button", { name: "This fixed it: no visit needed" }).click();
  await expect(page.getByText("Glad that sorted it.")).toBeVisible();
  await expect(page.getByText("Living room outlet stopped working")).toHaveCount(0);
});

test("a tenant with an open request of the same kind adds to it instead of opening a duplicate", async ({ page }) => {
  await signIn(page, "grace.murphy@tenants.example");
  await page.goto("/requests/new");
  await page.getByRole("radio", { name: /Pest control/ }).check();
  await page.getByRole("radio", { name: /Routine/ }).check();
  await page
    .getByLabel("Describe the problem")
    .fill(`Ants along the kitchen window sill (${test.info().project.name})`);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText(/We got your request: tracking #\d+/)).toBeVisible();

  // The oldest open pest control request of the unit is offered (this one, or one opened before it).
  await page.goto("/requests/new");
  await page.getByRole("radio", { name: /Pest control/ }).check();
  const offer = page.getByRole("heading", { name: /You already have an open pest control request, #\d+/ });
  await expect(offer).toBeVisible();
  const number = (await offer.textContent())!.match(/#(\d+)/)![1];
  const more = `They are in the bathroom now as well (${test.info().project.name})`;
  await page.getByLabel("Describe the problem").fill(more);
  await shot(page, "duplicate-offer");
  await page.getByRole("button", { name: `Add to #${number} instead` }).click();
  await expect(page.getByText(`Added to request #${number}.`)).toBeVisible();
  await expect(page.getByText(`Message: ${more}`)).toBeVisible();
});
