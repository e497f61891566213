// The CSV exports hold what the pages show: every work order of the scope and filters (paged by
// keyset, none lost or doubled at a page boundary), and a section's numbers as the report has them.
import { beforeAll, describe, expect, it } from "vitest";
import { csvLine } from "@/lib/csv";
import { db } from "@/lib/db/client";
import { workOrdersCsv, WORK_ORDER_COLUMNS } from "@/lib/reports/export-work-orders";
import { sectionCsv } from "@/lib/reports/export-section";
import { parseReportFilters, type ReportFilters } from "@/lib/reports/filters";
import { reportScope } from "@/lib/reports/scope";
import { readSection } from "@/lib/reports/sections";
import type { ReportScope } from "@/lib/reports/types";
import { buildFixture, NOW, TZ, type Fixture } from "./reports-fixture";

let fx: Fixture;
let year: ReportFilters;
let scope: ReportScope;
beforeAll(async () => {
  fx = await buildFixture();
  year = parseReportFilters({ period: "365" }, NOW, TZ);
  scope = await reportScope(fx.manager, NOW);
});

async function text(chunks: AsyncIterable<string>) {
  let out = "";
  for await (const c of chunks) out += c;
  return out;
}

const numbersOf = (csv: string) =>
  csv
    .split("\r\n")
    .slice(1)
    .filter(Boolean)
    .map((l) => Number(l.split(",")[0]));

describe("work orders CSV", () => {
  it("has a BOM, the header, and every work order of the manager's properties in the period, in order", async () => {
    const csv = await text(workOrdersCsv(scope, year));
    expect(csv.startsWith("\uFEFF" + WORK_ORDER_COLUMNS.join(",") + "\r\n")).toBe(true);
    const expected = await db().workOrder.findMany({
      where: { propertyId: { in: scope.propertyIds }, createdAt: { gte: year.from, lt: year.to } },
      select: { trackingNumber: true },
      orderBy: { trackingNumber: "asc" },
    });
    expect(expected.length).toBeGreaterThan(3);
    expect(numbersOf(csv)).toEqual(expected.map((w) => w.trackingNumber));
    // Instants are ISO 8601 UTC.
    expect(csv).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/);
  });

  it("pages by keyset without losing or doubling a row at a boundary", async () => {
    const whole = await text(workOrdersCsv(scope, year));
    for (const pageSize of [1, 2, 3]) expect(await text(workOrdersCsv(scope, year, { pageSize }))).toBe(whole);
  });

  it("writes each field as csvLine does, whatever the text (the database formats the lines)", async () => {
    // Awkward values: formula starts, quotes, commas, line breaks, a negative cost, milliseconds.
    const unit = await db().unit.create({ data: { propertyId: fx.p1.id, label: '-1, "rear"' } });
    const vendor = await db().vendor.create({
      data: { orgId: fx.org.id, company: '@Pipes, "Best"', contactName: "C", email: "odd@v.test" },
    });
    const created = new Date("2026-03-03T10:00:00.120Z");
    const w = await db().workOrder.create({
      data: {
        orgId: fx.org.id,
        propertyId: fx.p1.id,
        unitId: unit.id,
        categoryId: fx.plumbing.id,
        tenantSeverity: "URGENT",
        priority: "URGENT",
        status: "COMPLETED",
        description: '=SUM(A1)\r\nsays "hi", twice\n+ more',
        vendorId: vendor.id,
        holdReason: "NO_ACCESS",
        createdAt: created,
        firstResponseAt: new Date("2026-03-03T11:00:00.000Z"),
        completedAt: new Date("2026-03-04T09:30:15.007Z"),
        actualCostCents: -1250,
        rating: 4,
      },
      include: { property: true, unit: true, category: true, vendor: true },
    });
    const csv = await text(workOrdersCsv(scope, year));
    const expected = csvLine([
      w.trackingNumber,
      w.status,
      w.priority,
      w.tenantSeverity,
      w.emergencyDetected,
      w.property.name,
      w.unit.label,
      w.category.name,
      w.vendor!.company,
      null,
      w.holdReason,
      w.description,
      w.createdAt,
      w.firstResponseAt,
      ...[null, null, null, null, null, null, null],
      w.completedAt,
      null,
      null,
      w.responseDueAt,
      w.resolutionDueAt,
      null,
      "-12.50",
      4,
    ]);
    expect(csv).toContain(`\r\n${expected}`); // a whole line: after a line end, and ending in one
    expect(expected).toContain(`,"'@Pipes, ""Best""",`); // guarded, then quoted
    expect(expected).toContain(",-12.50,4\r\n"); // a negative amount is a number, not guarded
    expect(expected).toContain("2026-03-03T10:00:00.120Z,2026-03-03T11:00:00.000Z,");
    await db().workOrder.delete({ where: { id: w.id } });
  });

  it("gives a property outside the scope nothing but the header", async () => {
    const other = { ...year, propertyId: fx.p2.id };
    expect(numbersOf(await text(workOrdersCsv(scope, other)))).toEqual([]);
  });
});

describe("section CSV", () => {
  it("carries the speed report's numbers, unrounded", async () => {
    const view = await readSection("speed", scope, year, NOW);
    if (view.section !== "speed") throw new Error("speed expected");
    const csv = sectionCsv(view, "about");
    const overall = view.data.rows.find((r) => r.dimension === "overall")!;
    expect(overall.complete.medianHours).not.toBeNull();
    const line = csv.split("\r\n").find((l) => l.startsWith("overall,"))!;
    expect(line.split(",")).toEqual(
      expect.arrayContaining([String(overall.workOrders), String(overall.complete.medianHours)]),
    );
  });

  it("lists every SLA row of the report", async () => {
    const view = await readSection("sla", scope, year, NOW);
    if (view.section !== "sla") throw new Error("sla expected");
    const lines = sectionCsv(view, "about").split("\r\n");
    const start = lines.indexOf("SLA hit rates") + 2;
    expect(lines.slice(start, start + view.data.rows.length).map((l) => l.split(",")[0])).toEqual(
      view.data.rows.map((r) => r.dimension),
    );
  });
});
