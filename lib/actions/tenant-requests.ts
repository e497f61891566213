"use server";
// The tenant's actions. Each: who (the signed-in tenant, or the holder of one work order's tracking
// link), the fields, the use case, then back to the request's page.
import { z } from "zod";
import { requireActor, type Actor, type Caller } from "@/lib/auth/session";
import type { ProcessedFile } from "@/lib/uploads/process-file";
import { listDrafts, saveDrafts } from "@/lib/uploads/drafts";
import { readPhotos } from "@/lib/uploads/from-form";
import type { ActionState } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { formAction, staff, tapAction, textFields, type Gate } from "@/lib/actions/define";
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

export type RequestFormState = ActionState & {
  values?: Record<string, string>;
  kept?: { id: string; fileName: string }[];
};

type Follower = { caller: Caller; page: (n: number) => string };

/**
 * Who acts on a request page: the signed-in tenant, or (on the tracking page, whose forms carry
 * the link's token) the holder of that one work order's tracking link. Answers go back to that page.
 */
const follower: Gate<Follower> = async (formData, now) => {
  const token = formData.get("token");
  if (typeof token === "string" && token) return { caller: await linkHolder(token, now), page: () => `/t/${token}` };
  return { caller: await requireActor("request:view-own"), page: (n) => `/requests/${n}` };
};

const head = { trackingNumber: versionSchema };
const optional = (s: string | undefined) => s || undefined;

type Step<F> = F & { actor: Caller; trackingNumber: number; now: Date };

/** A step on one request by its follower; back to its page with `?notice` when given. */
function followerAction<S extends z.ZodRawShape>(
  fields: S,
  act: (a: Step<z.infer<z.ZodObject<S>>>) => Promise<unknown>,
  notice = "",
) {
  return formAction({
    who: follower,
    input: z.object({ ...head, ...fields }),
    run: async ({ caller, input, now }) => {
      const trackingNumber = (input as { trackingNumber: number }).trackingNumber;
      await act(Object.assign({}, input as z.infer<z.ZodObject<S>>, { actor: caller.caller, trackingNumber, now }));
      const back = caller.page(trackingNumber);
      return { revalidate: [back], redirect: `${back}${notice}` };
    },
  });
}

// The request form: its text fields, and access for the visit (a blank code keeps the profile's).
const requestFields = requestSchema.omit({ unitId: true }).extend(accessSchema.shape);
function readRequest(formData: FormData) {
  const v = textFields(formData);
  return {
    ...v,
    categoryId: optional(v.categoryId),
    severity: optional(v.severity),
    contactMethod: optional(v.contactMethod),
    permissionToEnter: v.permissionToEnter === "on",
    saveToProfile: v.saveToProfile === "on",
    gateCode: v.gateCode ?? "",
    lockboxCode: v.lockboxCode ?? "",
    pets: v.pets ?? "",
    preferredTimes: v.preferredTimes ?? "",
  };
}

export const createRequestAction = formAction<Actor, z.infer<typeof requestFields>, RequestFormState, ProcessedFile[]>({
  who: staff("request:create"),
  input: requestFields,
  read: readRequest,
  // Files are only opened, and kept as drafts, for someone allowed to report.
  files: async ({ formData }) => {
    const key = String(formData.get("idempotencyKey") ?? "");
    const { photos, errors } = await readPhotos(formData, (await listDrafts(key)).length);
    return { value: photos, fieldErrors: errors.length ? { photos: errors } : {} };
  },
  // A refused form keeps its photos for the next try (codes are never echoed back).
  onRefusal: async ({ caller, files, formData, now, state }) => {
    const key = String(formData.get("idempotencyKey") ?? "");
    const kept = await saveDrafts({ key, photos: files ?? [], by: { userId: caller.userId }, now });
    const fieldErrors = { ...state.fieldErrors };
    if ("refused" in kept) fieldErrors.photos = [...(fieldErrors.photos ?? []), kept.refused];
    return { fieldErrors, kept: await listDrafts(key) };
  },
  run: async ({ caller, input, files, now }) => {
    const { idempotencyKey, categoryId, severity, description, ...access } = input;
    const { trackingNumber } = await createWorkOrder({
      reporter: { actor: caller },
      input: { idempotencyKey, categoryId, severity, description, access },
      photos: files,
      locale: (await getT()).locale,
      now,
    });
    return { revalidate: ["/requests"], redirect: `/requests/${trackingNumber}?submitted=1` };
  },
});

/** "This fixed it": a button inside the request form (formAction), so it works before JavaScript too. */
export const selfHelpFixedAction = formAction({
  who: staff("request:create"),
  input: z.object({
    categoryId: z.string().default(""),
    description: z.string().default(""),
    severity: z.string().default(""),
  }),
  run: async ({ caller, input, now }) => {
    await recordSelfHelp({ actor: caller, ...input, now });
    return { redirect: "/requests?fixed=1" };
  },
});

/** "Add to my open request instead": what the tenant wrote becomes a message on it, no duplicate. */
export const addToExistingAction = formAction({
  who: staff("request:view-own"),
  input: z.object({ existingTrackingNumber: versionSchema, description: requestSchema.shape.description }),
  run: async ({ caller, input, now }) => {
    const n = input.existingTrackingNumber;
    await addTenantMessage({ actor: caller, trackingNumber: n, body: input.description, now });
    return { revalidate: [`/requests/${n}`], redirect: `/requests/${n}?added=1` };
  },
});

export const tenantCancelAction = followerAction({ version: versionSchema, reason: reasonSchema }, (a) =>
  changeStatus({ ...a, change: { to: "CANCELLED", reason: a.reason } }),
);

/** A message from the tenant on their own request. */
export const tenantMessageAction = followerAction(
  { body: z.string().trim().min(2, "v.message").max(5000, "v.messageLong") },
  (a) => addTenantMessage(a),
  "?sent=1",
);

/** After the work: "Yes, it's fixed" closes it; "No, still a problem" reopens it with the reason. */
export const tenantConfirmAction = formAction({
  who: follower,
  input: z
    .object({ ...head, version: versionSchema, answer: z.string().default(""), reason: z.string().default("") })
    .superRefine((v, ctx) => {
      if (v.answer !== "fixed" && !reasonSchema.safeParse(v.reason).success)
        ctx.addIssue({ code: "custom", path: ["reason"], message: "v.notFixed" });
    }),
  run: async ({ caller, input, now }) => {
    await changeStatus({
      actor: caller.caller,
      trackingNumber: input.trackingNumber,
      version: input.version,
      change:
        input.answer === "fixed" ? { to: "CLOSED" } : { to: "ASSIGNED", reason: input.reason.trim(), reopen: true },
      now,
    });
    const back = caller.page(input.trackingNumber);
    return { revalidate: [back], redirect: back };
  },
});

export const rateAction = followerAction(
  {
    rating: z.coerce.number("v.rating").int("v.rating").min(1, "v.rating").max(5, "v.rating"),
    comment: z.string().trim().max(2000, "v.commentLong").default(""),
  },
  (a) => rateWorkOrder(a),
);

/** "Can't make this time?": the tenant proposes other times for the visit. */
export const rescheduleRequestAction = followerAction(
  { version: versionSchema, times: timesSchema, reason: z.string().trim().max(1000, "v.reasonLong").default("") },
  (a) => requestReschedule({ ...a, reason: a.reason || undefined }),
  "?rescheduled=1",
);

/** More photos or a video on an open request (plain file input: works before JavaScript). */
export const addPhotosAction = formAction({
  who: follower,
  input: z.object(head),
  // Files are only opened and re-encoded for someone allowed to add them.
  files: async ({ formData }) => {
    const { photos, errors } = await readPhotos(formData);
    if (errors.length) return { value: photos, fieldErrors: { photos: errors } };
    return { value: photos, fieldErrors: photos.length ? {} : { photos: ["actions.choosePhotos"] } };
  },
  run: async ({ caller, input, files, now }) => {
    await addPhotos({ actor: caller.caller, trackingNumber: input.trackingNumber, files, now });
    const back = caller.page(input.trackingNumber);
    return { revalidate: [back], redirect: `${back}?photos=1` };
  },
});

/** A new gate or lockbox code for an open request: written encrypted, never echoed back. */
export const updateCodesAction = followerAction(
  {
    gateCode: accessSchema.shape.gateCode.default(""),
    lockboxCode: accessSchema.shape.lockboxCode.default(""),
    saveToProfile: z
      .string()
      .default("")
      .transform((v) => v === "on"),
  },
  ({ gateCode, lockboxCode, saveToProfile, ...a }) =>
    updateAccessCodes({ ...a, change: { gateCode, lockboxCode, saveToProfile } }),
  "?codes=1",
);

/** "Show my saved code": the tenant's own code, read on a tap, never rendered into the page. */
export const revealOwnCodeAction = tapAction({
  who: staff("request:create"),
  input: z.object({ which: z.enum(["gateCode", "lockboxCode"]) }),
  run: async ({ caller, input }) => ({ result: { code: await revealOwnCode(caller, input.which) } }),
});
