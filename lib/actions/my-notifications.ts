"use server";
// A staff member's own notification choices: who (notifications:own), the fields (checked by the
// use case), the use case; the form keeps the choices it saved.
import { z } from "zod";
import { formAction, staff, typedValues } from "@/lib/actions/define";
import { updateMyNotificationPreferences } from "@/lib/notifications/staff-preferences";

const text = z.string().default("");

export const saveMyNotificationsAction = formAction({
  who: staff("notifications:own"),
  input: z.object({ contactMethod: text, phone: text, locale: text }),
  run: async ({ caller, input, formData, now }) => {
    await updateMyNotificationPreferences({ now, actor: caller, input });
    return {
      revalidate: ["/account/notifications"],
      state: { ok: true, message: "myNotifs.saved", values: typedValues(formData) },
    };
  },
});
