// A new work order and everything written with it, in one statement (issue 19): the work order (its
// tracking number drawn by the lookup), its photos, the visitor's rate-limit hits, its events, its
// tracking link, every message it sends, and the drafts a refused try kept. The hits are counted
// here, with the work order, and the caller refuses (rolls all of it back) when a bucket was full and
// the report is not an emergency: no round trip spent on a report that is taken. The work order's
// foreign keys and the events' are checked at the end of the statement, when all of it is written.
// The buckets' locks were taken by the transaction's first statement (intake-lookup.ts), so this
// statement's snapshot sees every hit committed before it.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma, type WorkOrder } from "@/lib/db/generated/client";
import { utc } from "@/lib/db/utc";
import { outboxRows, type Outgoing } from "@/lib/outbox/outbox";
import type { VisitorLimit } from "@/lib/work-orders/visitor-limits";

type Row = Record<string, unknown>;

/**
 * `INSERT INTO table (every key the rows give a value) SELECT those FROM json_populate_recordset(...)`:
 * the columns' own types (a Date goes as its ISO text); undefined keys are left out, so they default.
 */
function insertRows(table: string, rows: Row[], tail = Prisma.empty): Prisma.Sql {
  const keys = new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined)));
  const cols = Prisma.raw([...keys].map((c) => `"${c}"`).join(", "));
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${cols}) SELECT ${cols}
    FROM json_populate_recordset(NULL::${Prisma.raw(`"${table}"`)}, ${JSON.stringify(rows)}::json) ${tail}`;
}

export async function writeIntakeRows(
  tx: Tx,
  w: {
    workOrderId: string;
    /** The work order's columns (Dates as they are; absent ones take their defaults). */
    workOrder: Row;
    attachments: Row[];
    limits: VisitorLimit[];
    events: Row[]; // CREATED; an OVER_LIMIT event is added here when a bucket was full
    tokens: Row[];
    outgoing: Outgoing[];
    /** The form's key when drafts kept from a refused try wait to be adopted. */
    draftKey: string | null;
  },
  now: Date,
): Promise<{ over: string[]; workOrder: WorkOrder }> {
  const at = now.toISOString();
  const events = w.events.map((e) => ({ id: randomUUID(), workOrderId: w.workOrderId, createdAt: at, ...e }));
  const tokens = w.tokens.map((t) => ({ id: randomUUID(), workOrderId: w.workOrderId, createdAt: at, ...t }));
  const outbox = outboxRows(w.outgoing, now);
  const l = w.limits;
  const since = l.map((x) => new Date(now.getTime() - x.windowSeconds * 1000).toISOString());
  // Not prepared by name (lib/db/prepared.ts): PostgreSQL planned it afresh on each run anyway, and its
  // result is the work order's every column, which a migration adding one would change under a
  // prepared statement of an instance still running ("cached plan must not change result type").
  const [{ over, ...workOrder }] = await tx.$queryRaw<(WorkOrder & { over: string[] })[]>`
    WITH wo AS (${insertRows("WorkOrder", [{ ...w.workOrder, id: w.workOrderId }], Prisma.sql`RETURNING *`)}),
    limits AS (
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
      w.attachments.length
        ? Prisma.sql`, att AS (${insertRows(
            "Attachment",
            w.attachments.map((a) => ({ id: randomUUID(), workOrderId: w.workOrderId, ...a })),
          )})`
        : Prisma.empty
    }${
      w.draftKey
        ? Prisma.sql`, drafts AS (UPDATE "Attachment" SET "workOrderId" = ${w.workOrderId}, "draftKey" = NULL
            WHERE "draftKey" = ${w.draftKey} AND "workOrderId" IS NULL)`
        : Prisma.empty
    }
    SELECT wo.*, array(SELECT json_array_elements_text(texts)) AS over FROM wo, full_buckets`;
  return { over, workOrder };
}
