// Everything intake reads, in one statement (issue 19: a submit was 13 round trips, most of them
// reads): the idempotency key's work order if any, the unit and its property (scoped to who
// reports), the category, the organisation's SLA targets and calendar, the open twin a visitor's
// report links to, whether the property's default responsible person still may be, the managers to
// tell, the tenant's profile, whether an auto-assignment rule or kept drafts exist, the rate-limit
// locks, and the new work order's tracking number (drawn here so that the work order is written with
// the rest of the report in one statement: intake-writes.ts). The organisation's settings are read here each time rather than cached per process: it
// costs no round trip, and several processes (README "More than one machine") never disagree about
// a holiday or a target an admin just changed.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ContactMethod, Priority } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import { PREPARED } from "@/lib/db/prepared";
import { bucketLocks } from "@/lib/rate-limit";
import type { SlaTargetRule } from "@/lib/work-orders/sla";
import { ACTIVE_STATUSES } from "@/lib/work-orders/transitions";

export type IntakeLookup = {
  existing: { id: string } | null;
  place: {
    id: string;
    label: string;
    propertyId: string;
    propertyName: string;
    orgId: string;
  } | null;
  category: { id: string; name: string; defaultPriority: Priority | null } | null;
  org: {
    name: string;
    timeZone: string;
    workingDays: number[];
    slaAtRiskPercent: number;
    quietHoursStartMinute: number;
    quietHoursEndMinute: number;
    slaTargets: SlaTargetRule[];
    holidays: string[];
  } | null;
  twin: { id: string; trackingNumber: number } | null;
  responsibleId: string | null;
  managers: {
    id: string;
    email: string;
    phone: string | null;
    smsOptOut: boolean;
    locale: string;
    contactMethod: ContactMethod;
  }[];
  profile: {
    id: string;
    permissionToEnter: boolean;
    pets: string;
    preferredTimes: string;
    contactMethod: ContactMethod;
    gateCodeEnc: string | null;
    lockboxCodeEnc: string | null;
  } | null;
  hasRule: boolean;
  hasDrafts: boolean;
  /** The new work order's tracking number, drawn from its sequence when the report is new and valid (else null). */
  trackingNumber: number | null;
};

export type IntakeQuestion = {
  key: string;
  unitId: string;
  categoryId: string;
  /** A visitor's form names its property by slug. */
  slug: string | null;
  /** A signed-in reporter's organisation, and for staff the properties they may report for. */
  orgId: string | null;
  propertyIds: string[] | null;
  /** A signed-in tenant: their profile is read. */
  tenantUserId: string | null;
  /** A visitor: the open twin is looked for and these rate-limit buckets are locked (when the report is new and valid). */
  visitor: boolean;
  buckets: string[];
  now: Date;
};

export async function intakeLookup(tx: Tx, q: IntakeQuestion): Promise<IntakeLookup> {
  // The SLA module looks at days from the request's local date on: older holidays are not needed.
  const since = new Date(q.now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
  const valid = Prisma.sql`EXISTS (SELECT 1 FROM place) AND EXISTS (SELECT 1 FROM cat)
    AND NOT EXISTS (SELECT 1 FROM "WorkOrder" WHERE "idempotencyKey" = ${q.key})`;
  const [row] = await tx.$queryRaw<IntakeLookup[]>`${PREPARED}
    WITH place AS (
      SELECT u.id, u.label, u."propertyId", p.name AS "propertyName", p."orgId", p."defaultResponsibleId"
      FROM "Unit" u JOIN "Property" p ON p.id = u."propertyId"
      WHERE u.id = ${q.unitId}
        AND (${q.slug}::text IS NULL OR p.slug = ${q.slug}::text)
        AND (${q.orgId}::text IS NULL OR p."orgId" = ${q.orgId}::text)
        AND (${q.propertyIds}::text[] IS NULL OR p.id = ANY(${q.propertyIds}::text[]))
    ), cat AS (
      SELECT c.id, c.name, c."defaultPriority" FROM "Category" c JOIN place ON c."orgId" = place."orgId"
      WHERE c.id = ${q.categoryId} AND c.active
    )
    SELECT
      (SELECT json_build_object('id', id) FROM "WorkOrder" WHERE "idempotencyKey" = ${q.key}) AS existing,
      (SELECT row_to_json(x) FROM (SELECT id, label, "propertyId", "propertyName", "orgId" FROM place) x) AS place,
      (SELECT row_to_json(cat) FROM cat) AS category,
      (SELECT row_to_json(x) FROM (
        SELECT o.name, o."timeZone", o."workingDays", o."slaAtRiskPercent", o."quietHoursStartMinute", o."quietHoursEndMinute",
          (SELECT coalesce(json_agg(json_build_object('priority', t.priority, 'responseMinutes', t."responseMinutes",
              'resolutionMinutes', t."resolutionMinutes", 'businessTime', t."businessTime")), '[]')
            FROM "SlaTarget" t WHERE t."orgId" = o.id) AS "slaTargets",
          (SELECT coalesce(json_agg(to_char(h.date, 'YYYY-MM-DD')), '[]')
            FROM "Holiday" h WHERE h."orgId" = o.id AND h.date >= ${since}::date) AS holidays
        FROM "Organization" o JOIN place ON o.id = place."orgId") x) AS org,
      CASE WHEN ${q.visitor} THEN (SELECT row_to_json(x) FROM (
        SELECT w.id, w."trackingNumber" FROM "WorkOrder" w, place, cat
        WHERE w."unitId" = place.id AND w."categoryId" = cat.id AND w."linkedToId" IS NULL
          AND w.status::text = ANY(${[...ACTIVE_STATUSES]}::text[])
        ORDER BY w."createdAt" LIMIT 1) x) END AS twin,
      (SELECT u.id FROM "User" u, place
        WHERE u.id = place."defaultResponsibleId" AND u."orgId" = place."orgId" AND u."disabledAt" IS NULL
          AND (u.role = 'ADMIN' OR (u.role = 'MANAGER' AND EXISTS (SELECT 1 FROM "PropertyManager" pm
            WHERE pm."userId" = u.id AND pm."propertyId" = place."propertyId")))) AS "responsibleId",
      (SELECT coalesce(json_agg(m ORDER BY m.email), '[]') FROM (
        SELECT u.id, u.email, u.phone, u."smsOptOut", u.locale, u."contactMethod"
        FROM "User" u JOIN "PropertyManager" pm ON pm."userId" = u.id JOIN place ON pm."propertyId" = place."propertyId"
        WHERE u."orgId" = place."orgId" AND u."disabledAt" IS NULL AND u.role = 'MANAGER') m) AS managers,
      (SELECT row_to_json(x) FROM (
        SELECT id, "permissionToEnter", pets, "preferredTimes", "contactMethod", "gateCodeEnc", "lockboxCodeEnc"
        FROM "TenantProfile" WHERE "userId" = ${q.tenantUserId}::text) x) AS profile,
      EXISTS (SELECT 1 FROM "AutoAssignRule" r, place, cat WHERE r."orgId" = place."orgId" AND r."categoryId" = cat.id
        AND (r."propertyId" = place."propertyId" OR r."propertyId" IS NULL)) AS "hasRule",
      EXISTS (SELECT 1 FROM "Attachment" a WHERE a."draftKey" = ${q.key} AND a."workOrderId" IS NULL) AS "hasDrafts",
      CASE WHEN ${q.buckets.length > 0} AND ${valid} THEN ${bucketLocks(q.buckets)} END AS locked,
      CASE WHEN ${valid} THEN nextval('"WorkOrder_trackingNumber_seq"'::regclass)::int END AS "trackingNumber"`;
  return row;
}
