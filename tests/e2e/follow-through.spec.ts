// After reporting: the tenant messages, says the first fix did not hold (back to the same vendor),
// then confirms the fix.
import { expect, test } from "@playwright/test";
import { shot, signIn } from "./helpers";

test("a tenant messages, reopens a fix that did not hold, confirms it and rates it", async ({ browser }) => {
  test.setTimeout(150_000); // two people, two sign-ins, eleven steps
  const tenant = await (await browser.newContext({ viewport: test.info().project.use.viewport! })).newPage();
  await signIn(tenant, "fatima.hassan@tenants.example");
  await tenant.goto("/requests/new");
  await tenant.getByRole("radio", { name: /HVAC/ }).check();
  await tenant.getByRole("radio", { name: /Routine/ }).check();
  await tenant
    .getByLabel("Describe the problem")
    .fill(`Thermostat screen is blank even with new batteries (${test.info().project.name})`);
  await tenant.getByRole("button", { name: "Send request" }).click();
  const n = (await tenant.getByText(/We got your request: tracking #\d+/).textContent())!.match(/#(\d+)/)![1];

  await tenant.getByRole("button", { name: "Send message" }).click();
  await expect(tenant.getByText("Write a message first.")).toBeVisible();
  await tenant.getByLabel("Message your property manager").fill("I am home all day Thursday.");
  await tenant.getByRole("button", { name: "Send message" }).click();
  await expect(tenant.getByText("Message sent. Your property manager has been told.")).toBeVisible();
  await expect(tenant.getByText("Message: I am home all day Thursday.")).toBeVisible();

  const manager = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(manager, "dana.reyes@fixwell.example");
  const complete = async () => {
    await manager.goto(`/dashboard/work-orders/${n}`);
    await manager.getByLabel("Completion notes").fill("Replaced the thermostat.");
    await manager.getByRole("button", { name: "Mark completed" }).click();
    await expect(manager.getByText("Done: the request is now completed.")).toBeVisible();
  };
  await manager.goto(`/dashboard/work-orders/${n}`);
  await expect(manager.getByText("Message: I am home all day Thursday.")).toBeVisible();
  await manager.getByLabel("Assign to vendor").selectOption({ label: "Comfort Air HVAC (preferred)" });
  await manager.getByRole("button", { name: "Assign", exact: true }).click();
  // Wait for the answer: navigating away at once could cancel the action before it is sent.
  await expect(manager.getByText("Done: the request is now assigned.")).toBeVisible();
  await complete();

  await tenant.reload();
  await expect(tenant.getByRole("heading", { name: "Is the problem resolved?" })).toBeVisible();
  await shot(tenant, "confirm-fix");
  await tenant.getByRole("button", { name: "No, it's still a problem" }).click();
  await expect(tenant.getByText("Tell us what is still wrong.")).toBeVisible();
  await tenant.getByLabel("Not fixed? Tell us what is still wrong").fill("Screen went blank again overnight");
  await tenant.getByRole("button", { name: "No, it's still a problem" }).click();
  await expect(tenant.getByText("Reopened, not fixed: Screen went blank again overnight")).toBeVisible();
  await expect(tenant.getByText("Comfort Air HVAC").first()).toBeVisible();

  await complete();
  await tenant.reload();
  await tenant.getByRole("button", { name: "Yes, it's fixed" }).click();
  await expect(tenant.getByText("This request is closed.")).toBeVisible();

  await tenant.getByRole("button", { name: "Send rating" }).click();
  await expect(tenant.getByText("Choose from 1 to 5 stars.")).toBeVisible();
  await tenant.getByRole("radio", { name: "5 stars" }).check({ force: true });
  await tenant.getByLabel("Anything to add? (optional)").fill("Quick and tidy");
  await tenant.getByRole("button", { name: "Send rating" }).click();
  await expect(tenant.getByText("Rated 5 out of 5: Quick and tidy")).toBeVisible();
  await expect(tenant.getByRole("button", { name: "Send rating" })).toHaveCount(0);
});
