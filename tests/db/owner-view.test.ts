// An owner sees only their own properties, read-only: work orders (public events only), estimates
// waiting for them, and spend by property and month; the CSV is safe to open in a spreadsheet.
import { beforeAll, describe, expect, it } from "vitest";
import { addEstimate } from "@/lib/approvals/add-estimate";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ownerOverview, ownerSpend, spendCsv } from "@/lib/owners/overview";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

let olivia: Actor, henry: Actor, dana: Actor;
beforeAll(async () => {
  await seedDemo(db());
  [olivia, henry, dana] = await Promise.all(
    ["olivia.grant@owners.example", "henry.lam@owners.example", "dana.reyes@fixwell.example"].map(actorFor),
  );
});

describe("the owner's view", () => {
  it("lists only the owner's properties and their work", async () => {
    const { properties } = await ownerOverview(olivia, new Date());
    expect(properties.map((p) => p.name).sort()).toEqual(["Maple Court", "Oak Terrace"]);
    const henrys = await ownerOverview(henry, new Date());
    expect(henrys.properties.map((p) => p.name)).toEqual(["Harbor View Apartments"]);
  });

  it("opens the owner's own work order with public events only, and not another owner's", async () => {
    const mine = await db().workOrder.findFirstOrThrow({ where: { property: { slug: "maple-court" } } });
    const theirs = await db().workOrder.findFirstOrThrow({ where: { property: { slug: "harbor-view" } } });
    await db().workOrderEvent.create({
      data: {
        workOrderId: mine.id,
        actorLabel: "Dana Reyes",
        type: "NOTE",
        details: { body: "Internal: tenant is difficult" },
        visibility: "STAFF",
      },
    });
    const seen = await getWorkOrder(olivia, mine.trackingNumber);
    expect(seen?.id).toBe(mine.id);
    expect(seen!.events.every((e) => e.visibility === "PUBLIC")).toBe(true);
    expect(await getWorkOrder(olivia, theirs.trackingNumber)).toBeNull();
  });

  it("shows an estimate waiting for the owner", async () => {
    const wo = await db().workOrder.findFirstOrThrow({
      where: { property: { slug: "maple-court" }, status: "ASSIGNED" },
    });
    await addEstimate({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      input: { amountCents: 120_000, description: "Replace the roof drain" },
      now: new Date(),
    });
    expect((await ownerOverview(olivia, new Date())).waiting.map((e) => e.amountCents)).toEqual([120_000]);
    expect((await ownerOverview(henry, new Date())).waiting).toEqual([]);
  });

  it("adds up spend by property and month from actual costs, for the owner's properties only", async () => {
    const wo = await db().workOrder.findFirstOrThrow({
      where: { property: { slug: "oak-terrace" }, status: "CLOSED" },
    });
    await db().workOrder.update({
      where: { id: wo.id },
      data: { actualCostCents: 12_345, completedAt: new Date("2026-10-15T15:00:00Z") },
    });
    const rows = await ownerSpend(olivia);
    expect(rows.find((r) => r.property === "Oak Terrace" && r.month === "2026-10")?.cents).toBeGreaterThanOrEqual(
      12_345,
    );
    expect(rows.every((r) => ["Maple Court", "Oak Terrace"].includes(r.property))).toBe(true);
    expect((await ownerSpend(henry)).some((r) => r.property === "Oak Terrace")).toBe(false);
  });

  it("writes CSV that a spreadsheet cannot be tricked by, and Excel opens as UTF-8", () => {
    expect(
      spendCsv([
        { property: 'Oak "Terrace", East', month: "2026-10", jobs: 2, cents: 12_345 },
        { property: '=HYPERLINK("x")', month: "2026-09", jobs: 1, cents: 5 },
        { property: "\t@Tab Court", month: "2026-08", jobs: 1, cents: -250 },
      ]),
    ).toBe(
      "\uFEFFProperty,Month,Jobs,Spend (USD)\r\n" +
        '"Oak ""Terrace"", East",2026-10,2,123.45\r\n' +
        '"\'=HYPERLINK(""x"")",2026-09,1,0.05\r\n' +
        "'\t@Tab Court,2026-08,1,-2.50\r\n",
    );
  });
});
