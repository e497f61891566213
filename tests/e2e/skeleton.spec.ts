// The walking skeleton: a tenant reports a problem on a phone, a manager moves it to the fix,
// the tenant follows every step. Runs at 375 px (phone) and 1280 px (desktop).
import { expect, test } from "@playwright/test";
import { cronTick, latestLink, shot, signIn } from "./helpers";

test("a tenant reports a problem and a manager takes it from new to closed", async ({ browser }) => {
  const tenant = await (await browser.newContext()).newPage();
  await tenant.setViewportSize(test.info().project.use.viewport!);
  await signIn(tenant, "tenant@fixwell.example");
  await expect(tenant.getByRole("heading", { name: "My requests" })).toBeVisible();

  await tenant.getByRole("link", { name: "Report a problem" }).first().click();
  await expect(tenant.getByRole("heading", { name: "Report a problem" })).toBeVisible();
  // Access details come prefilled from the profile; the saved codes themselves never reach the page.
  await expect(tenant.getByLabel("Pets")).toHaveValue("One friendly dog");
  await expect(tenant.getByRole("radio", { name: "Text message" })).toBeChecked();
  await expect(
    tenant.getByText("Saved on your profile. Leave blank to keep it, or type a new one.").first(),
  ).toBeVisible();
  expect(await tenant.content()).not.toContain("4100#");
  await shot(tenant, "request-form");

  // Bad input: nothing chosen, description too short. Messages sit next to the fields.
  await tenant.getByLabel("Describe the problem").fill("leak");
  await tenant.getByRole("button", { name: "Send request" }).click();
  await expect(tenant.getByText("Choose what kind of problem it is.")).toBeVisible();
  await expect(tenant.getByText("Choose how serious it is.")).toBeVisible();
  await expect(tenant.getByText(/at least 10 characters/)).toBeVisible();
  await expect(tenant.getByLabel("Describe the problem")).toHaveValue("leak");
  await expect(tenant.getByLabel("Describe the problem")).toHaveAttribute("aria-invalid", "true");

  // A 20,000-character description is refused, and kept.
  const long = "Water under the sink. ".repeat(910).slice(0, 20_000);
  await tenant.getByRole("radio", { name: /Plumbing/ }).check();
  await tenant.getByRole("radio", { name: /Urgent/ }).check();
  await tenant.getByLabel("Describe the problem").fill(long);
  await tenant.getByRole("button", { name: "Send request" }).click();
  await expect(tenant.getByText(/Keep the description under 5,000 characters/)).toBeVisible();
  await expect(tenant.getByLabel("Describe the problem")).toHaveValue(long);
  await expect(tenant.getByRole("radio", { name: /Plumbing/ })).toBeChecked();
  await shot(tenant, "request-form-errors");

  await tenant.getByLabel("Gate or building code").fill("5678#");
  await tenant.getByRole("button", { name: "Show", exact: true }).first().click();
  await expect(tenant.getByLabel("Gate or building code")).toHaveAttribute("type", "text");
  await tenant.getByLabel("It is OK to enter when nobody is home").check();
  const description = `Kitchen sink leaking under the cabinet since this morning (${test.info().project.name}).`;
  await tenant.getByLabel("Describe the problem").fill(description);
  await tenant.getByRole("button", { name: "Send request" }).click();
  const received = tenant.getByText(/We got your request: tracking #\d+/);
  await expect(received).toBeVisible();
  const tracking = (await received.textContent())!.match(/#(\d+)/)![1];
  await expect(tenant.getByText("Expected response by")).toBeVisible();
  await expect(tenant.getByText("Request received")).toBeVisible();
  await expect(tenant.getByText(/OK to enter when nobody is home · gate code on file/)).toBeVisible();
  expect(await tenant.content()).not.toContain("5678#");
  await shot(tenant, "request-submitted");

  // The manager of that property, on a desktop.
  const managerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const manager = await managerContext.newPage();
  await signIn(manager, "dana.reyes@fixwell.example");
  await expect(manager.getByRole("heading", { name: "Work orders" })).toBeVisible();
  await manager.getByRole("link", { name: `#${tracking}`, exact: true }).click();
  await expect(manager.getByRole("heading", { name: `Work order #${tracking}` })).toBeVisible();
  await expect(manager.getByText(description)).toBeVisible();

  // A second tab opened now goes stale after the first acts.
  const staleTab = await managerContext.newPage();
  await staleTab.goto(manager.url());

  await manager.getByLabel("Assign to vendor").selectOption({ label: "ABC Plumbing (preferred)" });
  await manager.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(manager.getByText("Done: the request is now assigned.")).toBeVisible();
  await expect(manager.getByText("Assigned to ABC Plumbing")).toBeVisible();

  await staleTab.getByLabel("Reason for cancelling").fill("Duplicate report");
  await staleTab.getByRole("button", { name: "Cancel request" }).click();
  await expect(staleTab.getByText(/This request changed since you opened it/)).toBeVisible();

  // Schedule with a window that ends before it starts: refused next to the field.
  await manager.getByLabel("Visit window starts").fill("2030-03-14T12:00");
  await manager.getByLabel("Visit window ends").fill("2030-03-14T09:00");
  await manager.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(manager.getByText("The window must end after it starts.")).toBeVisible();
  await manager.getByLabel("Visit window starts").fill("2030-03-14T09:00");
  await manager.getByLabel("Visit window ends").fill("2030-03-14T12:00");
  await manager.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(manager.getByText("Done: the request is now scheduled.")).toBeVisible();
  await expect(manager.getByText(/Visit scheduled for Thu, Mar 14, 9:00\s?AM–12:00\s?PM/)).toBeVisible();

  await manager.getByRole("button", { name: "Mark completed" }).click();
  await expect(manager.getByText("Say what was done (completion notes are required).")).toBeVisible();
  await manager.getByLabel("Completion notes").fill("Replaced the trap seal; no more leak.");
  await manager.getByRole("button", { name: "Mark completed" }).click();
  await expect(manager.getByText("Done: the request is now completed.")).toBeVisible();
  await manager.getByRole("button", { name: "Close request" }).click();
  await expect(manager.getByText("Done: the request is now closed.")).toBeVisible();
  await shot(manager, "manager-work-order");

  // The tenant sees every step without calling.
  await tenant.reload();
  await expect(tenant.getByText("This request is closed.")).toBeVisible();
  for (const step of [
    "Request received",
    "Assigned to ABC Plumbing",
    "Work completed: Replaced the trap seal; no more leak.",
    "Completed → Closed",
  ]) {
    await expect(tenant.getByText(step)).toBeVisible();
  }
  await shot(tenant, "tenant-closed");
});

test("a tenant cannot open the dashboard or another tenant's request", async ({ page }) => {
  await signIn(page, "tenant@fixwell.example");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/requests$/);
  // Request #1 belongs to another unit in the demo data: it looks exactly like a missing one.
  const res = await page.goto("/requests/999999");
  expect(res?.status()).toBe(404);
});

test("a tenant cancels their own new request with a reason", async ({ page }) => {
  await signIn(page, "maria.garcia@tenants.example");
  await page.goto("/requests/new");
  await page.getByRole("radio", { name: /Electrical/ }).check();
  await page.getByRole("radio", { name: /Routine/ }).check();
  await page.getByLabel("Describe the problem").fill("Hallway outlet sparks when a plug goes in.");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText(/We got your request: tracking #\d+/)).toBeVisible();
  await page.getByText("Cancel this request").click();
  await page.getByRole("button", { name: "Cancel request" }).click();
  await expect(page.getByText("Give a short reason.")).toBeVisible();
  await page.getByLabel("Why cancel?").fill("The electrician from my own insurer came");
  await page.getByRole("button", { name: "Cancel request" }).click();
  await expect(page.getByText("This request was cancelled.")).toBeVisible();
  await expect(page.getByText("Cancelled: The electrician from my own insurer came")).toBeVisible();
});

test("a sign-in link is built from the configured address, never the caller's Host", async ({
  page,
  request,
  baseURL,
}) => {
  const started = new Date(Date.now() - 2000);
  const csrf = await (await request.get("/api/auth/csrf", { headers: { host: "evil.test" } })).json();
  const res = await request.post("/api/auth/signin/email", {
    headers: { host: "evil.test", "content-type": "application/x-www-form-urlencoded" },
    form: { csrfToken: csrf.csrfToken, email: "sam.wolfe@fixwell.example" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
  expect(res.headers().location).not.toContain("evil.test");
  // Straight to Auth.js, the link is only queued (our sign-in form asks for it to go at once): the
  // next delivery run sends it.
  await cronTick(page);
  const link = await latestLink(page, "sam.wolfe@fixwell.example", started);
  expect(new URL(link).origin).toBe(new URL(baseURL!).origin);
});

test("pages carry the security headers", async ({ request }) => {
  const res = await request.get("/sign-in");
  const h = res.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect((await request.get("/t/anything")).headers()["referrer-policy"]).toBe("no-referrer");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-powered-by"]).toBeUndefined();
  // A fresh nonce per page, and the page's own scripts carry it.
  const csp = (r: typeof res) => r.headers()["content-security-policy"] ?? "";
  const nonce = (r: typeof res) => /'nonce-([^']+)'/.exec(csp(r))?.[1];
  const again = await request.get("/sign-in");
  for (const r of [res, again]) {
    for (const part of [
      "script-src 'self' 'nonce-",
      "'strict-dynamic'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ])
      expect(csp(r)).toContain(part);
    expect(csp(r)).not.toContain("unsafe-eval");
  }
  expect(nonce(res)).toMatch(/^[A-Za-z0-9+/]{40,}$/);
  expect(nonce(again)).not.toBe(nonce(res));
  expect(await res.text()).toContain(`nonce="${nonce(res)}"`);
});

test("the pages run under the nonce policy without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/r/maple-court");
  await page.getByRole("radio", { name: /Plumbing/ }).check(); // hydrated: a script ran
  await page.getByLabel("Describe the problem").fill("Water everywhere, the pipe burst");
  await expect(page.getByRole("heading", { name: "This sounds like an emergency" })).toBeVisible();
  await page.goto("/sign-in");
  expect(violations).toEqual([]);
});

test("a protected page refuses a request carrying x-middleware-subrequest (CVE-2025-29927)", async ({ request }) => {
  const res = await request.get("/dashboard", {
    headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    maxRedirects: 0,
  });
  expect([302, 303, 307]).toContain(res.status());
  expect(res.headers().location).toContain("/sign-in");
});

test("an unknown link of any kind answers 404 with a page that says what to do", async ({ page }) => {
  const bogus = "x".repeat(43);
  for (const [path, heading] of [
    [`/t/${bogus}`, /tracking link/i],
    [`/approve/${bogus}`, "This approval link is not valid."],
    [`/v/job/${bogus}`, "This job link is not valid"],
    [`/v/papers/${bogus}`, "This upload link is not valid"],
    ["/v/job/short", "This job link is not valid"],
  ] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  await shot(page, "link-not-found"); // the last one: a job link cut short
});
