// The person responsible for a request (issue 18), on a phone and a desktop: a manager clears who is
// responsible for new work, finds it under "No one responsible", makes herself responsible and finds
// it under "Waiting on me"; the property's default is on its directory page.
import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

const rowNumbers = async (page: Page) =>
  (
    await page
      .getByRole("table")
      .getByRole("link", { name: /^#\d+$/ })
      .allTextContents()
  ).map((t) => Number(t.slice(1)));

test("a manager takes on new work and finds it under Waiting on me", async ({ page }, info) => {
  test.setTimeout(120_000);
  await signIn(page, "dana.reyes@fixwell.example");
  // Each screen size its own new request, so the two runs do not meet.
  await page.goto("/dashboard?status=NEW&sort=oldest");
  const n = (await rowNumbers(page))[info.project.name === "phone" ? 0 : 1];
  expect(n).toBeGreaterThan(0);

  await page.goto(`/dashboard/work-orders/${n}`);
  const current = page.getByTestId("responsible-now");
  const person = page.getByLabel("Person responsible");
  const save = page.getByRole("button", { name: "Save responsible person" });
  const saved = page.getByRole("status").filter({ hasText: "Responsible person saved." });
  if ((await current.textContent()) !== "No one responsible") {
    await person.selectOption({ label: "No one responsible" });
    await save.click();
    await expect(saved).toBeVisible();
  }
  await expect(current).toHaveText("No one responsible");
  // The list offers only those who can see the property: Sam manages another one.
  await expect(person.getByRole("option", { name: "Sam Wolfe" })).toHaveCount(0);
  // Saving the same again is refused next to the field.
  await person.selectOption({ label: "No one responsible" });
  await save.click();
  await expect(page.getByText("That person is already responsible for it.")).toBeVisible();

  await page.goto("/dashboard?responsible=none");
  expect(await rowNumbers(page)).toContain(n);
  await expect(page.getByLabel("Responsible", { exact: true })).toHaveValue("none");

  await page.goto(`/dashboard/work-orders/${n}`);
  await person.selectOption({ label: "Dana Reyes" });
  await save.click();
  await expect(saved).toBeVisible();
  await expect(current).toHaveText("Dana Reyes");
  await expect(page.getByText(/^Responsible: Dana Reyes/)).toBeVisible(); // the timeline
  await shot(page, "responsible-work-order");

  await page.goto("/dashboard");
  await page
    .getByRole("navigation", { name: "Saved views" })
    .getByRole("link", { name: /^Waiting on me \(\d+\)/ })
    .click();
  await expect(page).toHaveURL(/saved=mine/);
  expect(await rowNumbers(page)).toContain(n);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `#${n}`, exact: true }) });
  await expect(row.getByRole("cell", { name: "Dana Reyes" })).toBeVisible();
  await shot(page, "queue-waiting-on-me");

  // The filter: by me, through the form.
  await page.goto("/dashboard");
  if (!(await page.getByLabel("Responsible", { exact: true }).isVisible()))
    await page.getByText("More filters").click();
  await page.getByLabel("Responsible", { exact: true }).selectOption("me");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/responsible=me/);
  expect(await rowNumbers(page)).toContain(n);
  for (const cell of await page.getByRole("table").getByRole("row").locator("td:nth-child(9)").allTextContents())
    expect(cell).toBe("Dana Reyes");

  // The property's default, on its directory page.
  await page.goto("/dashboard/directory");
  await page.getByRole("link", { name: "Maple Court" }).first().click();
  const byDefault = page.getByLabel("Responsible by default");
  await expect(byDefault.locator("option:checked")).toHaveText("Dana Reyes");
  await page.getByRole("button", { name: "Save responsible person" }).click();
  await expect(page.getByText("New requests at this property start with this person responsible.")).toBeVisible();
  await shot(page, "property-default-responsible");
});
