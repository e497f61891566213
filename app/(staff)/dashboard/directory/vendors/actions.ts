"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failed, invalid, type FormState } from "@/lib/directory/form-state";
import { saveVendor } from "@/lib/directory/save-vendor";
import { vendorSchema } from "@/lib/directory/schemas";

export async function saveVendorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const f = (k: string) => String(formData.get(k) ?? "");
  const vendorId = f("vendorId") || undefined;
  // Each category row posts rank-<categoryId>; blank means "does not serve it".
  const categories = [...formData.keys()].filter((k) => k.startsWith("rank-") && f(k).trim() !== "").map((k) => ({ categoryId: k.slice(5), rank: f(k) }));
  const parsed = vendorSchema.safeParse({
    ...Object.fromEntries(["company", "contactName", "email", "phone", "hourlyRateCents", "callOutFeeCents", "insuranceNumber", "insuranceExpiresAt", "licenceNumber", "licenceExpiresAt", "capacity", "active"].map((k) => [k, formData.get(k) ?? undefined])),
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
