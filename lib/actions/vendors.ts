"use server";
// The vendor directory's actions: who (vendors:edit), the fields, the use case, then the list or the
// vendor's page again.
import { z } from "zod";
import { formAction, staff } from "@/lib/actions/define";
import { msg } from "@/lib/i18n/translate";
import { saveVendor } from "@/lib/directory/save-vendor";
import { vendorSchema } from "@/lib/directory/schemas";
import { paperUpload } from "@/lib/vendors/compliance-form";
import { sendPapersLink } from "@/lib/vendors/compliance-send-link";
import { uploadVendorDocument } from "@/lib/vendors/compliance-upload";

const vendorId = z.string().default("");

export const saveVendorAction = formAction({
  who: staff("vendors:edit"),
  input: vendorSchema.extend({ vendorId }),
  read: (formData) => {
    const f = (k: string) => String(formData.get(k) ?? "");
    return {
      ...Object.fromEntries(
        Object.keys(vendorSchema.shape)
          .filter((k) => k !== "categories")
          .map((k) => [k, formData.get(k) ?? undefined]),
      ),
      vendorId: f("vendorId"),
      // Each category row posts rank-<categoryId>; blank means "does not serve it".
      categories: [...formData.keys()]
        .filter((k) => k.startsWith("rank-") && f(k).trim() !== "")
        .map((k) => ({ categoryId: k.slice(5), rank: f(k) })),
    };
  },
  run: async ({ caller, input: { vendorId, ...input }, now }) => {
    await saveVendor({ now, actor: caller, vendorId: vendorId || undefined, input });
    return { revalidate: ["/dashboard/directory/vendors"], redirect: "/dashboard/directory/vendors?saved=1" };
  },
});

/** "Send upload link": the vendor is emailed a fresh link for their papers. */
export const sendPapersLinkAction = formAction({
  who: staff("vendors:edit"),
  input: z.object({ vendorId }),
  run: async ({ caller, input, now }) => {
    const { sentTo } = await sendPapersLink({ actor: caller, vendorId: input.vendorId, now });
    return { state: { ok: true, message: msg("vendor.linkSent", { to: sentTo }) } };
  },
});

/** Staff upload a vendor's paper themselves (received by post or email); the file is read by the use case. */
export const uploadVendorPaperAction = formAction({
  who: staff("vendors:edit"),
  input: z.object({ vendorId }),
  run: async ({ caller, input: { vendorId }, formData, now }) => {
    const { input } = paperUpload(formData);
    await uploadVendorDocument({ by: { actor: caller, vendorId }, input, now });
    const paper = input.kind === "LICENCE" ? "LICENCE" : "INSURANCE";
    return {
      revalidate: ["/dashboard/directory/vendors"],
      redirect: `/dashboard/directory/vendors/${encodeURIComponent(vendorId)}?paper=${paper}`,
    };
  },
});
