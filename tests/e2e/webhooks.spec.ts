// Settings → Webhooks: the admin registers an endpoint (a private address is refused beside the
// field and what was typed stays), sees it listed with its signing secret, reveals the secret again,
// queues a test event and sees it in the delivery log, with a failure's reason in words rather than
// the network library's code. axe checks the section with an endpoint and its log on the page.
// Both projects share one server: each adds an endpoint of its own.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { cronTick, signIn } from "./helpers";

async function accessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include("#webhooks").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("admin registers a webhook endpoint and sees it listed with its deliveries", async ({ page }, info) => {
  test.setTimeout(120_000);
  const width = page.viewportSize()?.width;
  const url = `https://hooks.example.com/fixwell-${info.project.name}`;
  const section = page.locator("#webhooks");
  const snap = (name: string) => section.screenshot({ path: `test-results/screenshots/${name}-${width}.png` });
  await signIn(page, "admin@fixwell.example");
  await page.goto("/dashboard/settings#webhooks");
  const add = section.locator("form").last();

  await test.step("a private address is refused beside the field; what was typed stays", async () => {
    await add.getByLabel("Endpoint URL").fill("https://169.254.169.254/latest/meta-data");
    await add.getByLabel("Description").fill(`Accounting (${info.project.name})`);
    await add.getByLabel(/^Status changed/).uncheck();
    await add.getByRole("button", { name: "Add endpoint" }).click();
    await expect(add.locator("#new-hook-url-error")).toHaveText(/private network/);
    await expect(add.getByLabel("Endpoint URL")).toHaveAttribute("aria-invalid", "true");
    await expect(add.getByLabel("Description")).toHaveValue(`Accounting (${info.project.name})`);
    await expect(add.getByLabel(/^Status changed/)).not.toBeChecked();
    await expect(add.getByLabel(/^Closed/)).toBeChecked();
    await snap("webhooks-refused");
  });

  await test.step("a public https address is added, listed, and its secret shown once", async () => {
    await add.getByLabel("Endpoint URL").fill(url);
    await add.getByRole("button", { name: "Add endpoint" }).click();
    await expect(add.getByRole("status")).toHaveText(/Endpoint added/);
    const secret = (await add.getByTestId("webhook-secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const item = section.getByRole("listitem").filter({ hasText: url });
    await expect(item).toBeVisible();
    await expect(item.getByText(/^Events:/)).toHaveText(
      "Events: work_order.created, work_order.estimate_decided, work_order.completed, work_order.closed",
    );
    await expect(item.getByText("Nothing sent yet.")).toBeVisible();
    await snap("webhooks-added");
    await accessible(page); // the buttons' names begin with their visible words (WCAG 2.5.3)

    await item.getByRole("button", { name: `Show signing secret of Accounting (${info.project.name})` }).click();
    await expect(item.getByTestId("webhook-secret")).toHaveText(secret);
  });

  await test.step("a test event is queued, tried by the worker, and logged", async () => {
    const item = section.getByRole("listitem").filter({ hasText: url });
    await item.getByRole("button", { name: /^Send test event to Accounting/ }).click();
    await expect(item.getByRole("status").filter({ hasText: /Test event queued/ })).toBeVisible();
    await cronTick(page); // hooks.example.com does not resolve here: a failed try, retried later
    await page.reload();
    // A table row on a wide screen, a list item on a phone: whichever is shown.
    const entry = section
      .getByRole("listitem")
      .filter({ hasText: url })
      .locator(":is(li, tr):visible")
      .filter({ hasText: "webhook.test" });
    await expect(entry).toContainText("Waiting");
    await expect(entry).toContainText(width === 375 ? "1 try" : /Waiting\s*1/);
    await expect(entry).toContainText("Host name not found");
    await expect(entry).not.toContainText(/ENOTFOUND|EAI_AGAIN|getaddrinfo/);
    await accessible(page);
    await snap("webhooks-log");
  });
});
