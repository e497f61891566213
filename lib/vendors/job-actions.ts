// What the person doing the job does (issue 8, DESIGN.md §1 and §2): an outside vendor from their
// job link, or an in-house technician signed in. Status changes (book the visit, give the job back,
// complete) go through changeStatus and its transition table; the rest (accept, on my way, running
// late, arrived, confirm the window, show a code, write on the job's conversation) are events on
// the work order, each recorded as done by that vendor or technician. Scope is in every query: a vendor's
// link reaches its one work order while it is theirs; a technician reaches the jobs assigned to them.
import "server-only";
import type { Actor, VendorCaller } from "@/lib/auth/session";
import { decrypt } from "@/lib/crypto";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma, WorkOrder } from "@/lib/db/generated/client";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { ORG_FOR_MESSAGES, tellManagers, tellTenant } from "@/lib/notifications/tell";
import type { ProcessedFile } from "@/lib/uploads/process-file";
import type { ProcessedPaper } from "@/lib/uploads/process-document";
import { storage } from "@/lib/uploads/storage";
import { changeStatus } from "@/lib/work-orders/change-status";
import { rateLimit } from "@/lib/rate-limit";
import { scopeFor } from "@/lib/work-orders/scope";
import { tellThread } from "@/lib/work-orders/thread-notices";
import { ASSIGNED_STATUSES, DONE_STATUSES } from "@/lib/work-orders/transitions";

export type JobCaller = VendorCaller | Actor;
export type JobArgs = { caller: JobCaller; trackingNumber: number; now: Date };

const OPEN = ASSIGNED_STATUSES;
export const LATE_MINUTES = { min: 5, max: 240 } as const;
export const JOB_MESSAGE_MAX = 2000;

/** Only the assignee acts here: a vendor through their link, or a technician on their own job. */
function assertAssignee(caller: JobCaller) {
  if ("via" in caller) return;
  if (caller.role !== "TECHNICIAN") throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
}

const label = (caller: JobCaller) => caller.name;

type Step = {
  statuses: readonly WorkOrder["status"][];
  refused?: MessageKey; // the message when the job is not in one of `statuses`
  plan: (wo: WorkOrder, tx: Tx) => Promise<StepPlan | null> | StepPlan | null; // null: nothing to do (a repeat)
};
type StepPlan = {
  data?: Prisma.WorkOrderUpdateManyMutationInput;
  event: { type: string; details: Prisma.InputJsonValue; visibility: "PUBLIC" | "STAFF" };
  also?: (tx: Tx, wo: WorkOrder, eventId: string) => Promise<void>;
};

/** One event on the caller's job, in one transaction; a repeat (double tap) changes nothing. */
async function jobEvent({ caller, trackingNumber, now }: JobArgs, step: Step) {
  assertAssignee(caller);
  return db().$transaction(async (tx) => {
    const wo = await tx.workOrder.findFirst({ where: { trackingNumber, ...scopeFor(caller) } });
    if (!wo) throw notFound();
    if (!step.statuses.includes(wo.status)) throw new AppError("TRANSITION_NOT_ALLOWED", step.refused ?? "job.notOpen");
    const p = await step.plan(wo, tx);
    if (!p) return { workOrder: wo, repeated: true };
    // Conditional on the job still being the caller's and open: a reassignment racing this wins.
    // Always a real write (updatedAt at least): an update with nothing to set is run as a SELECT,
    // which takes no row lock, and whose count PGlite reports as 0 rows affected.
    const { count } = await tx.workOrder.updateMany({
      where: { id: wo.id, status: { in: [...step.statuses] }, ...scopeFor(caller) },
      data: { ...p.data, updatedAt: now },
    });
    if (count === 0) throw notFound();
    const event = await tx.workOrderEvent.create({
      data: { workOrderId: wo.id, actorId: caller.userId, actorLabel: label(caller), createdAt: now, ...p.event },
    });
    await p.also?.(tx, wo, event.id);
    return { workOrder: wo, repeated: false };
  });
}

async function forMessages(tx: Tx, id: string) {
  return tx.workOrder.findUniqueOrThrow({ where: { id }, include: { org: { select: ORG_FOR_MESSAGES } } });
}

/** "I'll take it." The response time on the scorecard runs from assignment to here. */
export function acceptJob(args: JobArgs) {
  const { now } = args;
  return jobEvent(
    { ...args, now },
    {
      statuses: OPEN,
      plan: (wo) =>
        wo.acceptedAt
          ? null
          : {
              data: { acceptedAt: now },
              event: { type: "JOB_ACCEPTED", details: { by: label(args.caller) }, visibility: "PUBLIC" },
            },
    },
  );
}

/** The window the office booked is fine with the vendor (accepting the job too, if not yet). */
export function confirmWindow(args: JobArgs) {
  const { now } = args;
  return jobEvent(
    { ...args, now },
    {
      statuses: ["SCHEDULED"],
      refused: "job.confirmBookedOnly",
      plan: async (wo, tx) => {
        const last = await tx.workOrderEvent.findFirst({
          where: { workOrderId: wo.id, type: { in: ["WINDOW_CONFIRMED", "STATUS_CHANGED"] } },
          orderBy: { createdAt: "desc" },
          select: { type: true },
        });
        if (last?.type === "WINDOW_CONFIRMED") return null;
        return {
          data: wo.acceptedAt ? {} : { acceptedAt: now },
          event: {
            type: "WINDOW_CONFIRMED",
            details: {
              by: label(args.caller),
              windowStart: wo.windowStart?.toISOString() ?? "",
              windowEnd: wo.windowEnd?.toISOString() ?? "",
            },
            visibility: "PUBLIC",
          },
        };
      },
    },
  );
}

/** "On my way": the tenant is told. A second tap within ten minutes is the same trip. */
export function onMyWay(args: JobArgs) {
  const { now } = args;
  return jobEvent(
    { ...args, now },
    {
      statuses: OPEN,
      plan: (wo) => {
        if (wo.departedAt && now.getTime() - wo.departedAt.getTime() < 10 * 60_000) return null;
        return {
          data: { departedAt: now, ...(wo.acceptedAt ? {} : { acceptedAt: now }) },
          event: { type: "ON_THE_WAY", details: { by: label(args.caller) }, visibility: "PUBLIC" },
          also: async (tx, _wo, eventId) => {
            const full = await forMessages(tx, wo.id);
            await tellTenant(tx, full, `on-the-way:${eventId}`, "on-the-way", full.org, now, () => ({
              vendor: label(args.caller),
            }));
          },
        };
      },
    },
  );
}

/** "Running about N minutes late" (DESIGN.md §7): the tenant is told at once, any hour. */
export function runningLate(args: JobArgs & { minutes: number }) {
  const { now } = args;
  if (!Number.isInteger(args.minutes) || args.minutes < LATE_MINUTES.min || args.minutes > LATE_MINUTES.max)
    throw invalidField("minutes", "job.minutes");
  return jobEvent(
    { ...args, now },
    {
      statuses: OPEN,
      plan: async (wo, tx) => {
        // The same note twice in two minutes is a double tap, not news.
        const recent = await tx.workOrderEvent.findFirst({
          where: { workOrderId: wo.id, type: "RUNNING_LATE", createdAt: { gt: new Date(now.getTime() - 120_000) } },
          select: { details: true },
        });
        if (recent && (recent.details as { minutes?: number }).minutes === args.minutes) return null;
        return {
          event: {
            type: "RUNNING_LATE",
            details: { by: label(args.caller), minutes: args.minutes },
            visibility: "PUBLIC",
          },
          also: async (tx2, _wo, eventId) => {
            const full = await forMessages(tx2, wo.id);
            await tellTenant(tx2, full, `late:${eventId}`, "running-late", full.org, now, () => ({
              minutes: args.minutes,
              vendor: label(args.caller),
            }));
          },
        };
      },
    },
  );
}

/** At the door: on-time arrival is measured against the booked window. */
export function arrived(args: JobArgs) {
  const { now } = args;
  return jobEvent(
    { ...args, now },
    {
      statuses: OPEN,
      plan: (wo) =>
        wo.arrivedAt
          ? null
          : {
              data: { arrivedAt: now, ...(wo.acceptedAt ? {} : { acceptedAt: now }) },
              event: { type: "ARRIVED", details: { by: label(args.caller) }, visibility: "PUBLIC" },
            },
    },
  );
}

/**
 * A gate or lockbox code, on a tap (SECURITY.md): only while the job is open and the caller's,
 * logged on the tenant's timeline ("ABC Plumbing viewed your lockbox code"). The code itself is
 * returned to this caller and written nowhere else.
 */
export async function revealJobCode(args: JobArgs & { which: "gate" | "lockbox" }): Promise<string> {
  const { now } = args;
  let code = "";
  await jobEvent(
    { ...args, now },
    {
      statuses: OPEN,
      refused: "job.codeClosed",
      plan: (wo) => {
        const sealed = args.which === "gate" ? wo.gateCodeEnc : wo.lockboxCodeEnc;
        if (!sealed) throw new AppError("INVALID_INPUT", "err.noAccessCode");
        code = decrypt(sealed);
        return {
          event: { type: "CODE_REVEALED", details: { code: args.which, by: label(args.caller) }, visibility: "PUBLIC" },
        };
      },
    },
  );
  return code;
}

/**
 * A message on the job's conversation (issue 18): the tenant and the managers see it and are told.
 * Open until the link ends (30 days after completion); a writer is held to 30 messages an hour.
 */
export async function postJobMessage(args: JobArgs & { body: string }) {
  const { now } = args;
  const body = args.body.trim();
  if (body.length < 2) throw invalidField("body", "job.messageEmpty");
  if (body.length > JOB_MESSAGE_MAX) throw invalidField("body", "job.messageLong");
  const c = args.caller;
  assertAssignee(c); // who, before the limit counts anything
  await rateLimit(`thread:${"via" in c ? `vendor:${c.vendorId}:${c.workOrderId}` : `user:${c.userId}`}`, 30, 3600, now);
  return jobEvent(
    { ...args, now },
    {
      statuses: [...ASSIGNED_STATUSES, ...DONE_STATUSES],
      plan: () => ({
        event: { type: "MESSAGE", details: { by: label(c), body }, visibility: "PUBLIC" },
        also: async (tx, wo) => {
          const message = await tx.message.create({
            data: { workOrderId: wo.id, authorId: c.userId, authorLabel: label(c), body, createdAt: now },
          });
          await tellThread(tx, wo.id, { messageId: message.id, from: "assignee", name: label(c), body }, now);
        },
      }),
    },
  );
}

/** Book the visit (ASSIGNED → SCHEDULED) or move it: the tenant sees the window and is told. */
export async function proposeWindow(args: JobArgs & { version: number; windowStart: Date; windowEnd: Date }) {
  assertAssignee(args.caller);
  return changeStatus({
    actor: args.caller,
    trackingNumber: args.trackingNumber,
    version: args.version,
    change: { to: "SCHEDULED", windowStart: args.windowStart, windowEnd: args.windowEnd },
    now: args.now,
  });
}

/** Give the job back (ASSIGNED → NEW, reason required): back in the unassigned queue, managers told. */
export async function declineJob(args: JobArgs & { version: number; reason: string }) {
  assertAssignee(args.caller);
  const wo = await db().workOrder.findFirst({
    where: { trackingNumber: args.trackingNumber, ...scopeFor(args.caller) },
    select: { status: true },
  });
  if (!wo) throw notFound();
  if (wo.status === "SCHEDULED") throw new AppError("TRANSITION_NOT_ALLOWED", "job.declineScheduled");
  if (args.reason.trim().length < 3) throw invalidField("reason", "v.reason");
  return changeStatus({
    actor: args.caller,
    trackingNumber: args.trackingNumber,
    version: args.version,
    change: { to: "NEW", reason: args.reason.trim() },
    now: args.now,
  });
}

/** Done: notes, after photos, the invoice amount and the invoice itself. */
export async function completeJob(
  args: JobArgs & {
    version: number;
    notes: string;
    invoiceCents?: number;
    afterPhotos?: ProcessedFile[];
    invoice?: ProcessedPaper;
  },
) {
  assertAssignee(args.caller);
  return changeStatus({
    actor: args.caller,
    trackingNumber: args.trackingNumber,
    version: args.version,
    change: {
      to: "COMPLETED",
      notes: args.notes,
      actualCostCents: args.invoiceCents,
      afterPhotos: args.afterPhotos,
      invoice: args.invoice,
    },
    now: args.now,
  });
}

/** After completion (within the link's 30 days): the invoice, if it was not sent with the completion. */
export async function sendInvoice(args: JobArgs & { invoiceCents: number; invoice: ProcessedPaper }) {
  const { now } = args;
  if (!Number.isSafeInteger(args.invoiceCents) || args.invoiceCents < 0)
    throw invalidField("invoiceAmount", "job.invoiceAmount");
  const key = await storage().put(args.invoice.bytes, args.invoice.fileName, args.invoice.contentType);
  return jobEvent(
    { ...args, now },
    {
      statuses: DONE_STATUSES,
      refused: "job.invoiceAfterCompletion",
      plan: () => ({
        data: { actualCostCents: args.invoiceCents },
        event: {
          type: "INVOICE_ADDED",
          details: { by: label(args.caller), amountCents: args.invoiceCents, file: args.invoice.fileName },
          visibility: "STAFF",
        },
        also: async (tx, wo) => {
          const f = args.invoice;
          await tx.attachment.create({
            data: {
              workOrderId: wo.id,
              kind: f.kind,
              stage: "INVOICE",
              storageKey: key,
              fileName: f.fileName,
              contentType: f.contentType,
              sizeBytes: f.bytes.length,
              width: f.width,
              height: f.height,
              uploadedById: args.caller.userId,
              createdAt: now,
            },
          });
          await tellManagers(
            tx,
            wo,
            {
              event: `invoice:${key}`,
              template: "assignee-invoice",
              vars: { number: wo.trackingNumber, name: label(args.caller) },
            },
            now,
          );
        },
      }),
    },
  );
}
