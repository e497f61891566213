"use server";
// The manager's status changes: who (work-order:manage), the fields each change needs, the use case,
// and a fresh page (every form gets the new version) whose banner says what happened.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { formAction, staff } from "@/lib/actions/define";
import type { ProcessedFile } from "@/lib/uploads/process-file";
import { readPhotos } from "@/lib/uploads/from-form";
import { zonedToUtc } from "@/lib/time";
import { getLocale } from "@/lib/i18n/server";
import { changeStatus, type StatusChange } from "@/lib/work-orders/change-status";
import { dollarsField } from "@/lib/money";
import { declineReschedule } from "@/lib/work-orders/request-reschedule";
import { reasonSchema, versionSchema } from "@/lib/work-orders/schemas";

const head = { trackingNumber: versionSchema, version: versionSchema };
const optional = z.string().optional();
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/; // a datetime-local field, read in the org's zone

/** "vendor:ID" or "technician:ID" from the assign forms (a bare id is a vendor's). */
function assigneeOf(value: string | undefined) {
  if (!value) return null;
  const [kind, id] = value.includes(":") ? value.split(":", 2) : ["vendor", value];
  return kind === "technician" ? { technicianId: id } : { vendorId: id };
}

const assign = z
  .object({
    ...head,
    to: z.literal("ASSIGNED"),
    assignee: optional,
    vendorId: optional,
    reason: optional,
    override: optional,
    overrideReason: optional,
  })
  .transform((v, ctx) => {
    // The suggestions post `assignee`; the plain select posts `vendorId`.
    const who = assigneeOf(v.assignee ?? v.vendorId);
    if (!who) {
      ctx.addIssue({ code: "custom", path: ["vendorId"], message: "wo.v.assignee" });
      return z.NEVER;
    }
    const override = v.override === "on" ? { reason: v.overrideReason ?? "" } : undefined;
    return { ...v, change: { to: v.to, ...who, reason: v.reason, override } satisfies StatusChange };
  });

const reason = z.string().default("").pipe(reasonSchema);
const withReason = <T extends string>(to: T) => z.object({ ...head, to: z.literal(to), reason });

const statusInput = z.discriminatedUnion("to", [
  assign,
  withReason("REOPEN"),
  withReason("CANCELLED"),
  withReason("NEW"),
  z.object({
    ...head,
    to: z.literal("SCHEDULED"),
    windowStart: z.string("wo.v.windowStart").regex(LOCAL_TIME, "wo.v.windowStart"),
    windowEnd: z.string("wo.v.windowEnd").regex(LOCAL_TIME, "wo.v.windowEnd"),
  }),
  z.object({
    ...head,
    to: z.literal("COMPLETED"),
    notes: z.string().default("").pipe(z.string().trim().min(3, "job.v.notes").max(5000, "wo.v.notesLong")),
    actualCost: dollarsField("wo.v.cost"),
  }),
  z.object({ ...head, to: z.literal("CLOSED") }),
]);
type StatusInput = z.infer<typeof statusInput>;

function changeOf(input: StatusInput, photos: ProcessedFile[], timeZone: string): StatusChange {
  switch (input.to) {
    case "ASSIGNED":
      return input.change;
    case "REOPEN":
      return { to: "ASSIGNED", reopen: true, reason: input.reason };
    case "CANCELLED":
    case "NEW":
      return { to: input.to, reason: input.reason };
    case "SCHEDULED":
      return {
        to: input.to,
        windowStart: zonedToUtc(input.windowStart, timeZone)!,
        windowEnd: zonedToUtc(input.windowEnd, timeZone)!,
      };
    case "COMPLETED":
      return { to: input.to, notes: input.notes, actualCostCents: input.actualCost, afterPhotos: photos };
    case "CLOSED":
      return { to: input.to };
  }
}

export const changeStatusAction = formAction({
  who: staff("work-order:manage"),
  input: statusInput,
  // After-photos come only with "Mark completed", opened once the manager is known.
  files: async ({ formData }) => {
    if (formData.get("to") !== "COMPLETED") return { value: [] as ProcessedFile[] };
    const { photos, errors } = await readPhotos(formData, 0, "afterPhotos");
    return { value: photos, fieldErrors: errors.length ? { afterPhotos: errors } : {} };
  },
  run: async ({ caller, input, files, now }) => {
    const org = await db().organization.findUniqueOrThrow({ where: { id: caller.orgId } });
    await changeStatus({
      actor: caller,
      trackingNumber: input.trackingNumber,
      version: input.version,
      change: changeOf(input, files, org.timeZone),
      now,
      locale: await getLocale(),
    });
    const done = input.to === "REOPEN" ? "ASSIGNED" : input.to;
    return { revalidate: ["/dashboard"], redirect: `/dashboard/work-orders/${input.trackingNumber}?done=${done}` };
  },
});

export const declineRescheduleAction = formAction({
  who: staff("work-order:manage"),
  input: z.object({ ...head, reason }),
  run: async ({ caller, input, now }) => {
    await declineReschedule({ actor: caller, ...input, now });
    return { revalidate: ["/dashboard"], redirect: `/dashboard/work-orders/${input.trackingNumber}?done=SCHEDULED` };
  },
});
