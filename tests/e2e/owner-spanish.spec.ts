// Issue 18: owners have no language setting, so their pages speak the browser's language (its
// Accept-Language; the header's switch would win, as for any visitor). An owner whose browser asks
// for Spanish reads /owner, its reports and a work order in Spanish, with none of a list of the
// English labels left. Runs at 375 px and 1280 px.
import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

const ENGLISH_OWNER = [
  "My properties",
  "Read-only",
  "Waiting for your approval",
  "Nothing is waiting for you",
  "use the link in your email",
  "No open or recent work",
  "On hold",
  "Unassigned",
  "Spend by property and month",
  "Download CSV",
  "No completed work with a cost yet",
  "Reports on my properties",
  "How quickly",
  "Time to first response",
  "Speed of repair",
  "Counts:",
  "Problem",
  "Where",
  "Appointment",
  "Actual cost",
  "Estimates",
  "Timeline",
  "System",
  "Sign out",
];

async function noneLeft(page: Page) {
  const text = await page.locator("body").innerText();
  expect(
    ENGLISH_OWNER.filter((w) => new RegExp(`\\b${w}\\b`).test(text)),
    "English labels left on a Spanish page",
  ).toEqual([]);
}

test("an owner whose browser speaks Spanish reads their properties, reports and a work order in Spanish", async ({
  page: english,
  browser,
}) => {
  test.setTimeout(120_000);
  // Signed in from an English browser; then the same session from a browser set to Mexican Spanish.
  await signIn(english, "olivia.grant@owners.example");
  const context = await browser.newContext({ locale: "es-MX", viewport: english.viewportSize() });
  await context.addCookies(await english.context().cookies());
  const page = await context.newPage();

  await page.goto("/owner");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { name: "Mis propiedades", level: 1 })).toBeVisible();
  await expect(page.getByText(/^Solo lectura: su administrador lleva el trabajo/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Esperando su aprobación" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gasto por propiedad y mes" })).toBeVisible();
  for (const column of ["Mes", "Propiedad", "Trabajos", "Gasto"])
    await expect(page.getByRole("columnheader", { name: column, exact: true })).toBeAttached();
  await expect(page.getByRole("link", { name: "Descargar CSV" })).toBeVisible();
  await expect(page.getByText(/creada hace \d+/).first()).toBeVisible();
  await noneLeft(page);
  await shot(page, "owner-spanish-home");

  const number = (await page.locator('main a[href^="/owner/work-orders/"]').first().getAttribute("href"))!
    .split("/")
    .pop();

  await page.goto("/owner/reports");
  await expect(page.getByRole("heading", { name: "Informes de mis propiedades", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Velocidad de reparación", exact: true })).toBeVisible();
  await page.getByText("Cómo se mide “Velocidad de reparación”").click();
  await expect(
    page.getByRole("group").filter({ hasText: "Cómo se mide “Velocidad de reparación”" }).locator("dl"),
  ).toContainText("De creada a completada, en días");
  await expect(page.getByRole("table").getByText("Todos", { exact: true }).first()).toBeAttached();
  await noneLeft(page);
  await shot(page, "owner-spanish-reports");

  await page.goto(`/owner/work-orders/${number}`);
  await expect(page.getByRole("heading", { name: `Orden de trabajo n.º ${number}`, level: 1 })).toBeVisible();
  for (const term of ["Problema", "Dónde", "Proveedor"])
    await expect(page.getByText(term, { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Historial" })).toBeVisible();
  await noneLeft(page);
  await shot(page, "owner-spanish-work-order");
  await context.close();
});

test("the same owner with an English browser still reads English", async ({ page }) => {
  await signIn(page, "olivia.grant@owners.example");
  await page.goto("/owner");
  await expect(page.getByRole("heading", { name: "My properties", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Spend by property and month" })).toBeVisible();
  await page.goto("/owner/reports");
  await expect(page.getByRole("heading", { name: "Speed of repair", exact: true })).toBeVisible();
  await expect(page.getByRole("table").getByText("All", { exact: true }).first()).toBeAttached();
});
