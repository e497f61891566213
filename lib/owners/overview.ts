// An owner's read-only view (issue 7): their own properties only — open and recent work orders,
// estimates waiting for them (and how long), and spend by property and month. No internal notes,
// no access codes, no tenants' contact details.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { BOM, csvLine } from "@/lib/csv";

const RECENT_DAYS = 90;

export async function ownerOverview(actor: Actor, now: Date) {
  const mine = { orgId: actor.orgId, ownerId: actor.ownerId ?? "__none__" };
  const [properties, waiting] = await Promise.all([
    db().property.findMany({
      where: mine,
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        workOrders: {
          where: {
            OR: [
              { status: { in: ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"] } },
              { updatedAt: { gte: new Date(now.getTime() - RECENT_DAYS * 86_400_000) } },
            ],
          },
          select: {
            trackingNumber: true,
            status: true,
            priority: true,
            createdAt: true,
            holdReason: true,
            unit: { select: { label: true } },
            category: { select: { name: true } },
            vendor: { select: { company: true } },
          },
          orderBy: { createdAt: "desc" },
          take: 50,
        },
      },
    }),
    db().costEstimate.findMany({
      where: { status: "PENDING", workOrder: { holdReason: "WAITING_FOR_OWNER_APPROVAL", property: mine } },
      select: {
        id: true,
        amountCents: true,
        description: true,
        updatedAt: true,
        workOrder: {
          select: { trackingNumber: true, property: { select: { name: true } }, unit: { select: { label: true } } },
        },
      },
      orderBy: { updatedAt: "asc" },
    }),
  ]);
  return { properties, waiting };
}

export type SpendRow = { property: string; month: string; jobs: number; cents: number };

/** Actual cost of completed work by property and month (in the organisation's time zone). */
export async function ownerSpend(actor: Actor): Promise<SpendRow[]> {
  const rows = await db().$queryRaw<{ property: string; month: string; jobs: bigint; cents: bigint }[]>(Prisma.sql`
    SELECT p.name AS property, to_char(date_trunc('month', (w."completedAt" AT TIME ZONE 'UTC') AT TIME ZONE o."timeZone"), 'YYYY-MM') AS month,
           count(*) AS jobs, coalesce(sum(w."actualCostCents"), 0) AS cents
    FROM "WorkOrder" w JOIN "Property" p ON p.id = w."propertyId" JOIN "Organization" o ON o.id = w."orgId"
    WHERE w."orgId" = ${actor.orgId} AND p."ownerId" = ${actor.ownerId ?? "__none__"} AND w."completedAt" IS NOT NULL AND w.status IN ('COMPLETED', 'CLOSED')
    GROUP BY 1, 2 ORDER BY 2 DESC, 1`);
  return rows.map((r) => ({ property: r.property, month: r.month, jobs: Number(r.jobs), cents: Number(r.cents) }));
}

/** RFC 4180 CSV: a field with a comma, quote or line break is quoted; a leading = + - @ is defused for spreadsheets. */
export function spendCsv(rows: SpendRow[]): string {
  return (
    BOM +
    csvLine(["Property", "Month", "Jobs", "Spend (USD)"]) +
    rows.map((r) => csvLine([r.property, r.month, r.jobs, (r.cents / 100).toFixed(2)])).join("")
  );
}
