"use server";
// The job's actions, for an outside vendor (the form carries their link's token: the link is the
// credential and names the job) and for an in-house technician (signed in; the form names the job,
// and the query reaches only jobs assigned to them). Thin: parse, resolve the caller, call the use case.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { invalidField, toActionState, type ActionState, type FieldErrors } from "@/lib/errors";
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
  messageOffice,
  onMyWay,
  proposeWindow,
  revealJobCode,
  runningLate,
  sendInvoice,
  type JobCaller,
} from "@/lib/vendors/job-actions";
import { dollarsToCents } from "@/lib/money";
import { addEstimate } from "@/lib/approvals/add-estimate";
import type { JobDone } from "@/lib/vendors/job-done";
import { requestTime } from "@/lib/actions/request-time";

const TOKEN = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

type Who = { caller: JobCaller; trackingNumber: number; path: string; now: Date };

/** The caller and their job: the link's, or the signed-in technician's named job. */
async function who(formData: FormData, finishedToo: boolean): Promise<Who> {
  const now = requestTime();
  const token = TOKEN.safeParse(formData.get("token"));
  if (token.success) {
    const { caller, trackingNumber } = await vendorCaller(token.data, { finishedToo, now });
    return { caller, trackingNumber, path: `/v/job/${token.data}`, now };
  }
  const actor = await requireActor("job:work");
  const trackingNumber = z.coerce.number().int().positive().parse(formData.get("trackingNumber"));
  return { caller: actor, trackingNumber, path: `/jobs/${trackingNumber}`, now };
}

const typed = (formData: FormData) =>
  Object.fromEntries(
    [...formData.entries()]
      .filter(([k, v]) => typeof v === "string" && k !== "token" && !k.startsWith("$"))
      .map(([k, v]) => [k, String(v)]),
  );

/** Runs the step; on success back to the job page, which says what happened (the button that was tapped is gone by then). */
async function run(
  formData: FormData,
  done: JobDone,
  act: (w: Who) => Promise<unknown>,
  { finishedToo = false } = {},
): Promise<ActionState> {
  let path = "/jobs";
  try {
    const w = await who(formData, finishedToo);
    path = w.path;
    await act(w);
  } catch (err) {
    return { ...toActionState(err), values: typed(formData) };
  }
  redirect(`${path}?done=${done}${done === "late" ? `-${Number(formData.get("minutes"))}` : ""}`);
}

const version = (formData: FormData) => z.coerce.number().int().positive().parse(formData.get("version"));
const field = (formData: FormData, k: string) => String(formData.get(k) ?? "").trim();

export async function acceptAction(_p: ActionState, formData: FormData) {
  return run(formData, "accepted", (w) => acceptJob(w));
}

export async function confirmWindowAction(_p: ActionState, formData: FormData) {
  return run(formData, "confirmed", (w) => confirmWindow(w));
}

export async function onMyWayAction(_p: ActionState, formData: FormData) {
  return run(formData, "on-the-way", (w) => onMyWay(w));
}

export async function arrivedAction(_p: ActionState, formData: FormData) {
  return run(formData, "arrived", (w) => arrived(w));
}

export async function runningLateAction(_p: ActionState, formData: FormData) {
  const minutes = Number(field(formData, "minutes"));
  return run(formData, "late", (w) => runningLate({ ...w, minutes }));
}

export async function declineAction(_p: ActionState, formData: FormData) {
  return run(formData, "declined", (w) =>
    declineJob({ ...w, version: version(formData), reason: field(formData, "reason") }),
  );
}

export async function messageOfficeAction(_p: ActionState, formData: FormData) {
  return run(formData, "message", (w) => messageOffice({ ...w, body: field(formData, "body") }), { finishedToo: true });
}

/** Date plus from/to times, read in the organisation's time zone. */
export async function proposeWindowAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const day = field(formData, "day");
  const from = field(formData, "from");
  const to = field(formData, "to");
  const fieldErrors: FieldErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) fieldErrors.day = ["Choose the day of the visit."];
  if (!/^\d{2}:\d{2}$/.test(from)) fieldErrors.from = ["Choose when you can arrive from."];
  if (!/^\d{2}:\d{2}$/.test(to)) fieldErrors.to = ["Choose when you can arrive by."];
  if (Object.keys(fieldErrors).length)
    return { ok: false, message: "common.checkField", fieldErrors, values: typed(formData) };
  return run(formData, "booked", async (w) => {
    const org = await db().organization.findUniqueOrThrow({
      where: { id: w.caller.orgId },
      select: { timeZone: true },
    });
    const windowStart = zonedToUtc(`${day}T${from}`, org.timeZone);
    const windowEnd = zonedToUtc(`${day}T${to}`, org.timeZone);
    if (!windowStart || !windowEnd) throw invalidField("day", "Choose a real day and times.");
    return proposeWindow({ ...w, version: version(formData), windowStart, windowEnd });
  });
}

/** A paper from the form (the invoice), checked by its bytes; a message next to its field if not. */
async function paper(formData: FormData, key: string, fieldErrors: FieldErrors): Promise<ProcessedPaper | undefined> {
  const file = fileFrom(formData, key);
  if (!file) return undefined;
  try {
    return await processDocument(file.name, Buffer.from(await file.arrayBuffer()));
  } catch (err) {
    if (!(err instanceof UnreadableFile)) throw err;
    fieldErrors[key] = [err.msg];
    return undefined;
  }
}

export async function completeAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const fieldErrors: FieldErrors = {};
  const notes = field(formData, "notes");
  if (notes.length < 3) fieldErrors.notes = ["Say what was done (completion notes are required)."];
  const cents = dollarsToCents(field(formData, "invoiceAmount"));
  if (cents === null) fieldErrors.invoiceAmount = ["Enter the amount in dollars, like 240.50, or leave it blank."];
  const { photos, errors } = await readPhotos(formData, 0, "afterPhotos");
  if (errors.length) fieldErrors.afterPhotos = errors;
  const invoice = await paper(formData, "invoice", fieldErrors);
  if (Object.keys(fieldErrors).length)
    return { ok: false, message: "common.checkField", fieldErrors, values: typed(formData) };
  return run(formData, "completed", (w) =>
    completeJob({
      ...w,
      version: version(formData),
      notes,
      invoiceCents: cents ?? undefined,
      afterPhotos: photos,
      invoice,
    }),
  );
}

export async function sendInvoiceAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const fieldErrors: FieldErrors = {};
  const cents = dollarsToCents(field(formData, "invoiceAmount"));
  if (cents === null || cents === undefined)
    fieldErrors.invoiceAmount = ["Enter the invoice amount in dollars, like 240.50."];
  const invoice = await paper(formData, "invoice", fieldErrors);
  if (!invoice && !fieldErrors.invoice) fieldErrors.invoice = ["Attach the invoice (a PDF or a photo of it)."];
  if (Object.keys(fieldErrors).length || !invoice || cents == null)
    return { ok: false, message: "common.checkField", fieldErrors, values: typed(formData) };
  return run(formData, "invoice", (w) => sendInvoice({ ...w, invoiceCents: cents, invoice }), { finishedToo: true });
}

/** A code on a tap: returned to this caller only; the reveal is on the tenant's timeline. */
export async function revealJobCodeAction(formData: FormData): Promise<{ code?: string; error?: string }> {
  const which = z.enum(["gate", "lockbox"]).safeParse(formData.get("which"));
  if (!which.success) return { error: "common.outOfDate" };
  try {
    const w = await who(formData, false);
    return { code: await revealJobCode({ ...w, which: which.data }) };
  } catch (err) {
    const state = toActionState(err);
    return { error: typeof state.message === "string" ? state.message : "common.somethingWrong" };
  }
}

/** A quote for this job: through the approval rules (the manager, or the owner by emailed link). */
export async function estimateAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const fieldErrors: FieldErrors = {};
  const cents = dollarsToCents(field(formData, "amount"));
  if (!cents) fieldErrors.amount = ["Enter the estimate in dollars, like 240.50."];
  const description = field(formData, "description");
  if (description.length < 3) fieldErrors.description = ["Say what the estimate covers."];
  const validUntilText = field(formData, "validUntil");
  if (validUntilText && !/^\d{4}-\d{2}-\d{2}$/.test(validUntilText))
    fieldErrors.validUntil = ["Choose a date, or leave it blank."];
  if (Object.keys(fieldErrors).length || !cents)
    return { ok: false, message: "common.checkField", fieldErrors, values: typed(formData) };
  return run(formData, "estimate", async (w) => {
    const org = await db().organization.findUniqueOrThrow({
      where: { id: w.caller.orgId },
      select: { timeZone: true },
    });
    const validUntil = validUntilText ? zonedToUtc(`${validUntilText}T23:59`, org.timeZone) : null;
    return addEstimate({
      actor: w.caller,
      trackingNumber: w.trackingNumber,
      input: { amountCents: cents, description, validUntil },
      now: requestTime(),
    });
  });
}
