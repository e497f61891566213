// A report's statement runs with the report's work_mem, in its own transaction: the setting is
// gone when the statement is done, for the next query on the same connection (the embedded
// database has only one) and for the rest of the pool.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { REPORT_WORK_MEM, reportRows } from "@/lib/reports/query";

const workMem = async () => (await db().$queryRaw<{ w: string }[]>`SELECT current_setting('work_mem') AS w`)[0].w;

describe("reportRows", () => {
  it("runs the statement with the report's work_mem and leaves the session's as it was", async () => {
    const before = await workMem();
    expect(before).not.toBe(REPORT_WORK_MEM);
    const rows = await reportRows<{ w: string; n: number }[]>(
      Prisma.sql`SELECT current_setting('work_mem') AS w, ${41}::int + 1 AS n`,
    );
    expect(rows).toEqual([{ w: REPORT_WORK_MEM, n: 42 }]);
    expect(await workMem()).toBe(before);
  });

  it("answers statements asked at once, each with the report's work_mem", async () => {
    const ask = (i: number) =>
      reportRows<{ w: string; i: number }[]>(Prisma.sql`SELECT current_setting('work_mem') AS w, ${i}::int AS i`);
    const answers = await Promise.all([1, 2, 3, 4].map(ask));
    expect(answers.map((r) => r[0])).toEqual([1, 2, 3, 4].map((i) => ({ w: REPORT_WORK_MEM, i })));
    expect(await workMem()).not.toBe(REPORT_WORK_MEM);
  });
});
