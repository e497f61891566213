// What the vendor or technician sees of their job: where, what, when, who to ask for, what they
// have done so far, and the conversation with the tenant and the office (never an internal note). Whether a code exists is told; the code itself is not read here (a reveal is
// its own logged action). Scoped like every read.
import "server-only";
import type { JobCaller } from "@/lib/vendors/job-actions";
import { db } from "@/lib/db/client";
import { scopeFor } from "@/lib/work-orders/scope";
import type { JobView } from "@/lib/vendors/job-view-types";

const ASSIGNEE_EVENTS = [
  "STATUS_CHANGED",
  "JOB_ACCEPTED",
  "WINDOW_CONFIRMED",
  "ON_THE_WAY",
  "RUNNING_LATE",
  "ARRIVED",
  "CODE_REVEALED",
  "ASSIGNEE_MESSAGE",
  "INVOICE_ADDED",
];

const THREAD_SHOWN = 100; // the newest; a job's conversation rarely runs longer

export async function jobView(caller: JobCaller, trackingNumber: number): Promise<JobView | null> {
  const wo = await db().workOrder.findFirst({
    where: { trackingNumber, ...scopeFor(caller) },
    include: {
      org: { select: { name: true, timeZone: true, emergencyHotline: true } },
      property: { select: { name: true, address: true } },
      unit: { select: { label: true } },
      category: { select: { name: true } },
      reporter: { select: { name: true, phone: true } },
      attachments: {
        where: { stage: { in: ["BEFORE", "AFTER", "INVOICE"] }, messageId: null, estimateId: null },
        select: { id: true, fileName: true, kind: true, stage: true, contentType: true },
        orderBy: { createdAt: "asc" },
      },
      // The job's conversation with the tenant and the office; internal notes are staff-only.
      messages: {
        where: { internal: false },
        orderBy: { createdAt: "desc" },
        take: THREAD_SHOWN,
        select: { id: true, authorLabel: true, body: true, createdAt: true },
      },
      events: {
        where: { type: { in: ASSIGNEE_EVENTS } },
        orderBy: { createdAt: "desc" },
        take: 20,
        select: {
          id: true,
          type: true,
          actorLabel: true,
          fromStatus: true,
          toStatus: true,
          details: true,
          createdAt: true,
        },
      },
    },
  });
  if (!wo) return null;
  const open = wo.status === "ASSIGNED" || wo.status === "SCHEDULED";
  return {
    trackingNumber: wo.trackingNumber,
    version: wo.version,
    status: wo.status,
    priority: wo.priority,
    description: wo.description,
    category: wo.category.name,
    property: wo.property,
    unit: wo.unit.label,
    org: wo.org,
    windowStart: wo.windowStart,
    windowEnd: wo.windowEnd,
    acceptedAt: wo.acceptedAt,
    departedAt: wo.departedAt,
    arrivedAt: wo.arrivedAt,
    completedAt: wo.completedAt,
    completionNotes: wo.completionNotes,
    actualCostCents: wo.actualCostCents,
    // Access for the visit: only while the job is open.
    access: open
      ? {
          permissionToEnter: wo.permissionToEnter,
          pets: wo.pets,
          preferredTimes: wo.preferredTimes,
          gate: !!wo.gateCodeEnc,
          lockbox: !!wo.lockboxCodeEnc,
        }
      : null,
    tenant: open
      ? { name: wo.reporter?.name ?? wo.reporterName ?? null, phone: wo.reporter?.phone ?? wo.reporterPhone ?? null }
      : null,
    photos: wo.attachments.filter((a) => a.stage === "BEFORE" && a.kind !== "DOCUMENT"),
    afterPhotos: wo.attachments.filter((a) => a.stage === "AFTER"),
    invoices: wo.attachments.filter((a) => a.stage === "INVOICE"),
    messages: wo.messages.reverse(),
    events: wo.events.filter(
      (e) => e.type !== "STATUS_CHANGED" || e.actorLabel === caller.name || e.toStatus === "SCHEDULED",
    ),
  };
}
