"use server";
// A report from a property's QR code, without an account. Who: anyone (the limits are the use
// case's, counted with valid reports only); the fields; photos; then the tracking page.
import { headers } from "next/headers";
import { z } from "zod";
import type { RequestFormState } from "@/lib/actions/tenant-requests";
import { anyone, formAction, textFields } from "@/lib/actions/define";
import type { ProcessedFile } from "@/lib/uploads/process-file";
import { listDrafts, qrFormProperty, saveDrafts } from "@/lib/uploads/drafts";
import { readPhotos } from "@/lib/uploads/from-form";
import { getT } from "@/lib/i18n/server";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { recordSelfHelp } from "@/lib/work-orders/record-self-help";
import { accessSchema, requestSchema } from "@/lib/work-orders/schemas";

const visitorInput = requestSchema
  .extend({
    unitId: z.string({ message: "v.unit" }).min(1, "v.unit"),
    name: z.string().trim().min(2, "v.name").max(100, "v.nameLong"),
    email: z.union([z.literal(""), z.email({ message: "v.email" })]),
    phone: z.union([
      z.literal(""),
      z
        .string()
        .trim()
        .regex(/^\+?[\d\s().-]{7,20}$/, "v.phone"),
    ]),
    permissionToEnter: z.boolean(),
    contactMethod: accessSchema.shape.contactMethod,
    propertySlug: z.string(),
  })
  // Asked whatever else is wrong, so every message shows at once.
  .refine((v) => v.email || v.phone, { message: "v.reachable", path: ["email"], when: () => true });
type VisitorInput = z.infer<typeof visitorInput>;

function readVisitor(formData: FormData) {
  const v = textFields(formData);
  const text = (k: string) => v[k] ?? "";
  return {
    idempotencyKey: text("idempotencyKey"),
    unitId: v.unitId || undefined,
    categoryId: v.categoryId || undefined,
    severity: v.severity || undefined,
    description: text("description"),
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    permissionToEnter: v.permissionToEnter === "on",
    contactMethod: v.contactMethod || (v.phone ? "SMS" : "EMAIL"),
    propertySlug: text("propertySlug"),
  };
}

const fixedInput = z.object({
  propertySlug: z.string().regex(/^[a-z0-9-]{1,80}$/),
  unitId: z.string().max(64).default(""),
  categoryId: z.string().default(""),
  description: z.string().default(""),
  severity: z.string().default(""),
});

const keyOf = (formData: FormData) => String(formData.get("idempotencyKey") ?? "");

export const visitorRequestAction = formAction<null, VisitorInput, RequestFormState, ProcessedFile[]>({
  who: anyone,
  input: visitorInput,
  read: readVisitor,
  files: async ({ formData }) => {
    // The drafts kept from an earlier try count against the file limit; read only when files came.
    const posted = formData.getAll("photos").some((f) => typeof f === "object" && f.size > 0);
    const kept = posted ? (await listDrafts(keyOf(formData))).length : 0;
    const { photos, errors } = await readPhotos(formData, kept);
    return { value: photos, fieldErrors: errors.length ? { photos: errors } : {} };
  },
  // Kept for the next try only on a real property's form, within its drafts caps.
  onRefusal: async ({ files, formData, now, state }) => {
    const key = keyOf(formData);
    const propertyId = await qrFormProperty(formData.get("propertySlug"));
    const kept = propertyId ? await saveDrafts({ key, photos: files ?? [], by: { propertyId }, now }) : { saved: [] };
    const fieldErrors = { ...state.fieldErrors };
    if ("refused" in kept) fieldErrors.photos = [...(fieldErrors.photos ?? []), kept.refused];
    return { fieldErrors, kept: await listDrafts(key) };
  },
  run: async ({ input, files, now }) => {
    const { name, email, phone, propertySlug, permissionToEnter, contactMethod, ...request } = input;
    // The client's address as our server set it from the socket (scripts/server.mjs); the limits
    // (per unit, looser per address) are counted with the report itself, valid reports only.
    const address = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || undefined;
    const wo = await createWorkOrder({
      reporter: { visitor: { propertySlug, name, email: email || undefined, phone: phone || undefined, address } },
      input: {
        ...request,
        access: {
          permissionToEnter,
          contactMethod,
          gateCode: "",
          lockboxCode: "",
          pets: "",
          preferredTimes: "",
          saveToProfile: false,
        },
      },
      photos: files,
      locale: (await getT()).locale, // their messages come in the language they reported in
      now,
    });
    return { redirect: `/t/${wo.trackingToken}?submitted=1${wo.linked ? "&linked=1" : ""}` };
  },
});

/** "This fixed it" on a property's QR form: counted, nothing dispatched; back to the form with a word of thanks. */
export const visitorSelfHelpFixedAction = formAction<null, z.infer<typeof fixedInput>, RequestFormState>({
  who: anyone,
  input: fixedInput,
  run: async ({ input, now }) => {
    const address = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || undefined;
    const { propertySlug, unitId, ...answer } = input;
    await recordSelfHelp({ visitor: { propertySlug, unitId: unitId || undefined, address }, ...answer, now });
    return { redirect: `/r/${encodeURIComponent(propertySlug)}?fixed=1` };
  },
});
