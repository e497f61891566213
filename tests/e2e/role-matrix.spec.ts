// The role matrix (issue 4): every role against every staff, owner and tenant page, route handler
// and server action, through the real server with real sessions. Each cell says allowed or
// refused; loosening a permission anywhere turns a cell red. Refused actions are real form posts
// captured from a role allowed to send them and replayed under each other role's session (with
// the x-middleware-subrequest header, CVE-2025-29927): the admin's view shows nothing changed.
// The allowed role's replay then changes it, so every cell can fail.
import { expect, test, type Page } from "@playwright/test";
import { capturePost, replay, ROLE_NAMES, signInAll, visit, type RoleName, type Sessions } from "./role-matrix-harness";

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

let s: Sessions;
let danaWo: number; // a request at Maple Court: Dana's to manage, Olivia's as owner, Alex's as tenant

async function report(page: Page, text: string): Promise<number> {
  await page.goto("/requests/new");
  await page.getByRole("radio", { name: /Plumbing/ }).check();
  await page.getByRole("radio", { name: /Routine/ }).check();
  await page.getByLabel("Describe the problem").fill(text);
  await page.getByRole("button", { name: "Send request" }).click();
  return Number((await page.getByText(/We got your request: tracking #\d+/).textContent())!.match(/#(\d+)/)![1]);
}

test.beforeAll(async ({ browser }) => {
  s = await signInAll(browser);
  const page = await s.tenant.newPage();
  danaWo = await report(page, "Role matrix: the bathroom tap drips all night long.");
  await page.close();
});

test.afterAll(async () => {
  for (const ctx of Object.values(s ?? {})) await ctx.close();
});

const STAFF: RoleName[] = ["admin", "dana", "sam"];

test("pages and route handlers: each role gets exactly what the table allows", async () => {
  const cells: [string, RoleName[]][] = [
    ["/dashboard", STAFF],
    ["/dashboard?view=board", STAFF],
    ["/dashboard?saved=breached", STAFF],
    [`/dashboard/work-orders/${danaWo}`, ["admin", "dana"]], // Sam manages Oak Terrace only
    ["/dashboard/deliveries", ["admin"]],
    ["/dashboard/directory", STAFF],
    ["/dashboard/directory/vendors", STAFF],
    ["/dashboard/directory/owners", ["admin"]],
    ["/dashboard/settings", ["admin"]],
    ["/dashboard/settings/emails?t=tenant:request-received:es", ["admin"]],
    ["/dashboard/audit", ["admin"]],
    ["/api/audit/export", ["admin"]],
    ["/owner", ["owner"]],
    [`/owner/work-orders/${danaWo}`, ["owner"]],
    ["/owner/spend.csv", ["owner"]],
    ["/requests", ["tenant"]],
    [`/requests/${danaWo}`, ["tenant"]],
    ["/requests/new", ["tenant"]], // the tenant layout: staff report from the dashboard
    ["/jobs", ["tech"]], // an in-house technician's own jobs
    [`/jobs/${danaWo}`, []], // not assigned to the technician: nobody's job page
    ["/account/notifications", [...STAFF, "tech"]],
  ];
  const wrong: string[] = [];
  for (const [path, allowed] of cells) {
    for (const role of ROLE_NAMES) {
      const got = await visit(s[role], path);
      const want = allowed.includes(role) ? "allowed" : "refused";
      if (got !== want) wrong.push(`${role} on ${path}: ${got}, expected ${want}`);
    }
  }
  expect(wrong).toEqual([]);
});

/** A work order as the admin sees it: its version and its timeline length change with any write. */
async function fingerprint(n: number): Promise<string> {
  const html = await (await s.admin.request.get(`/dashboard/work-orders/${n}`)).text();
  const version = html.match(/name="version" value="(\d+)"/)?.[1];
  const events = (html.match(/<li/g) ?? []).length;
  expect(version, "the admin's page shows the work order's version").toBeTruthy();
  return `v${version}/li${events}`;
}

type ActionCase = {
  name: string;
  from: RoleName;
  allowed: RoleName[];
  path: () => string;
  submit: (page: Page) => Promise<void>;
  state: () => Promise<string>;
};

const onDanaWo = (submit: (page: Page) => Promise<void>, name: string, from: RoleName = "dana"): ActionCase => ({
  name,
  from,
  allowed: ["admin", "dana"],
  path: () => `/dashboard/work-orders/${danaWo}`,
  submit,
  state: () => fingerprint(danaWo),
});

async function settingsValue(label: string): Promise<string> {
  const page = await s.admin.newPage();
  await page.goto("/dashboard/settings");
  const value = await page.getByLabel(label).inputValue();
  await page.close();
  return value;
}

const ACTIONS: ActionCase[] = [
  onDanaWo(async (page) => page.getByRole("button", { name: "Acknowledge" }).click(), "acknowledge (work order page)"),
  onDanaWo(async (page) => {
    await page.getByLabel("New priority").selectOption("URGENT");
    await page.getByLabel("Reason for the change").fill("Role matrix: tenant says it is worse");
    await page.getByRole("button", { name: "Change priority" }).click();
  }, "change priority"),
  onDanaWo(async (page) => {
    await page
      .getByLabel("Internal note (staff only, never shown to the tenant)")
      .fill("Role matrix: check the shut-off valve");
    await page.getByRole("button", { name: "Add internal note" }).click();
  }, "internal note"),
  onDanaWo(async (page) => {
    await page.getByLabel("Amount (USD)").fill("120");
    await page.getByLabel("What it covers").fill("Role matrix: new washer");
    await page.getByRole("button", { name: "Add estimate" }).click();
  }, "add an estimate"),
  onDanaWo(async (page) => {
    const top = page.getByRole("listitem").filter({ hasText: "Top suggestion" });
    await top.getByRole("button", { name: `Assign ${await top.getAttribute("aria-label")}` }).click();
  }, "assign the suggested vendor"),
  onDanaWo(async (page) => {
    await page.getByLabel("Person responsible").selectOption({ label: "Avery Admin (admin)" });
    await page.getByRole("button", { name: "Save responsible person" }).click();
  }, "set the responsible person"),
  onDanaWo(async (page) => {
    await page.getByLabel("Waiting for").selectOption({ label: "Waiting for parts" });
    await page.getByRole("button", { name: "Put on hold" }).click();
  }, "put on hold"),
  {
    name: "message the manager (tenant's request page)",
    from: "tenant",
    allowed: ["tenant"],
    path: () => `/requests/${danaWo}`,
    submit: async (page) => {
      await page.getByLabel("Message your property manager").fill("Role matrix: I am home after 5.");
      await page.getByRole("button", { name: "Send message" }).click();
    },
    state: () => fingerprint(danaWo),
  },
  {
    name: "SLA targets (settings)",
    from: "admin",
    allowed: ["admin"],
    path: () => "/dashboard/settings",
    submit: async (page) => {
      await page.getByLabel("Low: respond within (hours)").fill("150");
      await page.getByRole("button", { name: "Save low targets" }).click();
    },
    state: () => settingsValue("Low: respond within (hours)"),
  },
];

for (const c of ACTIONS) {
  test(`server action: ${c.name}`, async () => {
    const post = await capturePost(s[c.from], c.path(), c.submit);
    const before = await c.state();
    for (const role of ROLE_NAMES.filter((r) => !c.allowed.includes(r))) {
      await replay(s[role], post);
      expect(await c.state(), `${role} replaying "${c.name}" must change nothing`).toBe(before);
    }
    await replay(s[c.from], post);
    expect(await c.state(), `${c.from} replaying "${c.name}" must change it`).not.toBe(before);
  });
}
