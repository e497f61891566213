// Fixed-window limits counted in the database, so they hold across app instances. The count and
// the hit happen under a transaction-level advisory lock on the bucket: twenty posts at once are
// taken one after another, and the twenty-first sees the twenty before it (a plain count-then-insert
// let a parallel storm through). The thresholds in use are listed in the README.
import "server-only";
import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import { ipv6Groups } from "@/lib/ip";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { utc } from "@/lib/db/utc";
import { AppError } from "@/lib/errors";

export type Limit = { bucket: string; max: number; windowSeconds: number };

/**
 * What a per-address limit counts, from the client's address: an IPv4 address whole, an IPv6 one by
 * its /64. A /64 is one subscriber's network, the least any IPv6 connection is given: counted by
 * whole address, one phone could rotate through 2^64 fresh buckets. Anything else is "unknown".
 */
export function addressKey(address: string | null | undefined): string {
  const a = (address ?? "")
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "")
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind !== 6) return "unknown";
  return `${ipv6Groups(a)
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/**
 * Records `hits` hits (one per thing counted: a report, a file) unless they would overfill the
 * bucket; all or none. True when they were recorded.
 */
export async function tryHit(tx: Tx, { bucket, max, windowSeconds }: Limit, now: Date, hits = 1): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`ratelimit:${bucket}`}, 0))`;
  const since = new Date(now.getTime() - windowSeconds * 1000);
  const added = await tx.$executeRaw`
    INSERT INTO "RateLimitHit" (id, bucket, "createdAt")
    SELECT ${randomUUID()} || '-' || n, ${bucket}, ${utc(now)} FROM generate_series(1, ${hits}::int) AS n
    WHERE (SELECT count(*) FROM "RateLimitHit" WHERE bucket = ${bucket} AND "createdAt" > ${utc(since)}) + ${hits} <= ${max}`;
  return added > 0;
}

/**
 * A fragment that takes the buckets' locks (always in the same order, so two callers never wait on
 * each other crosswise), for a caller to put in the first statement of its transaction: the count
 * must come in a LATER statement, whose snapshot sees every hit committed while it waited
 * (lib/work-orders/intake-writes.ts).
 */
export function bucketLocks(buckets: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT count(pg_advisory_xact_lock(k)::text) FROM (SELECT hashtextextended('ratelimit:' || b, 0) AS k
    FROM unnest(${buckets}::text[]) AS b ORDER BY 1) AS l)`;
}

export const limited = (windowSeconds: number) =>
  new AppError("RATE_LIMITED", "err.RATE_LIMITED", undefined, { minutes: Math.ceil(windowSeconds / 60) });

/** Counts `hits` hits, or refuses with RATE_LIMITED (shown as "try again in N minutes", answered 429 by route handlers). */
export async function rateLimit(
  bucket: string,
  max: number,
  windowSeconds: number,
  now: Date,
  hits = 1,
): Promise<void> {
  const ok = await db().$transaction((tx) => tryHit(tx, { bucket, max, windowSeconds }, now, hits));
  if (!ok) throw limited(windowSeconds);
}
