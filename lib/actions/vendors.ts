"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failed, invalid, type FormState } from "@/lib/directory/form-state";
import { saveVendor } from "@/lib/directory/save-vendor";
import { vendorSchema } from "@/lib/directory/schemas";
import { toActionState, type ActionState } from "@/lib/errors";
import { paperUpload } from "@/lib/vendors/compliance-form";
import { sendPapersLink } from "@/lib/vendors/compliance-send-link";
import { uploadVendorDocument } from "@/lib/vendors/compliance-upload";
import { requestTime } from "@/lib/actions/request-time";

export async function saveVendorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const f = (k: string) => String(formData.get(k) ?? "");
  const vendorId = f("vendorId") || undefined;
  // Each category row posts rank-<categoryId>; blank means "does not serve it".
  const categories = [...formData.keys()]
    .filter((k) => k.startsWith("rank-") && f(k).trim() !== "")
    .map((k) => ({ categoryId: k.slice(5), rank: f(k) }));
  const parsed = vendorSchema.safeParse({
    ...Object.fromEntries(
      [
        "company",
        "contactName",
        "email",
        "phone",
        "hourlyRateCents",
        "callOutFeeCents",
        "insuranceNumber",
        "insuranceExpiresAt",
        "licenceNumber",
        "licenceExpiresAt",
        "capacity",
        "active",
      ].map((k) => [k, formData.get(k) ?? undefined]),
    ),
    categories,
  });
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    const actor = await requireActor("vendors:edit");
    await saveVendor({ actor, vendorId, input: parsed.data });
  } catch (err) {
    return failed(err, formData);
  }
  revalidatePath("/dashboard/directory/vendors");
  redirect("/dashboard/directory/vendors?saved=1");
}

/** "Send upload link": the vendor is emailed a fresh link for their papers. */
export async function sendPapersLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActor("vendors:edit");
    const { sentTo } = await sendPapersLink({
      actor,
      vendorId: String(formData.get("vendorId") ?? ""),
      now: requestTime(),
    });
    return {
      ok: true,
      message: `Upload link sent to ${sentTo}. It works for 30 days; any earlier link no longer does.`,
    };
  } catch (err) {
    return toActionState(err);
  }
}

/** Staff upload a vendor's paper themselves (received by post or email). */
export async function uploadVendorPaperAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const vendorId = String(formData.get("vendorId") ?? "");
  const { input, values } = paperUpload(formData);
  try {
    const actor = await requireActor("vendors:edit");
    await uploadVendorDocument({ by: { actor, vendorId }, input, now: requestTime() });
  } catch (err) {
    return { ...toActionState(err), values };
  }
  revalidatePath("/dashboard/directory/vendors");
  redirect(
    `/dashboard/directory/vendors/${encodeURIComponent(vendorId)}?paper=${input.kind === "LICENCE" ? "LICENCE" : "INSURANCE"}`,
  );
}
