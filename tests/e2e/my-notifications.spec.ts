// Staff choose how they hear from the portal: the in-house technician (no dashboard) on a phone
// picks texts, types a number without a country code and is told so beside the field with every
// choice kept, then saves a good one; a manager reaches the page from the staff header.
import { expect, test } from "@playwright/test";
import { shot, signIn } from "./helpers";

test("a technician picks texts in Spanish; a bad number is refused beside the field, choices kept", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await signIn(page, "tech.kai@fixwell.example");
  await page.goto("/account/notifications");
  await expect(page.getByRole("heading", { name: "My notifications" })).toBeVisible();
  await page.getByRole("radio", { name: "Texts only" }).check();
  await page.getByLabel("Mobile number for texts").fill("555 0100");
  await page.getByLabel("Language of your messages").selectOption("es");
  await page.getByRole("button", { name: "Save my notifications" }).click();

  const phone = page.getByLabel("Mobile number for texts");
  await expect(page.getByText(/Enter the number in international format/)).toBeVisible();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveAccessibleDescription(/international format: a \+ and the country code/);
  await expect(phone).toHaveValue("555 0100");
  await expect(page.getByRole("radio", { name: "Texts only" })).toBeChecked();
  await expect(page.getByLabel("Language of your messages")).toHaveValue("es");
  await shot(page, "my-notifications-refused");

  await phone.fill("+1 555 010 0301");
  await page.getByRole("button", { name: "Save my notifications" }).click();
  await expect(page.getByText("Saved: your next messages follow these choices.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Mobile number for texts")).toHaveValue("+15550100301");
  await expect(page.getByRole("radio", { name: "Texts only" })).toBeChecked();
  await expect(page.getByLabel("Language of your messages")).toHaveValue("es");
  // Overflow check at 375 px: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // Their job list now speaks their language too (no switch used on this browser).
  await page.goto("/jobs");
  await expect(page.getByRole("heading", { name: "Mis trabajos" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Hoy/ })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Mis trabajos" }),
  ).toBeVisible();
  await shot(page, "my-jobs-spanish");
});

test("a manager finds My notifications in the staff header", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(page, "sam.wolfe@fixwell.example");
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My notifications" }).click();
  await expect(page.getByRole("heading", { name: "My notifications" })).toBeVisible();
  await expect(page.getByText("sam.wolfe@fixwell.example")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Email only" })).toBeChecked();
  await shot(page, "my-notifications");
});
