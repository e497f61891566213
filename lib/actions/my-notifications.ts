"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { failed, formValues, type FormState } from "@/lib/directory/form-state";
import { updateMyNotificationPreferences } from "@/lib/notifications/staff-preferences";

export async function saveMyNotificationsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const f = (k: string) => String(formData.get(k) ?? "");
  try {
    const actor = await requireActor("notifications:own");
    await updateMyNotificationPreferences({
      actor,
      input: { contactMethod: f("contactMethod"), phone: f("phone"), locale: f("locale") },
    });
  } catch (err) {
    return failed(err, formData);
  }
  revalidatePath("/account/notifications");
  return { ok: true, message: "Saved: your next messages follow these choices.", values: formValues(formData) };
}
