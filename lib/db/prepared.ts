// Statements prepared by name (issue 19). PostgreSQL plans an unnamed statement every time it runs
// it; a named one is planned for its first five runs and then, when the plan does not depend on the
// values, keeps one plan for the connection. For a statement as wide as the intake lookup that was
// 1.8 ms of planning on every report, against 0.3 ms of running it.
//
// Only statements that start with PREPARED are named: their text is fixed but for the shape of what
// is asked (values are parameters): the intake's lookup, and the queue's page, board and counts once per
// combination of filters in use (not for a text search, whose best plan depends on the words). A
// connection is replaced hourly (lib/db/client.ts), so none accumulates them. Through PgBouncer in
// transaction mode this needs PgBouncer 1.21 or later with max_prepared_statements set (README).
// The embedded database has no such cache and runs them as any other statement.
//
// A marked statement names the columns it returns (never `*` of a table): a migration that adds a
// column while an instance runs must not change a prepared statement's result, which PostgreSQL
// refuses ("cached plan must not change result type").
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/db/generated/client";

const MARK = "/* prepared */ ";

/** Put first in a `$queryRaw` template: `tx.$queryRaw\`${PREPARED}SELECT …\``. */
export const PREPARED = Prisma.raw(MARK);

/** The adapter's statement name for `sql`: the same text always gets the same name; unmarked statements get none. */
export function preparedName(sql: string): string | undefined {
  return sql.startsWith(MARK) ? `fx_${createHash("sha256").update(sql).digest("hex").slice(0, 24)}` : undefined;
}
