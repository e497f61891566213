"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireActor, type Actor, type Caller } from "@/lib/auth/session";
import { listDrafts, saveDrafts } from "@/lib/uploads/drafts";
import { readPhotos } from "@/lib/uploads/from-form";
import { toActionState, type ActionState, type FieldErrors } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { updateAccessCodes } from "@/lib/work-orders/update-access-codes";
import { linkHolder } from "@/lib/work-orders/link-holder";
import { addPhotos } from "@/lib/work-orders/add-photos";
import { recordSelfHelp } from "@/lib/work-orders/record-self-help";
import { addTenantMessage } from "@/lib/work-orders/add-tenant-message";
import { rateWorkOrder } from "@/lib/work-orders/rate-work-order";
import { requestReschedule } from "@/lib/work-orders/request-reschedule";
import { revealOwnCode } from "@/lib/work-orders/reveal-own-code";
import { accessSchema, reasonSchema, requestSchema, timesSchema, versionSchema } from "@/lib/work-orders/schemas";
import { requestTime } from "@/lib/actions/request-time";

const FIELDS = [
  "idempotencyKey",
  "categoryId",
  "severity",
  "description",
  "permissionToEnter",
  "pets",
  "preferredTimes",
  "contactMethod",
  "saveToProfile",
];

/**
 * Who acts on a request page: the signed-in tenant, or (on the tracking page, whose forms carry
 * the link's token) the holder of that one work order's tracking link. Answers go back to that page.
 */
async function follower(formData: FormData): Promise<{ caller: Caller; page: (n: number) => string }> {
  const token = formData.get("token");
  if (typeof token === "string" && token)
    return { caller: await linkHolder(token, requestTime()), page: () => `/t/${token}` };
  return { caller: await requireActor("request:view-own"), page: (n) => `/requests/${n}` };
}

export type RequestFormState = ActionState & {
  values?: Record<string, string>;
  kept?: { id: string; fileName: string }[];
};

export async function createRequestAction(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  // Codes are never echoed back into the page; a refused form asks for them again only if changed.
  const values = Object.fromEntries(FIELDS.map((k) => [k, String(formData.get(k) ?? "")]));
  const parsed = requestSchema.safeParse({
    ...values,
    categoryId: values.categoryId || undefined,
    severity: values.severity || undefined,
  });
  const access = accessSchema.safeParse({
    permissionToEnter: values.permissionToEnter === "on",
    gateCode: String(formData.get("gateCode") ?? ""),
    lockboxCode: String(formData.get("lockboxCode") ?? ""),
    pets: values.pets,
    preferredTimes: values.preferredTimes,
    contactMethod: values.contactMethod || undefined,
    saveToProfile: values.saveToProfile === "on",
  });
  // Who is asking first: files are only opened, and kept as drafts, for someone allowed to report.
  let actor: Actor;
  try {
    actor = await requireActor("request:create");
  } catch (err) {
    return { ...toActionState(err), values };
  }
  const now = requestTime();
  const { photos, errors: photoErrors } = await readPhotos(formData, (await listDrafts(values.idempotencyKey)).length);
  if (!parsed.success || !access.success || photoErrors.length) {
    const fieldErrors: FieldErrors = {
      ...(parsed.success ? {} : parsed.error.flatten().fieldErrors),
      ...(access.success ? {} : access.error.flatten().fieldErrors),
      ...(photoErrors.length ? { photos: photoErrors } : {}),
    };
    const kept = await saveDrafts({ key: values.idempotencyKey, photos, by: { userId: actor.userId }, now });
    if ("refused" in kept) fieldErrors.photos = [...(fieldErrors.photos ?? []), kept.refused];
    return {
      ok: false,
      values,
      message: "common.checkFields",
      fieldErrors,
      kept: await listDrafts(values.idempotencyKey),
    };
  }
  let trackingNumber: number;
  try {
    trackingNumber = (
      await createWorkOrder({
        reporter: { actor },
        input: { ...parsed.data, access: access.data },
        photos,
        locale: (await getT()).locale,
        now,
      })
    ).trackingNumber;
  } catch (err) {
    return { ...toActionState(err), values };
  }
  revalidatePath("/requests");
  redirect(`/requests/${trackingNumber}?submitted=1`);
}

export async function tenantCancelAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const reason = reasonSchema.safeParse(formData.get("reason"));
  if (!reason.success) return { ok: false, fieldErrors: { reason: reason.error.issues.map((i) => i.message) } };
  const number = versionSchema.safeParse(formData.get("trackingNumber"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!number.success || !version.success) return { ok: false, message: "common.outOfDate" };
  let back: string;
  try {
    const { caller: actor, page: pageOf } = await follower(formData);
    back = pageOf(number.data);
    await changeStatus({
      actor,
      trackingNumber: number.data,
      version: version.data,
      change: { to: "CANCELLED", reason: reason.data },
      now: requestTime(),
    });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(back);
  redirect(back);
}

/** "This fixed it": a button inside the request form (formAction), so it works before JavaScript too. */
export async function selfHelpFixedAction(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const values = Object.fromEntries(FIELDS.map((k) => [k, String(formData.get(k) ?? "")]));
  try {
    const actor = await requireActor("request:create");
    await recordSelfHelp({
      actor,
      categoryId: values.categoryId,
      description: values.description,
      severity: values.severity,
      now: requestTime(),
    });
  } catch (err) {
    return { ...toActionState(err), values };
  }
  redirect("/requests?fixed=1");
}

/** "Add to my open request instead": what the tenant wrote becomes a message on it, no duplicate. */
export async function addToExistingAction(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const values = Object.fromEntries(FIELDS.map((k) => [k, String(formData.get(k) ?? "")]));
  const description = requestSchema.shape.description.safeParse(values.description);
  if (!description.success)
    return {
      ok: false,
      values,
      message: "common.checkField",
      fieldErrors: { description: description.error.issues.map((i) => i.message) },
    };
  const number = versionSchema.safeParse(formData.get("existingTrackingNumber"));
  if (!number.success) return { ok: false, values, message: "err.requestNotFoundAdd" };
  try {
    const actor = await requireActor("request:view-own");
    await addTenantMessage({ actor, trackingNumber: number.data, body: description.data, now: requestTime() });
  } catch (err) {
    return { ...toActionState(err), values };
  }
  revalidatePath(`/requests/${number.data}`);
  redirect(`/requests/${number.data}?added=1`);
}

/** A message from the tenant on their own request. */
export async function tenantMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const body = z
    .string()
    .trim()
    .min(2, "v.message")
    .max(5000, "v.messageLong")
    .safeParse(formData.get("body") ?? "");
  const number = versionSchema.safeParse(formData.get("trackingNumber"));
  if (!number.success) return { ok: false, message: "common.outOfDate" };
  if (!body.success) return { ok: false, fieldErrors: { body: body.error.issues.map((i) => i.message) } };
  let back: string;
  try {
    const { caller: actor, page: pageOf } = await follower(formData);
    back = pageOf(number.data);
    await addTenantMessage({ actor, trackingNumber: number.data, body: body.data, now: requestTime() });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(back);
  redirect(`${back}?sent=1`);
}

/** After the work: "Yes, it's fixed" closes it; "No, still a problem" reopens it with the reason. */
export async function tenantConfirmAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const number = versionSchema.safeParse(formData.get("trackingNumber"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!number.success || !version.success) return { ok: false, message: "common.outOfDate" };
  const fixed = formData.get("answer") === "fixed";
  const reason = fixed ? null : reasonSchema.safeParse(formData.get("reason") ?? "");
  if (reason && !reason.success) return { ok: false, fieldErrors: { reason: ["v.notFixed"] } };
  let back: string;
  try {
    const { caller: actor, page: pageOf } = await follower(formData);
    back = pageOf(number.data);
    await changeStatus({
      actor,
      trackingNumber: number.data,
      version: version.data,
      change: fixed ? { to: "CLOSED" } : { to: "ASSIGNED", reason: reason!.data!, reopen: true },
      now: requestTime(),
    });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(back);
  redirect(back);
}

export async function rateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const number = versionSchema.safeParse(formData.get("trackingNumber"));
  if (!number.success) return { ok: false, message: "common.outOfDate" };
  const rating = z.coerce.number().int().min(1).max(5).safeParse(formData.get("rating"));
  const comment = z
    .string()
    .trim()
    .max(2000, "v.commentLong")
    .safeParse(formData.get("comment") ?? "");
  if (!rating.success || !comment.success) {
    return {
      ok: false,
      fieldErrors: {
        ...(rating.success ? {} : { rating: ["v.rating"] }),
        ...(comment.success ? {} : { comment: comment.error.issues.map((i) => i.message) }),
      },
    };
  }
  let back: string;
  try {
    const { caller: actor, page: pageOf } = await follower(formData);
    back = pageOf(number.data);
    await rateWorkOrder({
      actor,
      trackingNumber: number.data,
      rating: rating.data,
      comment: comment.data,
      now: requestTime(),
    });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(back);
  redirect(back);
}

/** "Can't make this time?": the tenant proposes other times for the visit. */
export async function rescheduleRequestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const number = versionSchema.safeParse(formData.get("trackingNumber"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!number.success || !version.success) return { ok: false, message: "common.outOfDate" };
  const times = timesSchema.safeParse(formData.get("times") ?? "");
  const reason = z
    .string()
    .trim()
    .max(1000, "v.reasonLong")
    .safeParse(formData.get("reason") ?? "");
  if (!times.success || !reason.success) {
    return {
      ok: false,
      fieldErrors: {
        ...(times.success ? {} : { times: times.error.issues.map((i) => i.message) }),
        ...(reason.success ? {} : { reason: reason.error.issues.map((i) => i.message) }),
      },
    };
  }
  let back: string;
  try {
    const { caller: actor, page: pageOf } = await follower(formData);
    back = pageOf(number.data);
    await requestReschedule({
      actor,
      trackingNumber: number.data,
      version: version.data,
      times: times.data,
      reason: reason.data || undefined,
      now: requestTime(),
    });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(back);
  redirect(`${back}?rescheduled=1`);
}

/** "Show my saved code": the tenant's own code, read on a tap, never rendered into the page. */
export async function revealOwnCodeAction(which: string): Promise<{ code: string | null }> {
  if (which !== "gateCode" && which !== "lockboxCode") return { code: null };
  const actor = await requireActor("request:create");
  return { code: await revealOwnCode(actor, which) };
}

/** More photos or a video on an open request (plain file input: works before JavaScript). */
export async function addPhotosAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const number = versionSchema.safeParse(formData.get("trackingNumber"));
  if (!number.success) return { ok: false, message: "common.outOfDate" };
  let back: string;
  try {
    // Who is asking first: files are only opened and re-encoded for someone allowed to add them.
    const { caller: actor, page: pageOf } = await follower(formData);
    back = pageOf(number.data);
    const { photos, errors } = await readPhotos(formData);
    if (errors.length) return { ok: false, fieldErrors: { photos: errors } };
    if (photos.length === 0) return { ok: false, fieldErrors: { photos: ["actions.choosePhotos"] } };
    await addPhotos({ actor, trackingNumber: number.data, files: photos, now: requestTime() });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(back);
  redirect(`${back}?photos=1`);
}

/** A new gate or lockbox code for an open request: written encrypted, never echoed back. */
export async function updateCodesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const number = versionSchema.safeParse(formData.get("trackingNumber"));
  if (!number.success) return { ok: false, message: "common.outOfDate" };
  const codes = accessSchema.pick({ gateCode: true, lockboxCode: true }).safeParse({
    gateCode: String(formData.get("gateCode") ?? ""),
    lockboxCode: String(formData.get("lockboxCode") ?? ""),
  });
  if (!codes.success)
    return { ok: false, message: "common.checkField", fieldErrors: codes.error.flatten().fieldErrors };
  let back: string;
  try {
    const { caller: actor, page: pageOf } = await follower(formData);
    back = pageOf(number.data);
    await updateAccessCodes({
      actor,
      trackingNumber: number.data,
      change: { ...codes.data, saveToProfile: formData.get("saveToProfile") === "on" },
      now: requestTime(),
    });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(back);
  redirect(`${back}?codes=1`);
}
