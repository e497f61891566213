// The rest of a new work order in one statement (issue 19): the visitor's rate-limit hits, its
// events, its tracking link, every message it sends, and the drafts a refused try kept. The hits are
// counted here, after the work order, and the caller refuses (rolls all of it back) when a bucket
// was full and the report is not an emergency: one round trip less for every report that is taken.
// The buckets' locks were taken by the transaction's first statement (intake-lookup.ts), so this
// statement's snapshot sees every hit committed before it.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { PREPARED } from "@/lib/db/prepared";
import { utc } from "@/lib/db/utc";
import { outboxRows, type Outgoing } from "@/lib/outbox/outbox";
import type { VisitorLimit } from "@/lib/work-orders/visitor-limits";

type Row = Record<string, unknown>;

/** `INSERT INTO table (every key the rows have) SELECT those FROM json_populate_recordset(...)`: the columns' own types; the rest default. */
function insertRows(table: string, rows: Row[], tail = Prisma.empty): Prisma.Sql {
  const cols = Prisma.raw([...new Set(rows.flatMap((r) => Object.keys(r)))].map((c) => `"${c}"`).join(", "));
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${cols}) SELECT ${cols}
    FROM json_populate_recordset(NULL::${Prisma.raw(`"${table}"`)}, ${JSON.stringify(rows)}::json) ${tail}`;
}

export async function writeIntakeRows(
  tx: Tx,
  w: {
    workOrderId: string;
    limits: VisitorLimit[];
    events: Row[]; // CREATED; an OVER_LIMIT event is added here when a bucket was full
    tokens: Row[];
    outgoing: Outgoing[];
    /** The form's key when drafts kept from a refused try wait to be adopted. */
    draftKey: string | null;
  },
  now: Date,
): Promise<{ over: string[] }> {
  const at = now.toISOString();
  const events = w.events.map((e) => ({ id: randomUUID(), workOrderId: w.workOrderId, createdAt: at, ...e }));
  const tokens = w.tokens.map((t) => ({ id: randomUUID(), workOrderId: w.workOrderId, createdAt: at, ...t }));
  const outbox = outboxRows(w.outgoing, now);
  const l = w.limits;
  const since = l.map((x) => new Date(now.getTime() - x.windowSeconds * 1000).toISOString());
  // Prepared by name: its text varies only with which kinds of rows a report writes.
  const [{ over }] = await tx.$queryRaw<{ over: string[] }[]>`${PREPARED}
    WITH limits AS (
      SELECT * FROM unnest(${l.map(() => randomUUID())}::text[], ${l.map((x) => x.bucket)}::text[],
        ${l.map((x) => x.max)}::int[], ${since}::timestamptz[], ${l.map((x) => x.text)}::text[]) WITH ORDINALITY AS l(id, bucket, max, since, text, ord)
    ), hits AS (
      INSERT INTO "RateLimitHit" (id, bucket, "createdAt")
      SELECT l.id, l.bucket, ${utc(now)} FROM limits l
      WHERE (SELECT count(*) FROM "RateLimitHit" r WHERE r.bucket = l.bucket AND r."createdAt" > (l.since AT TIME ZONE 'UTC')) < l.max
      RETURNING bucket
    ), full_buckets AS (
      SELECT coalesce(json_agg(text ORDER BY ord), '[]') AS texts, count(*) AS n FROM limits WHERE bucket NOT IN (SELECT bucket FROM hits)
    ), ev AS (
      INSERT INTO "WorkOrderEvent" (id, "workOrderId", "actorId", "actorLabel", type, "toStatus", details, visibility, "createdAt")
      SELECT id, "workOrderId", "actorId", "actorLabel", type, "toStatus", details, visibility, "createdAt"
      FROM json_populate_recordset(NULL::"WorkOrderEvent", ${JSON.stringify(events.map((e) => ({ visibility: "PUBLIC", ...e })))}::json)
      UNION ALL
      SELECT ${randomUUID()}, ${w.workOrderId}, NULL, 'System', 'OVER_LIMIT', NULL, json_build_object('limits', texts)::jsonb,
        'STAFF'::"EventVisibility", ${utc(now)}
      FROM full_buckets WHERE n > 0
    )${tokens.length ? Prisma.sql`, tok AS (${insertRows("ActionToken", tokens)})` : Prisma.empty}${
      outbox.length
        ? Prisma.sql`, ob AS (${insertRows("OutboxMessage", outbox, Prisma.sql`ON CONFLICT ("dedupeKey") DO NOTHING`)})`
        : Prisma.empty
    }${
      w.draftKey
        ? Prisma.sql`, drafts AS (UPDATE "Attachment" SET "workOrderId" = ${w.workOrderId}, "draftKey" = NULL
            WHERE "draftKey" = ${w.draftKey} AND "workOrderId" IS NULL)`
        : Prisma.empty
    }
    SELECT array(SELECT json_array_elements_text(texts)) AS over FROM full_buckets`;
  return { over };
}
