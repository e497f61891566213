"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { RequestFormState } from "@/lib/actions/tenant-requests";
import { listDrafts, qrFormProperty, saveDrafts } from "@/lib/uploads/drafts";
import { readPhotos } from "@/lib/uploads/from-form";
import { toActionState } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { accessSchema, requestSchema } from "@/lib/work-orders/schemas";
import { requestTime } from "@/lib/actions/request-time";

const FIELDS = [
  "idempotencyKey",
  "unitId",
  "categoryId",
  "severity",
  "description",
  "name",
  "email",
  "phone",
  "permissionToEnter",
  "contactMethod",
  "propertySlug",
];

const visitorSchema = z
  .object({
    name: z.string().trim().min(2, "v.name").max(100, "v.nameLong"),
    email: z.union([z.literal(""), z.email({ message: "v.email" })]),
    phone: z.union([
      z.literal(""),
      z
        .string()
        .trim()
        .regex(/^\+?[\d\s().-]{7,20}$/, "v.phone"),
    ]),
  })
  .refine((v) => v.email || v.phone, { message: "v.reachable", path: ["email"] });

/** A report from a property's QR code, without an account. */
export async function visitorRequestAction(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const values = Object.fromEntries(FIELDS.map((k) => [k, String(formData.get(k) ?? "")]));
  const parsed = requestSchema.safeParse({
    ...values,
    unitId: values.unitId || undefined,
    categoryId: values.categoryId || undefined,
    severity: values.severity || undefined,
  });
  const visitor = visitorSchema.safeParse(values);
  const access = accessSchema.safeParse({
    permissionToEnter: values.permissionToEnter === "on",
    gateCode: "",
    lockboxCode: "",
    pets: "",
    preferredTimes: "",
    contactMethod: values.contactMethod || (values.phone ? "SMS" : "EMAIL"),
    saveToProfile: false,
  });
  const now = requestTime();
  const { photos, errors: photoErrors } = await readPhotos(formData, (await listDrafts(values.idempotencyKey)).length);
  const fieldErrors = {
    ...(photoErrors.length ? { photos: photoErrors } : {}),
    ...(parsed.success ? {} : parsed.error.flatten().fieldErrors),
    ...(visitor.success ? {} : visitor.error.flatten().fieldErrors),
    ...(!values.unitId ? { unitId: ["v.unit"] } : {}),
  };
  if (!parsed.success || !visitor.success || !access.success || Object.keys(fieldErrors).length) {
    // Kept for the next try only on a real property's form, within its drafts caps.
    const propertyId = await qrFormProperty(values.propertySlug);
    const kept = propertyId
      ? await saveDrafts({ key: values.idempotencyKey, photos, by: { propertyId }, now })
      : { saved: [] };
    if ("refused" in kept) fieldErrors.photos = [...(fieldErrors.photos ?? []), kept.refused];
    return {
      ok: false,
      values,
      message: "common.checkFields",
      fieldErrors,
      kept: await listDrafts(values.idempotencyKey),
    };
  }
  let path: string;
  try {
    // The client's address as our server set it from the socket (scripts/server.mjs); the limits
    // (per unit, looser per address) are counted with the report itself, valid reports only.
    const address = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || undefined;
    const wo = await createWorkOrder({
      reporter: {
        visitor: {
          propertySlug: values.propertySlug,
          name: visitor.data.name,
          email: visitor.data.email || undefined,
          phone: visitor.data.phone || undefined,
          address,
        },
      },
      input: { ...parsed.data, access: access.data },
      photos,
      locale: (await getT()).locale, // their messages come in the language they reported in
      now,
    });
    path = `/t/${wo.trackingToken}?submitted=1${wo.linked ? "&linked=1" : ""}`;
  } catch (err) {
    return { ...toActionState(err), values };
  }
  redirect(path);
}
