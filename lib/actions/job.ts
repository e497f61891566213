"use server";
// The job's actions, for an outside vendor (the form carries their link's token: the link is the
// credential and names the job) and for an in-house technician (signed in; the form names the job,
// and the query reaches only jobs assigned to them). Each: who (the link or the technician), the
// fields, the use case, then back to the job page, which says what happened.
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { invalidField, type FieldErrors } from "@/lib/errors";
import { formAction, tapAction, type Gate } from "@/lib/actions/define";
import { fileFrom, processDocument, type ProcessedPaper } from "@/lib/uploads/process-document";
import { UnreadableFile } from "@/lib/uploads/process-file";
import { readPhotos } from "@/lib/uploads/from-form";
import { zonedToUtc } from "@/lib/time";
import { vendorCaller } from "@/lib/vendors/job-caller";
import {
  acceptJob,
  arrived,
  completeJob,
  confirmWindow,
  declineJob,
  postJobMessage,
  onMyWay,
  proposeWindow,
  revealJobCode,
  runningLate,
  sendInvoice,
  type JobCaller,
} from "@/lib/vendors/job-actions";
import { dollarsField } from "@/lib/money";
import { addEstimate } from "@/lib/approvals/add-estimate";
import type { JobDone } from "@/lib/vendors/job-done";
import { versionSchema } from "@/lib/work-orders/schemas";

const TOKEN = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

type Job = { caller: JobCaller; trackingNumber: number; path: string };

/** The caller and their job: the link's, or the signed-in technician's named job. */
const jobCaller =
  ({ finishedToo = false } = {}): Gate<Job> =>
  async (formData, now) => {
    const token = TOKEN.safeParse(formData.get("token"));
    if (token.success) {
      const { caller, trackingNumber } = await vendorCaller(token.data, { finishedToo, now });
      return { caller, trackingNumber, path: `/v/job/${token.data}` };
    }
    const actor = await requireActor("job:work");
    const trackingNumber = versionSchema.safeParse(formData.get("trackingNumber"));
    if (!trackingNumber.success) throw invalidField("trackingNumber", "common.outOfDate");
    return { caller: actor, trackingNumber: trackingNumber.data, path: `/jobs/${trackingNumber.data}` };
  };

const text = z.string().trim().default("");
const version = { version: versionSchema };
const back = (job: Job, done: JobDone | `late-${number}`) => ({ redirect: `${job.path}?done=${done}` });

type Step<F> = F & Job & { now: Date };

/** A step on the job with these fields, then back to the job page. */
function jobAction<S extends z.ZodRawShape>(
  done: JobDone,
  fields: S,
  act: (a: Step<z.infer<z.ZodObject<S>>>) => Promise<unknown>,
  opts: { finishedToo?: boolean } = {},
) {
  return formAction({
    who: jobCaller(opts),
    input: z.object(fields),
    run: async ({ caller, input, now }) => {
      await act(Object.assign({}, input as z.infer<z.ZodObject<S>>, caller, { now }));
      return back(caller, done);
    },
  });
}

export const acceptAction = jobAction("accepted", {}, (a) => acceptJob(a));
export const confirmWindowAction = jobAction("confirmed", {}, (a) => confirmWindow(a));
export const onMyWayAction = jobAction("on-the-way", {}, (a) => onMyWay(a));
export const arrivedAction = jobAction("arrived", {}, (a) => arrived(a));
export const declineAction = jobAction("declined", { ...version, reason: text }, (a) => declineJob(a));
/** A message on the job's conversation: the tenant and the office see it. */
export const jobMessageAction = jobAction("message", { body: text }, (a) => postJobMessage(a), {
  finishedToo: true,
});

export const runningLateAction = formAction({
  who: jobCaller(),
  input: z.object({ minutes: z.coerce.number() }),
  run: async ({ caller, input, now }) => {
    await runningLate({ ...caller, now, minutes: input.minutes });
    return back(caller, `late-${input.minutes}`);
  },
});

async function orgZone(orgId: string) {
  return (await db().organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } })).timeZone;
}

/** Date plus from/to times, read in the organisation's time zone. */
export const proposeWindowAction = formAction({
  who: jobCaller(),
  input: z.object({
    ...version,
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "job.v.day"),
    from: z.string().regex(/^\d{2}:\d{2}$/, "job.v.from"),
    to: z.string().regex(/^\d{2}:\d{2}$/, "job.v.to"),
  }),
  run: async ({ caller, input, now }) => {
    const zone = await orgZone(caller.caller.orgId);
    const windowStart = zonedToUtc(`${input.day}T${input.from}`, zone);
    const windowEnd = zonedToUtc(`${input.day}T${input.to}`, zone);
    if (!windowStart || !windowEnd) throw invalidField("day", "job.v.realDay");
    await proposeWindow({ ...caller, now, version: input.version, windowStart, windowEnd });
    return back(caller, "booked");
  },
});

/** A paper from the form (the invoice), checked by its bytes; a message next to its field if not. */
async function paper(
  formData: FormData,
  key: string,
): Promise<{ value: ProcessedPaper | undefined; fieldErrors: FieldErrors }> {
  const file = fileFrom(formData, key);
  if (!file) return { value: undefined, fieldErrors: {} };
  try {
    return { value: await processDocument(file.name, Buffer.from(await file.arrayBuffer())), fieldErrors: {} };
  } catch (err) {
    if (!(err instanceof UnreadableFile)) throw err;
    return { value: undefined, fieldErrors: { [key]: [err.msg] } };
  }
}

export const completeAction = formAction({
  who: jobCaller(),
  input: z.object({
    ...version,
    notes: z.string().trim().min(3, "job.v.notes"),
    invoiceAmount: dollarsField("job.v.amountOrBlank"),
  }),
  files: async ({ formData }) => {
    const { photos, errors } = await readPhotos(formData, 0, "afterPhotos");
    const invoice = await paper(formData, "invoice");
    return {
      value: { photos, invoice: invoice.value },
      fieldErrors: { ...(errors.length ? { afterPhotos: errors } : {}), ...invoice.fieldErrors },
    };
  },
  run: async ({ caller, input, files, now }) => {
    await completeJob({
      ...caller,
      now,
      version: input.version,
      notes: input.notes,
      invoiceCents: input.invoiceAmount,
      afterPhotos: files.photos,
      invoice: files.invoice,
    });
    return back(caller, "completed");
  },
});

export const sendInvoiceAction = formAction({
  who: jobCaller({ finishedToo: true }),
  input: z.object({ invoiceAmount: dollarsField("job.v.invoiceAmount", { required: true }) }),
  files: async ({ formData }) => {
    const invoice = await paper(formData, "invoice");
    if (!invoice.value && !invoice.fieldErrors.invoice) invoice.fieldErrors.invoice = ["job.v.invoice"];
    return invoice;
  },
  run: async ({ caller, input, files, now }) => {
    await sendInvoice({ ...caller, now, invoiceCents: input.invoiceAmount!, invoice: files! });
    return back(caller, "invoice");
  },
});

/** A code on a tap: returned to this caller only; the reveal is on the tenant's timeline. */
export const revealJobCodeAction = tapAction({
  who: jobCaller(),
  input: z.object({ which: z.enum(["gate", "lockbox"]) }),
  run: async ({ caller, input, now }) => ({
    result: { code: await revealJobCode({ ...caller, now, which: input.which }) },
  }),
});

/** A quote for this job: through the approval rules (the manager, or the owner by emailed link). */
export const estimateAction = formAction({
  who: jobCaller(),
  input: z.object({
    amount: dollarsField("job.v.estimate", { required: true }).refine((c) => !!c, "job.v.estimate"),
    description: z.string().trim().min(3, "job.v.estimateCovers"),
    validUntil: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "job.v.validUntil")]).default(""),
  }),
  run: async ({ caller, input, now }) => {
    const validUntil = input.validUntil
      ? zonedToUtc(`${input.validUntil}T23:59`, await orgZone(caller.caller.orgId))
      : null;
    await addEstimate({
      actor: caller.caller,
      trackingNumber: caller.trackingNumber,
      input: { amountCents: input.amount!, description: input.description, validUntil },
      now,
    });
    return back(caller, "estimate");
  },
});
