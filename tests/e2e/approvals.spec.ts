// Issue 7: a manager enters a $750 estimate; the work goes on hold; the owner's email waits in the
// local message store; the owner opens the link on a phone (a scanner's GET first spends nothing),
// sees the photo and the estimate, approves with a comment; the manager sees the answer and the
// hold released; the tenant's page moves on. A $150 estimate elsewhere is the manager's alone.
// Then thresholds: an admin gives Oak Terrace an owner limit of $300, so a $350 estimate there needs
// the owner (and waits in the queue's "Waiting on owner" view); completed at $385, the variance shows.
import { expect, test, type Browser } from "@playwright/test";
import sharp from "sharp";
import { deliveredLink, shot, signIn } from "./helpers";

async function report(browser: Browser, email: string, text: string, photo = false) {
  const tenant = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await signIn(tenant, email);
  await tenant.goto("/requests/new");
  await tenant.getByRole("radio", { name: /Plumbing/ }).check();
  await tenant.getByRole("radio", { name: /Urgent/ }).check();
  await tenant.getByLabel("Describe the problem").fill(text);
  if (photo) {
    const jpeg = await sharp({ create: { width: 160, height: 120, channels: 3, background: "#48c" } })
      .jpeg()
      .toBuffer();
    await tenant
      .getByLabel("Photos and videos (optional)")
      .setInputFiles([{ name: "heater.jpg", mimeType: "image/jpeg", buffer: jpeg }]);
    await expect(
      tenant.getByRole("list", { name: "Attached photos" }).getByRole("listitem").filter({ hasText: "heater.jpg" }),
    ).toContainText("Attached");
  }
  await tenant.getByRole("button", { name: "Send request" }).click();
  const n = (await tenant.getByText(/We got your request: tracking #\d+/).textContent())!.match(/#(\d+)/)![1];
  return { tenant, n };
}

test("an owner approves a $750 estimate from the emailed link on a phone; $150 is the manager's", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { tenant, n } = await report(
    browser,
    "hannah.schmidt@tenants.example",
    "Water heater leaks from the bottom valve, puddle growing.",
    true,
  );
  const manager = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(manager, "dana.reyes@fixwell.example");
  await manager.goto(`/dashboard/work-orders/${n}`);
  const top = manager.getByRole("listitem").filter({ hasText: "Top suggestion" });
  await top.getByRole("button", { name: `Assign ${await top.getAttribute("aria-label")}` }).click();
  await expect(manager.getByText("Done: the request is now assigned.")).toBeVisible();

  // A bad amount is refused next to the field; then $750.
  await manager.getByLabel("What it covers").fill("Replace the 40-gallon water heater");
  await manager.getByLabel("Amount (USD)").fill("seven fifty");
  await manager.getByRole("button", { name: "Add estimate" }).click();
  await expect(manager.getByText("Enter the amount in dollars, like 750 or 1,250.50.")).toBeVisible();
  const sent = new Date(Date.now() - 2000);
  await manager.getByLabel("Amount (USD)").fill("750");
  await manager.getByLabel("What it covers").fill("Replace the 40-gallon water heater");
  await manager.getByRole("button", { name: "Add estimate" }).click();
  await expect(manager.getByText(/the owner must approve; they have been emailed a link/)).toBeVisible();
  await manager.reload();
  await expect(manager.locator("h1 + p").getByText(/On hold: Waiting for the owner.s approval/)).toBeVisible();

  const link = await deliveredLink(
    manager,
    "henry.lam@owners.example",
    sent,
    /https?:\/\/\S+\/approve\/[A-Za-z0-9_-]{43}/,
  );
  // A mail scanner opens it (GET and HEAD) first: nothing is decided.
  for (const method of ["GET", "HEAD"]) expect((await manager.request.fetch(link, { method })).status()).toBe(200);

  const owner = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await owner.goto(link);
  await expect(owner.getByRole("heading", { name: "Approve an estimate" })).toBeVisible();
  await expect(owner.getByText("$750.00", { exact: true })).toBeVisible();
  await expect(owner.getByRole("img", { name: /heater\.jpg/ })).toBeVisible();
  expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await shot(owner, "owner-approval");
  await owner.getByLabel("Comment (required to decline)").fill("Go ahead, use the same brand as before.");
  await owner.getByRole("button", { name: "Approve $750.00" }).click();
  await expect(owner.getByText("Thank you: you approved $750.00.", { exact: false })).toBeVisible();
  await expect(owner.getByRole("heading", { name: "This approval link has already been used." })).toBeVisible();
  await shot(owner, "owner-approval-done");

  await manager.reload();
  await expect(manager.locator("h1 + p").getByText(/On hold/)).toHaveCount(0);
  await expect(manager.getByText(/owner approved/i).first()).toBeVisible();
  await tenant.reload();
  await expect(tenant.getByText("Work is back under way")).toBeVisible();

  // $150 on another request: no owner, the manager approves it.
  const second = await report(browser, "diego.lopez@tenants.example", "Toilet flapper worn, the tank keeps refilling.");
  await manager.goto(`/dashboard/work-orders/${second.n}`);
  await manager.getByLabel("Amount (USD)").fill("150");
  await manager.getByLabel("What it covers").fill("New flapper and fill valve");
  await manager.getByRole("button", { name: "Add estimate" }).click();
  await expect(manager.getByText(/It is yours to approve/)).toBeVisible();
  await manager.getByRole("button", { name: "Approve $150.00" }).click();
  // The estimate now reads approved (the buttons are gone with the decision).
  await expect(
    manager
      .getByRole("region", { name: "Estimates" })
      .getByText(/approved/)
      .first(),
  ).toBeVisible();
  await expect(manager.getByRole("button", { name: "Approve $150.00" })).toHaveCount(0);
  await expect(manager.locator("h1 + p").getByText(/On hold/)).toHaveCount(0);
});

test("an admin's property limit of $300 makes a $350 estimate the owner's; completed at $385 the variance shows", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(admin, "admin@fixwell.example");

  // Settings: a manager limit above the owner's is refused beside the field, with what was typed kept.
  await admin.goto("/dashboard/settings#approvals");
  const section = admin.getByRole("region", { name: "Cost approvals" });
  await section.getByLabel("Manager approves alone under (USD)").fill("600");
  await section.getByRole("button", { name: "Save cost approvals" }).click();
  await expect(section.getByText("The manager's limit cannot be above the owner's")).toBeVisible();
  await expect(section.getByLabel("Manager approves alone under (USD)")).toHaveValue("600");
  await expect(section.getByLabel("Manager approves alone under (USD)")).toHaveAttribute("aria-invalid", "true");
  await shot(admin, "settings-cost-approvals");
  await section.getByLabel("Manager approves alone under (USD)").fill("200");
  await section.getByRole("button", { name: "Save cost approvals" }).click();
  await expect(section.getByText("Cost approval settings saved.")).toBeVisible();

  // Oak Terrace: owner approves over $300 (an amount past whole cents is refused first).
  await admin.goto("/dashboard/directory");
  await admin.getByRole("link", { name: "Oak Terrace" }).click();
  const limits = admin.getByRole("region", { name: "Cost approval limits" });
  await limits.getByLabel("Owner must approve over (USD)").fill("300.005");
  await limits.getByRole("button", { name: "Save approval limits" }).click();
  await expect(limits.getByText("Enter an amount in dollars and whole cents")).toBeVisible();
  await expect(limits.getByLabel("Owner must approve over (USD)")).toHaveValue("300.005");
  await limits.getByLabel("Owner must approve over (USD)").fill("300");
  await limits.getByRole("button", { name: "Save approval limits" }).click();
  await expect(limits.getByText("Approval limits saved.")).toBeVisible();
  await shot(admin, "property-approval-limits");
  const oakPage = admin.url();
  // The owner's own terms sit on their page beside their contacts.
  await admin.goto("/dashboard/directory/owners");
  await admin.getByRole("link", { name: "Olivia Grant" }).click();
  await expect(admin.getByLabel("Owner approves estimates over (USD)")).toHaveValue("");
  await expect(admin.getByLabel("Deemed approved after (hours)")).toBeVisible();
  await admin.setViewportSize({ width: 375, height: 812 });
  await shot(admin, "owner-approval-terms");
  await admin.goto(oakPage);
  await expect(limits.getByLabel("Owner must approve over (USD)")).toHaveValue("300");
  await shot(admin, "property-approval-limits");
  await admin.setViewportSize({ width: 1280, height: 800 });

  try {
    const { n } = await report(
      browser,
      "clara.dubois@tenants.example",
      "Bathroom sink trap cracked, water under the cabinet.",
    );
    const manager = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(manager, "sam.wolfe@fixwell.example");
    await manager.goto(`/dashboard/work-orders/${n}`);
    const top = manager.getByRole("listitem").filter({ hasText: "Top suggestion" });
    await top.getByRole("button", { name: `Assign ${await top.getAttribute("aria-label")}` }).click();
    await expect(manager.getByText("Done: the request is now assigned.")).toBeVisible();
    const sent = new Date(Date.now() - 2000);
    await manager.getByLabel("Amount (USD)").fill("350");
    await manager.getByLabel("What it covers").fill("New trap and supply lines");
    await manager.getByRole("button", { name: "Add estimate" }).click();
    await expect(manager.getByText(/Over \$300\.00: the owner must approve/)).toBeVisible();

    // The queue's "Waiting on owner" view lists it, with how long it has waited.
    await manager.goto("/dashboard");
    await manager
      .getByRole("navigation", { name: "Saved views" })
      .getByRole("link", { name: /Waiting on owner \(\d+\)/ })
      .click();
    const row = manager.getByRole("row").filter({ has: manager.getByRole("link", { name: `#${n}`, exact: true }) });
    await expect(row.getByText(/Waiting for owner approval, waiting under an hour/)).toBeVisible();
    await shot(manager, "queue-waiting-on-owner");

    // Olivia approves from her link; Sam completes at $385: $35.00 (10%) over.
    const link = await deliveredLink(
      manager,
      "olivia.grant@owners.example",
      sent,
      /https?:\/\/\S+\/approve\/[A-Za-z0-9_-]{43}/,
    );
    const owner = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
    await owner.goto(link);
    await owner.getByRole("button", { name: "Approve $350.00" }).click();
    await expect(owner.getByText("Thank you: you approved $350.00.", { exact: false })).toBeVisible();
    await manager.goto(`/dashboard/work-orders/${n}`);
    await manager.getByLabel("Completion notes").fill("Replaced the trap and both supply lines.");
    await manager.getByLabel("Actual cost in dollars (optional)").fill("385");
    await manager.getByRole("button", { name: "Mark completed" }).click();
    await expect(manager.getByText("Done: the request is now completed.")).toBeVisible();
    const variance = "Actual $385.00 · $35.00 (10%) over the approved $350.00";
    await expect(manager.getByRole("region", { name: "Estimates" }).getByText(variance)).toBeVisible();
    await shot(manager, "work-order-variance");
    await signIn(owner, "olivia.grant@owners.example");
    await owner.goto(`/owner/work-orders/${n}`);
    await expect(owner.getByText(variance)).toBeVisible();
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(owner, "owner-work-order-variance");
  } finally {
    // Leave Oak Terrace on the owner's and organisation's limits for the specs that follow.
    await admin.goto(oakPage);
    await admin.getByLabel("Owner must approve over (USD)").fill("");
    await admin.getByRole("button", { name: "Save approval limits" }).click();
    await expect(admin.getByText("Approval limits saved.")).toBeVisible();
  }
});
