"use server";
// The "Cost approvals" settings section's action: parse, call the use case (which checks the
// admin role itself), keep what was typed either way.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { failed, formValues, invalid, type FormState } from "@/lib/directory/form-state";
import { orgApprovalSchema } from "@/lib/directory/approval-schemas";
import { saveApprovalSettings } from "@/lib/settings/save-approval-settings";

const s = (fd: FormData, k: string) => String(fd.get(k) ?? "");

export async function saveApprovalSettingsAction(_p: FormState, fd: FormData): Promise<FormState> {
  const parsed = orgApprovalSchema.safeParse({
    managerLimit: s(fd, "managerLimit"),
    ownerLimit: s(fd, "ownerLimit"),
    reminderHours: s(fd, "reminderHours"),
    escalateHours: s(fd, "escalateHours"),
  });
  if (!parsed.success) return invalid(parsed.error, fd);
  try {
    await saveApprovalSettings({ actor: await requireActor("settings:edit"), input: parsed.data });
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath("/dashboard/settings");
  return {
    ok: true,
    message: "Cost approval settings saved. New and changed estimates use them.",
    values: formValues(fd),
  };
}
