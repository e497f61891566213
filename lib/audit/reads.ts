// Reading the audit log: admins only, their own organisation only, newest first, a page at a time
// (by id, so a page never repeats or skips an entry written meanwhile), and the same rows as CSV.
import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { auditRange, type AuditChange, type AuditFilters, type AuditRow } from "@/lib/audit/filters";
import { csvLine } from "@/lib/csv";

export const AUDIT_PAGE_SIZE = 50;

function allowed(actor: Actor) {
  if (!can(actor, "audit:view")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
}

async function orgZone(orgId: string) {
  const org = await db().organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  return org.timeZone;
}

function where(actor: Actor, f: AuditFilters, timeZone: string): Prisma.AuditEntryWhereInput {
  const { from, to } = auditRange(f, timeZone);
  return {
    orgId: actor.orgId,
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.actor === "system" ? { actorId: null } : f.actor ? { actorId: f.actor } : {}),
    ...(from || to ? { at: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
    ...(f.before ? { id: { lt: f.before } } : {}),
  };
}

function changesOf(json: Prisma.JsonValue): AuditChange[] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return [];
  return Object.entries(json).map(([field, v]) => {
    const c = (v ?? {}) as { from?: unknown; to?: unknown };
    return { field, from: c.from ?? null, to: c.to ?? null };
  });
}

async function names(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const users = await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

const toRows = async (
  entries: {
    id: bigint;
    at: Date;
    actorId: string | null;
    action: string;
    entity: string;
    entityId: string;
    entityLabel: string;
    changes: Prisma.JsonValue;
  }[],
): Promise<AuditRow[]> => {
  const who = await names(entries.map((e) => e.actorId));
  return entries.map((e) => ({
    ...e,
    id: e.id.toString(),
    actorName: e.actorId ? (who.get(e.actorId) ?? null) : null,
    changes: changesOf(e.changes),
  }));
};

/** One page of the log, the people who appear in it for the "who" filter, and the next page's cursor. */
export async function auditPage(actor: Actor, f: AuditFilters) {
  allowed(actor);
  const timeZone = await orgZone(actor.orgId);
  const entries = await db().auditEntry.findMany({
    where: where(actor, f, timeZone),
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const more = entries.length > AUDIT_PAGE_SIZE;
  const rows = await toRows(entries.slice(0, AUDIT_PAGE_SIZE));
  const people = await db().user.findMany({
    where: { orgId: actor.orgId, role: { in: ["ADMIN", "MANAGER", "TECHNICIAN"] } },
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
  return { rows, timeZone, people, next: more ? rows[rows.length - 1].id : null };
}

export const AUDIT_CSV_HEADER = [
  "id",
  "at_utc",
  "actor_id",
  "actor",
  "action",
  "record",
  "record_id",
  "record_name",
  "field",
  "from",
  "to",
];

const csvValue = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));

/** Every entry the filters select (the page cursor aside), oldest page last, one line per changed field. */
export async function* auditCsv(actor: Actor, f: AuditFilters): AsyncGenerator<string> {
  allowed(actor);
  const timeZone = await orgZone(actor.orgId);
  yield "\uFEFF" + csvLine(AUDIT_CSV_HEADER);
  let before: bigint | undefined;
  for (;;) {
    const entries = await db().auditEntry.findMany({
      where: where(actor, { ...f, before }, timeZone),
      orderBy: { id: "desc" },
      take: 1000,
    });
    if (!entries.length) return;
    let chunk = "";
    for (const r of await toRows(entries)) {
      const head = [
        r.id,
        r.at,
        r.actorId,
        r.actorName ?? (r.actorId ? "" : "system"),
        r.action,
        r.entity,
        r.entityId,
        r.entityLabel,
      ];
      if (!r.changes.length) chunk += csvLine([...head, "", "", ""]);
      for (const c of r.changes) chunk += csvLine([...head, c.field, csvValue(c.from), csvValue(c.to)]);
    }
    yield chunk;
    before = entries[entries.length - 1].id;
  }
}
