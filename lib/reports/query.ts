// How a report's statement is run: in a transaction of its own that gives it room to sort. Exact
// percentiles sort every value of each group, and grouping sorts the rows by each grouping's key; at
// the server's default work_mem (4 MB) the sorts of 10^5–10^6 rows spill to temporary files and the
// planner turns to slower plans. A million work orders' speed report sorts about 25 MB of values per
// measure; 64 MB holds that in memory, for the report's statements only, not for every query of the
// pool.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export const REPORT_WORK_MEM = "64MB";

/** As `db().$queryRaw<T>(sql)`, with the report's work_mem for this statement alone. */
export async function reportRows<T>(sql: Prisma.Sql): Promise<T> {
  const [, rows] = await db().$transaction([
    db().$queryRaw`SELECT set_config('work_mem', ${REPORT_WORK_MEM}, true)`,
    db().$queryRaw<T>(sql),
  ]);
  return rows;
}
