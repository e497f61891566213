// The demo's one-click sign-in shows every role (issue 18): besides the admin, the managers and the
// tenants, a technician and an owner, each labelled with what to try, and each button lands on that
// role's own page with no email round trip.
import { expect, test, type Page } from "@playwright/test";
import { shot } from "./helpers";

const demo = (page: Page) => page.getByRole("region", { name: "Demo: sign in with one click" });

test("the demo sign-in offers the technician and the owner, each saying what to try", async ({ browser }) => {
  const context = await browser.newContext({ viewport: test.info().project.use.viewport! });
  const page = await context.newPage();
  await page.goto("/sign-in");
  const offered = demo(page).getByRole("button");
  await expect(offered).toHaveCount(8);
  const kai = demo(page).getByRole("button", { name: /Sign in as Kai Turner/ });
  await expect(kai).toContainText("Technician");
  await expect(kai).toContainText("Try: My jobs — accept, on my way, arrived, complete with photos.");
  const henry = demo(page).getByRole("button", { name: /Sign in as Henry Lam/ });
  await expect(henry).toContainText("Owner");
  await expect(henry).toContainText("Try: your properties' work, costs waiting for you, and reports.");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
  await shot(page, "demo-sign-in");

  await kai.click();
  await page.waitForURL((u) => u.pathname === "/jobs");
  await expect(page.getByRole("heading", { name: "My jobs", level: 1 })).toBeVisible();

  await context.clearCookies();
  await page.goto("/sign-in");
  await demo(page)
    .getByRole("button", { name: /Sign in as Henry Lam/ })
    .click();
  await page.waitForURL((u) => u.pathname === "/owner");
  await expect(page.getByRole("heading", { name: "My properties", level: 1 })).toBeVisible();
  await context.close();
});
