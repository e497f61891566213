// The manager's queue in a real browser: filter, search, saved view, board, and a bulk change.
import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

const rowNumbers = async (page: Page) =>
  (
    await page
      .getByRole("table")
      .getByRole("link", { name: /^#\d+$/ })
      .allTextContents()
  ).map((t) => Number(t.slice(1)));

test("a manager filters, searches, switches to the board and reprioritises two rows at once", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "dana.reyes@fixwell.example");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Work orders" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Saved views" }).getByRole("link", { name: /Waiting on me \(\d+\)/ }),
  ).toBeVisible();
  await shot(page, "queue-table");

  // Filter: the GET form puts every choice in the URL.
  const more = page.getByText("More filters");
  if (!(await page.getByLabel("Priority", { exact: true }).isVisible())) await more.click();
  await page.getByLabel("Priority", { exact: true }).selectOption("ROUTINE");
  await page.getByLabel("Sort by").selectOption("due");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/priority=ROUTINE/);
  await expect(page).toHaveURL(/sort=due/);
  const routine = await rowNumbers(page);
  expect(routine.length).toBeGreaterThan(2);
  await expect(page.getByRole("table").getByText("Urgent", { exact: true })).toHaveCount(0);

  // Search by tracking number, with the #.
  await page.getByLabel("Search", { exact: true }).fill(`#${routine[0]}`);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=%23/);
  expect(await rowNumbers(page)).toEqual([routine[0]]);
  await shot(page, "queue-search");

  // A saved view is a link with its count.
  await page.getByRole("link", { name: /^Unassigned \(\d+\)/ }).click();
  await expect(page).toHaveURL(/saved=unassigned/);
  for (const status of await page.getByRole("table").getByRole("row").locator("td:nth-child(4)").allTextContents())
    expect(status).toContain("New");

  // The board: one column per open status.
  await page.getByRole("link", { name: "Board" }).click();
  await expect(page).toHaveURL(/view=board/);
  for (const col of ["New", "Assigned", "Scheduled", "Completed"])
    await expect(page.getByRole("heading", { name: new RegExp(`^${col} \\(\\d+\\)`) })).toBeVisible();
  await shot(page, "queue-board");

  // Bulk: two routine rows become low, with a reason.
  await page.goto("/dashboard?priority=ROUTINE&sort=oldest");
  const [a, b] = await rowNumbers(page);
  await page.getByLabel(`Select #${a}`, { exact: true }).check();
  await page.getByLabel(`Select #${b}`, { exact: true }).check();
  await page.getByLabel("New priority").selectOption("LOW");
  await page.getByLabel("Reason", { exact: true }).fill("Cosmetic only, can wait");
  await page.getByRole("button", { name: "Reprioritise" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 updated." })).toBeVisible();
  await expect(page.getByRole("link", { name: `#${a}`, exact: true })).toHaveCount(0);
  await shot(page, "queue-bulk-done");
  await page.goto(`/dashboard?status=ALL&priority=LOW&q=${a}`);
  expect(await rowNumbers(page)).toContain(a);
});

test("another manager sees only their property, with work on hold marked Blocked and why", async ({ page }) => {
  await signIn(page, "sam.wolfe@fixwell.example");
  await page.goto("/dashboard?status=ALL");
  const table = page.getByRole("table");
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expect(table.getByText(/Maple Court|Harbor View/)).toHaveCount(0);
  await page.goto("/dashboard?hold=1");
  await expect(table.getByText("Blocked")).toHaveCount((await table.getByRole("row").count()) - 1);
  await expect(table.getByText(/Waiting for parts \(Replacement valve ordered/)).toBeVisible();
  await shot(page, "queue-blocked");
});
