// Issue 18: staff pages speak Spanish too. A manager with an English browser chooses Español in the
// header; the queue, a filter on it and the directory read in Spanish, with none of a list of the
// English labels left, and so do the reports (tabs, filters, metric names, definitions, "Todos" and
// "Sin proveedor" rows) and a blocked vendor's reason; then they choose English again (the
// switch also sets their language on file, and other specs expect this manager's emails in English).
// Runs at 375 px and 1280 px.
import { expect, test, type Page } from "@playwright/test";
import { report, shot, signIn } from "./helpers";

// Whole words and phrases the pages showed in English; none may remain once the page is Spanish.
const ENGLISH = [
  "Work orders",
  "All open",
  "Waiting on me",
  "Unassigned",
  "Search",
  "Sort by",
  "Newest first",
  "Apply filters",
  "More filters",
  "Status",
  "Priority",
  "Any priority",
  "Category",
  "Property",
  "Vendor",
  "Responsible",
  "No one responsible",
  "Tenant",
  "Urgent",
  "Routine",
  "Emergency",
  "Respond",
  "Resolve",
  "Bulk actions",
  "With the selected rows",
  "Reprioritise",
  "Queue",
  "Directory",
  "Reports",
  "My notifications",
  "Sign out",
  "Vendors",
  "Properties",
  "Units and tenants",
  "managed by",
  "units",
  "owner",
  "Hourly",
  "open jobs",
  "Insurance",
  "Licence",
  "expired",
  "valid",
  "days left",
];

async function noEnglishLeft(page: Page) {
  const text = await page.locator("body").innerText();
  const left = ENGLISH.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
  expect(left, "English labels left on a Spanish page").toEqual([]);
}

test("a manager switches to Spanish: the queue, a filter and the directory read in Spanish", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "sam.wolfe@fixwell.example");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Work orders" })).toBeVisible();
  const language = page.getByRole("form", { name: "Language" });
  await language.getByRole("button", { name: "Español" }).click();
  try {
    await test.step("the queue", async () => {
      await expect(page.getByRole("heading", { name: "Órdenes de trabajo" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      const nav = page.getByRole("navigation", { name: "Principal" });
      for (const link of ["Cola", "Directorio", "Informes", "Mis notificaciones"])
        await expect(nav.getByRole("link", { name: link })).toBeVisible();
      await expect(
        page
          .getByRole("navigation", { name: "Vistas guardadas" })
          .getByRole("link", { name: /Esperan por mí \(\d+\)/ }),
      ).toBeVisible();
      await expect(page.getByRole("columnheader", { name: "Responsable" })).toBeAttached();
      await expect(page.getByText(/^\d+ órdenes de trabajo/)).toBeVisible();
      await noEnglishLeft(page);
      await shot(page, "staff-spanish-queue");
    });

    await test.step("a filter", async () => {
      const priority = page.getByLabel("Prioridad", { exact: true });
      if (!(await priority.isVisible())) await page.getByText("Más filtros").click();
      await priority.selectOption("URGENT");
      await page.getByLabel("Ordenar por").selectOption("due");
      await page.getByRole("button", { name: "Aplicar filtros" }).click();
      await expect(page).toHaveURL(/priority=URGENT/);
      await expect(page.getByText("Más filtros (en uso)")).toBeVisible();
      await expect(page.getByLabel("Prioridad", { exact: true }).locator("option:checked")).toHaveText(/^Urgente/);
      const rows = page.getByRole("table").getByRole("row");
      expect(await rows.count()).toBeGreaterThan(1);
      for (const badge of await page.getByRole("table").locator("td:nth-child(3)").allTextContents())
        expect(badge).toBe("Urgente");
      await expect(
        page
          .getByRole("table")
          .getByText(/^(Responder|Resolver): /)
          .first(),
      ).toBeVisible();
      await noEnglishLeft(page);
      await shot(page, "staff-spanish-filter");
    });

    await test.step("the directory", async () => {
      const nav = page.getByRole("navigation", { name: "Principal" });
      if (!(await nav.getByRole("link", { name: "Directorio" }).isVisible())) await page.goto("/dashboard/directory");
      else await nav.getByRole("link", { name: "Directorio" }).click();
      await expect(page.getByRole("heading", { name: "Directorio", level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Propiedades" })).toBeVisible();
      await expect(page.getByText(/\d+ unidades · propietario: .+ · a cargo de /).first()).toBeVisible();
      await noEnglishLeft(page);
      await shot(page, "staff-spanish-directory");

      await page.getByRole("link", { name: "Proveedores" }).click();
      await expect(page.getByRole("heading", { name: "Proveedores", level: 1 })).toBeVisible();
      await expect(page.getByText(/^Seguro: (vencido|vence|vigente|no registrado)/).first()).toBeVisible();
      await expect(page.getByText(/^Por hora \$\d/).first()).toBeVisible();
      await noEnglishLeft(page);
      await shot(page, "staff-spanish-vendors");

      await page.goto("/dashboard/directory");
      await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
      await expect(page.getByRole("heading", { name: "Unidades e inquilinos" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Guardar propiedad" })).toBeVisible();
      await expect(page.getByLabel("Dirección")).toBeVisible();
      // A refused form answers in Spanish beside the field (the directory's messages are keys).
      await page.getByRole("button", { name: "Agregar unidad" }).click();
      await expect(page.locator("#unit-label-error")).toHaveText("Escriba el nombre de la unidad.");
      await noEnglishLeft(page);
      await shot(page, "staff-spanish-property");
    });

    await test.step("the reports' frame and filters", async () => {
      await page.goto("/dashboard/reports");
      await expect(page.getByRole("heading", { name: "Informes", level: 1 })).toBeVisible();
      const tabs = page.getByRole("navigation", { name: "Secciones del informe" });
      await expect(tabs.getByRole("link", { name: "Rapidez" })).toBeVisible();
      await expect(tabs.getByRole("link", { name: "Plazos SLA" })).toBeVisible();
      await expect(page.getByLabel("Periodo")).toHaveValue("90");
      await expect(page.getByLabel("Periodo").locator("option:checked")).toHaveText("Últimos 90 días");
      await expect(page.getByRole("link", { name: "Descargar todas las órdenes de trabajo (CSV)" })).toBeVisible();
      // The section's numbers: stats, tables and charts, and each metric's name and definition.
      await expect(page.getByText("Rapidez de reparación (media)")).toBeVisible();
      await expect(page.getByRole("img", { name: /Mediana del tiempo para terminar/ }).first()).toBeVisible();
      await expect(page.getByRole("region", { name: /^Tabla: Rapidez por prioridad/ })).toBeAttached();
      for (const metric of ["Velocidad de reparación", "Tendencia"])
        await expect(page.getByRole("heading", { name: metric, level: 3, exact: true })).toBeVisible();
      await page.getByText("Cómo se mide “Velocidad de reparación”").click();
      const definition = page
        .getByRole("group")
        .filter({ hasText: "Cómo se mide “Velocidad de reparación”" })
        .locator("dl");
      await expect(definition).toContainText("Órdenes de trabajo creadas en el periodo");
      await expect(definition).toContainText("De creada a completada, en días");
      await expect(definition).toContainText("Tiempo: calendario");
      // The rows the report names itself: "All" and "No vendor" read in Spanish.
      await expect(page.getByRole("table").getByText("Todos", { exact: true }).first()).toBeAttached();
      await expect(page.getByRole("table").getByText("Sin proveedor", { exact: true }).first()).toBeAttached();
      // The categories Fixwell ships with read in Spanish, in the rows and in the filter.
      const byCategory = page.getByRole("region", { name: /^Tabla: Rapidez por categoría/ });
      await expect(byCategory.getByRole("link", { name: "Plomería", exact: true })).toBeAttached();
      await expect(
        page.getByLabel("Categoría", { exact: true }).locator("option", { hasText: "Plagas" }),
      ).toBeAttached();
      await noneLeft(page, ENGLISH_REPORTS);
      await shot(page, "staff-spanish-reports");

      // The callback window (a setting) is worded in Spanish inside its definition.
      await page.goto("/dashboard/reports?section=repeats");
      await expect(page.getByRole("heading", { name: "Repeticiones", level: 3, exact: true })).toBeVisible();
      await page.getByText("Cómo se mide “Repeticiones”").click();
      await expect(
        page.getByRole("group").filter({ hasText: "Cómo se mide “Repeticiones”" }).locator("dl"),
      ).toContainText(/\(\d+ días?\)/);
      await noneLeft(page, ENGLISH_REPORTS);
    });
  } finally {
    await page.goto("/dashboard");
    await page
      .getByRole("form", { name: /Language|Idioma/ })
      .getByRole("button", { name: "English" })
      .click();
    await expect(page.getByRole("heading", { name: "Work orders" })).toBeVisible();
  }
});

// The reports' metric names, definition words and row names that must not stay English.
const ENGLISH_REPORTS = [
  "Response median",
  "Complete median",
  "Group",
  "The numbers",
  "Well-reviewed",
  "Strong:",
  "Time to first response",
  "Time to schedule",
  "Time to complete",
  "Time to close",
  "Speed of repair",
  "Trend",
  "How",
  "is measured",
  "Counts:",
  "Clock:",
  "calendar",
  "Work orders created in the period",
  "All",
  "No vendor",
  "Same unit, same category",
  "Category spike at a property",
  "Callbacks",
  "days",
  // Built-in category names (not "Plumbing", which a vendor's name holds: ABC Plumbing).
  "Pest control",
  "Electrical",
  "Appliances",
  "Structural",
];

// Labels of the work order page and of Settings that must not stay English once the page is Spanish
// (phrases only those pages print, so a tenant's words or a name in the data cannot trip them).
const ENGLISH_WORK_ORDER = [
  "Actions",
  "Messages and notes",
  "What was sent to whom",
  "Assigned to",
  "Appointment",
  "Tenant and unit",
  "Contact by",
  "Best times",
  "Estimates",
  "Put on hold",
  "Change priority",
  "New priority",
  "Send message",
  "Add internal note",
  "Save responsible person",
  "Person responsible",
  "Response due",
  "Resolution due",
  "Suggested for this job",
  "Top suggestion",
  "Preferred for",
  "Backup for",
  "jobs open",
  "Add an estimate",
  "Reason for",
  "Timeline",
];
const ENGLISH_SETTINGS = [
  "Organisation",
  "SLA targets",
  "Cost approvals",
  "Timings and thresholds",
  "Contact details and email footer",
  "Categories",
  "On-call chains",
  "Auto-assignment",
  "Monthly export",
  "Save organisation",
  "Working days",
  "Quiet hours",
  "Office opens",
  "Monday",
  "Lowest priority",
  "Add a category",
  "Save rule",
  "Any property",
  "Endpoint URL",
  "Send test event",
  "Email previews",
  "Save recipients",
  "usually",
];

async function noneLeft(page: Page, english: string[]) {
  const text = await page.getByRole("main").innerText();
  expect(
    english.filter((w) => new RegExp(`\\b${w}\\b`).test(text)),
    "English labels left on a Spanish page",
  ).toEqual([]);
}

async function chooseLanguage(page: Page, name: "Español" | "English") {
  await page
    .getByRole("form", { name: /Language|Idioma/ })
    .getByRole("button", { name })
    .click();
}

const SPANISH_DATE = /\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.? \d{4}/;

/**
 * Signs `page` in as `email`, switches to Spanish, runs `body`, and always switches back to English
 * (the language is the person's setting, and later specs read the same people in English).
 */
async function inSpanish(page: Page, email: string, body: () => Promise<void>) {
  await signIn(page, email);
  await page.goto("/dashboard");
  await chooseLanguage(page, "Español");
  try {
    await expect(page.getByRole("heading", { name: "Órdenes de trabajo" })).toBeVisible();
    await body();
  } finally {
    await page.goto("/dashboard");
    await chooseLanguage(page, "English");
    await expect(page.getByRole("heading", { name: "Work orders" })).toBeVisible();
  }
}

// Ivan Ivanov, Oak Terrace (Sam Wolfe's building); no other spec uses him.
const TENANT = "ivan.ivanov@tenants.example";

test("a manager in Spanish opens a work order: headings, buttons and dates in Spanish", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A request of its own, new and open whatever other specs did to the demo work orders before.
  const tenantContext = await browser.newContext();
  const tenant = await tenantContext.newPage();
  await signIn(tenant, TENANT);
  const number = await report(tenant, `The kitchen tap drips all night (staff Spanish ${Date.now()}).`);
  await tenantContext.close();
  await inSpanish(page, "sam.wolfe@fixwell.example", async () => {
    // The queue names the built-in category in Spanish.
    await page.goto(`/dashboard?q=${number}`);
    await expect(
      page.getByRole("main").getByText("Plomería", { exact: true }).filter({ visible: true }).first(),
    ).toBeVisible();
    await page.goto(`/dashboard/work-orders/${number}`);
    await expect(page.getByRole("heading", { name: `Orden de trabajo n.º ${number}`, level: 1 })).toBeVisible();
    for (const heading of ["Acciones", "Mensajes y notas", "Qué se envió y a quién", "Presupuestos", "Historial"])
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Problema: Plomería" })).toBeVisible();
    for (const button of ["Enviar mensaje", "Agregar nota interna", "Cambiar prioridad", "Guardar responsable"])
      await expect(page.getByRole("button", { name: button })).toBeVisible();
    await expect(page.getByLabel("Nueva prioridad").locator("option:checked")).toHaveText(
      /^(Emergencia|Urgente|Rutina|Baja)$/,
    );
    // Dates are written for the reader: "6 dic 2026, 3:04 p.m.", not "Dec 6, 2026, 3:04 PM".
    const sla = page.getByRole("region", { name: /SLA/ });
    await expect(sla.getByText("Respuesta antes del")).toBeVisible();
    await expect(sla.getByText(SPANISH_DATE).first()).toBeVisible();
    // A refused note answers in Spanish beside its field.
    await page.getByRole("button", { name: "Agregar nota interna" }).click();
    await expect(page.locator("#note-body-error")).toHaveText("Escriba la nota primero.");
    await noneLeft(page, ENGLISH_WORK_ORDER);
    await shot(page, "staff-spanish-work-order");
  });
});

test("an admin in Spanish opens Settings: sections in Spanish, a refused field answered in Spanish", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await inSpanish(page, "admin@fixwell.example", async () => {
    await page.goto("/dashboard/settings");
    await expect(page.getByRole("heading", { name: "Configuración", level: 1 })).toBeVisible();
    for (const heading of [
      "Organización",
      "Objetivos de SLA",
      "Aprobación de costos",
      "Plazos y umbrales",
      "Datos de contacto y pie de los correos",
      "Categorías",
      "Cadenas de guardia",
      "Asignación automática",
      "Webhooks (avisos automáticos)",
      "Exportación mensual",
    ])
      await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Lunes" })).toBeAttached();
    await expect(page.getByRole("button", { name: "Guardar organización" })).toBeVisible();
    await noneLeft(page, ENGLISH_SETTINGS);
    await shot(page, "staff-spanish-settings");

    // Nothing is saved: the step is refused beside its field, with its numbers and unit in Spanish.
    const timings = page.locator("#timings");
    const step = timings.getByLabel("Llamar al siguiente contacto de guardia después de (minutos)");
    const before = await step.inputValue();
    await step.fill("0");
    await timings.getByRole("button", { name: "Guardar plazos y umbrales" }).click();
    await expect(page.locator("#timings-escalateMinutes-error")).toHaveText(/^Entre \d+ y \d+ minutos\.$/);
    await expect(step).toHaveValue("0");
    await expect(timings.getByRole("alert")).toHaveText("Revise el campo marcado.");
    await step.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `test-results/screenshots/staff-spanish-settings-refused-${page.viewportSize()?.width}.png`,
    });
    await page.reload();
    await expect(page.locator("#timings").getByLabel(/^Llamar al siguiente contacto/)).toHaveValue(before);
  });
});

test("a manager in Spanish sees why a vendor is blocked, dated in Spanish, and is refused in Spanish", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await inSpanish(page, "sam.wolfe@fixwell.example", async () => {
    // A new request in Sam's buildings: the assign list ranks every active vendor, SolidBuild last.
    await page.goto("/dashboard?status=NEW");
    const first = page.locator('main a[href^="/dashboard/work-orders/"]').first();
    const number = (await first.getAttribute("href"))!.split("/").pop();
    await page.goto(`/dashboard/work-orders/${number}`);
    const blocked = page.getByRole("listitem", { name: "SolidBuild Handyman" });
    await expect(blocked.getByText("Bloqueado", { exact: true })).toBeVisible();
    await expect(blocked.getByText(new RegExp(`^El seguro venció el ${SPANISH_DATE.source}$`))).toBeVisible();
    await blocked.getByRole("button", { name: "Asignar a SolidBuild Handyman" }).click();
    await expect(
      blocked
        .getByText(
          new RegExp(
            `SolidBuild Handyman: su seguro venció el ${SPANISH_DATE.source}; para asignarlo de todos modos hace falta una excepción\\.`,
          ),
        )
        .first(),
    ).toBeVisible();
    await expect(blocked.getByLabel("¿Por qué asignarlo de todos modos?")).toBeVisible();
    await noneLeft(page, [...ENGLISH_WORK_ORDER, "Insurance expired", "Blocked", "assigning anyway", "System"]);
    await shot(page, "staff-spanish-blocked-vendor");
  });
});

test("an admin in Spanish reads the audit log: what changed is named in Spanish", async ({ page }) => {
  test.setTimeout(120_000);
  await inSpanish(page, "admin@fixwell.example", async () => {
    // The demo's vendors were created with their contact, rates and papers: each field in Spanish.
    await page.goto("/dashboard/audit?entity=Vendor");
    await expect(page.getByRole("heading", { name: "Registro de auditoría", level: 1 })).toBeVisible();
    const entry = page.getByRole("listitem").filter({ hasText: "Creado: Proveedor · ABC Plumbing" }).first();
    for (const field of [
      "nombre de contacto",
      "correo electrónico",
      "teléfono",
      "tarifa por hora (centavos)",
      "cargo por visita (centavos)",
      "vencimiento del seguro",
      "vencimiento de la licencia",
      "idioma",
      "activo",
    ])
      await expect(entry.getByText(field, { exact: true })).toBeVisible();
    await expect(entry.getByText("sí", { exact: true })).toBeVisible();
    await noneLeft(page, [
      "contact name",
      "hourly rate",
      "call out fee",
      "insurance expires",
      "licence expires",
      "true",
    ]);
    await shot(page, "staff-spanish-audit");
  });
});
