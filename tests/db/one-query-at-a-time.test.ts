// Issue 19: nothing runs two queries at once on one connection. Inside a transaction every query
// shares the transaction's pg client; Prisma loads relations concurrently, and code may Promise.all
// on `tx`. pg would queue them with a deprecation warning (an error in pg@9); ours run one by one.
// (On the embedded database there is no pg client: the same calls must simply give the same rows.)
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";

beforeAll(async () => {
  await seedDemo(db());
});

it("a transaction's queries, its own and Prisma's relation loads, never overlap on its connection", async () => {
  const warnings: string[] = [];
  const listen = (w: Error) => warnings.push(w.message);
  process.on("warning", listen);
  try {
    const [sums, orders] = await db().$transaction(async (tx) =>
      Promise.all([
        Promise.all(
          [1, 2, 3].map((n) => tx.$queryRaw<{ n: number }[]>`SELECT ${n}::int + 1 AS n, pg_sleep(0.02)::text AS slept`),
        ),
        tx.workOrder.findMany({
          include: { unit: true, category: true, property: true, events: true, estimates: true },
          orderBy: { trackingNumber: "asc" },
          take: 5,
        }),
      ]),
    );
    expect(sums.map((r) => r[0].n)).toEqual([2, 3, 4]);
    expect(orders).toHaveLength(5);
    expect(orders.every((o) => o.unit.propertyId === o.propertyId && o.events.length > 0)).toBe(true);
    await new Promise((r) => setTimeout(r, 10)); // warnings are emitted on a later tick
  } finally {
    process.off("warning", listen);
  }
  expect(warnings.filter((w) => w.includes("already executing a query"))).toEqual([]);
});
