// The audit log's filters, from the page's query string or the export's: what kind of record, who
// acted, and a range of days in the organisation's time zone. Anything unknown is ignored, never an
// error: the page shows what the rest of the filter selects.
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { formatInZone, zonedToUtc } from "@/lib/time";

/** The audited record kinds, as the triggers name them (the table), with the message key of their words. */
export const AUDIT_ENTITIES = {
  Organization: "audit.entity.Organization",
  SlaTarget: "audit.entity.SlaTarget",
  Holiday: "audit.entity.Holiday",
  Category: "audit.entity.Category",
  OnCallContact: "audit.entity.OnCallContact",
  AutoAssignRule: "audit.entity.AutoAssignRule",
  WebhookEndpoint: "audit.entity.WebhookEndpoint",
  Vendor: "audit.entity.Vendor",
  VendorCategory: "audit.entity.VendorCategory",
  VendorDocument: "audit.entity.VendorDocument",
  Owner: "audit.entity.Owner",
  Property: "audit.entity.Property",
  PropertyManager: "audit.entity.PropertyManager",
  Unit: "audit.entity.Unit",
  TenantProfile: "audit.entity.TenantProfile",
  User: "audit.entity.User",
} as const satisfies Record<string, MessageKey>;
export type AuditEntity = keyof typeof AUDIT_ENTITIES;

export const AUDIT_ACTIONS = {
  created: "audit.action.created",
  updated: "audit.action.updated",
  deleted: "audit.action.deleted",
  signed_in: "audit.action.signed_in",
  reencrypted: "audit.action.reencrypted",
} as const satisfies Record<string, MessageKey>;

/** "system": changes nobody signed in made (the tick, a vendor's or owner's link, an import script). */
export type AuditFilters = {
  entity?: AuditEntity;
  actor?: string | "system";
  from?: string; // YYYY-MM-DD, inclusive
  to?: string; // YYYY-MM-DD, inclusive
  before?: bigint; // the page: entries older than this id
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: unknown): v is string => typeof v === "string" && DAY.test(v) && !Number.isNaN(Date.parse(v));

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const entity = one("entity");
  const actor = one("actor");
  const before = one("before");
  const f: AuditFilters = {};
  if (entity && Object.hasOwn(AUDIT_ENTITIES, entity)) f.entity = entity as AuditEntity;
  if (actor && /^[\w-]{1,64}$/.test(actor)) f.actor = actor;
  if (isDay(one("from"))) f.from = one("from");
  if (isDay(one("to"))) f.to = one("to");
  if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
  if (before && /^\d{1,18}$/.test(before)) f.before = BigInt(before);
  return f;
}

/** The instants the day range covers in `timeZone`: from the first day's midnight to the day after the last. */
export function auditRange(f: AuditFilters, timeZone: string): { from?: Date; to?: Date } {
  const next = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    from: f.from ? (zonedToUtc(`${f.from}T00:00`, timeZone) ?? undefined) : undefined,
    to: f.to ? (zonedToUtc(`${next(f.to)}T00:00`, timeZone) ?? undefined) : undefined,
  };
}

export function auditQuery(f: AuditFilters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (f.entity) q.set("entity", f.entity);
  if (f.actor) q.set("actor", f.actor);
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export type AuditChange = { field: string; from: unknown; to: unknown };
export type AuditRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  entityLabel: string;
  changes: AuditChange[];
};

export const entityWords = (entity: string) =>
  Object.hasOwn(AUDIT_ENTITIES, entity) ? AUDIT_ENTITIES[entity as AuditEntity] : entity;
export const actionWords = (action: string) =>
  Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS] : action;

/**
 * A changed field's words, for the reader's t(): its message key `audit.field.<column>` (an
 * encrypted column named without its "Enc"), or for a column added since without one,
 * "insuranceExpiresAt" → "insurance expires at".
 */
export const fieldWords = (field: string): MessageKey | string => {
  const name = field.replace(/Enc$/, "");
  const key = `audit.field.${name}`;
  if (Object.hasOwn(en, key)) return key as MessageKey;
  return name
    .replace(/Cents$/, " (cents)")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
};

/** A timestamp column as the triggers record it: UTC wall time without a zone ("2027-12-06T11:46:58.123"). */
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;

type ValueWords = { none?: string; yes?: string; no?: string; locale?: string };

/**
 * A recorded value as a reader sees it: "(none)" for empty, yes or no for a boolean (the reader's
 * words), a time in the organisation's zone, lists joined, the rest as JSON.
 */
export function valueWords(v: unknown, timeZone?: string, words: ValueWords = {}): string {
  const { none = "(none)", yes = "yes", no = "no", locale = "en" } = words;
  if (v === null || v === undefined || v === "") return none;
  if (typeof v === "string" && timeZone && STAMP.test(v))
    return formatInZone(new Date(`${v}Z`), timeZone, undefined, locale);
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? yes : no;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.length ? v.map((x) => valueWords(x, timeZone, words)).join(", ") : none;
  return JSON.stringify(v);
}
