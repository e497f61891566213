// A caller's `now` in SQL: timestamps are stored as UTC `timestamp` columns, and a raw query that
// compares them must use the caller's clock, never the database's `now()` (a test, a replayed tick
// or a PostgreSQL server on another clock would disagree with the rest of the change).
import { Prisma } from "@/lib/db/generated/client";

/** `at` as the database's UTC timestamp columns hold it, whatever the session's time zone. */
export const utc = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
