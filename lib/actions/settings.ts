"use server";
// Settings: who (settings:edit, the admin's), the fields (lib/directory/schemas), the use case.
// A saved section keeps what was typed and says so; names and the brand colour show everywhere, so
// the whole layout is revalidated.
import { z } from "zod";
import { formAction, plainAction, staff, typedValues, withBlanks } from "@/lib/actions/define";
import { AppError, type ActionState } from "@/lib/errors";
import { msg, type Msg } from "@/lib/i18n/translate";
import { chosen } from "@/lib/directory/intake-link";
import { categorySchema, emailFooterSchema, orgSchemaWith, phone, slaTargetSchema } from "@/lib/directory/schemas";
import { orgApprovalSchema } from "@/lib/directory/approval-schemas";
import { deleteAutoAssignRule, saveAutoAssignRule } from "@/lib/settings/save-auto-assign-rule";
import { moveCategory, saveCategory, setCategoryActive } from "@/lib/settings/save-category";
import { saveApprovalSettings } from "@/lib/settings/save-approval-settings";
import { saveEmailFooter } from "@/lib/settings/save-email-footer";
import { saveHolidays } from "@/lib/settings/save-holidays";
import { saveOnCall } from "@/lib/settings/save-on-call";
import { saveOrganization } from "@/lib/settings/save-organization";
import { saveSlaTarget } from "@/lib/settings/save-sla-target";
import { saveTimings } from "@/lib/settings/save-timings";
import { reminderDaysForInput, timingsSchema } from "@/lib/timings";
import { reportRecipientsSchema, saveReportRecipients } from "@/lib/settings/save-report-recipients";

const admin = staff("settings:edit");
const text = z.string().default("");
const EVERYWHERE = ["/|layout"];

/** Saved: the message, and the form keeps what was typed (or is emptied, for a new row). */
const saved = (message: Msg, formData: FormData, keep = true) => ({
  revalidate: EVERYWHERE,
  state: { ok: true, message, values: keep ? typedValues(formData) : undefined } satisfies ActionState,
});

export const saveOrganizationAction = formAction({
  who: admin,
  input: orgSchemaWith({ holidays: text }),
  read: (formData) => ({
    ...withBlanks(
      "name",
      "logoUrl",
      "brandColor",
      "timeZone",
      "autoCloseDays",
      "emergencyHotline",
      "afterHoursInstructions",
      "quietHoursStartMinute",
      "quietHoursEndMinute",
      "workdayStartMinute",
      "workdayEndMinute",
      "holidays",
    )(formData),
    workingDays: chosen(formData, "workingDays"),
  }),
  run: async ({ caller, input: { holidays, ...input }, formData, now }) => {
    await saveHolidays({ actor: caller, now, text: holidays });
    await saveOrganization({ actor: caller, now, input });
    return saved("settings.saved.org", formData);
  },
});

export const saveSlaAction = formAction({
  who: admin,
  input: slaTargetSchema,
  read: withBlanks("priority", "responseHours", "resolutionHours", "businessTime"),
  run: async ({ caller, input, formData, now }) => {
    await saveSlaTarget({ actor: caller, now, input });
    return saved(`settings.saved.sla.${input.priority}`, formData);
  },
});

export const saveCategoryAction = formAction({
  who: admin,
  input: categorySchema.extend({ categoryId: text }),
  read: withBlanks("categoryId", "name", "examples", "tips", "defaultPriority"),
  run: async ({ caller, input: { categoryId, ...input }, formData, now }) => {
    await saveCategory({ actor: caller, now, categoryId: categoryId || undefined, input });
    return categoryId
      ? saved("settings.saved.category", formData)
      : saved("settings.saved.categoryAdded", formData, false);
  },
});

/** A category row's buttons: up, down, activate, deactivate. */
export const categoryOrderAction = plainAction({
  who: admin,
  input: z.object({ categoryId: text, op: text }),
  run: async ({ caller, input: { categoryId, op }, now }) => {
    if (op === "up" || op === "down") await moveCategory({ actor: caller, now, categoryId, direction: op });
    else await setCategoryActive({ actor: caller, now, categoryId, active: op === "activate" });
    return { revalidate: ["/dashboard/settings"] };
  },
});

export const saveOnCallAction = formAction({
  who: admin,
  input: z.object({ propertyId: text, contacts: text }),
  run: async ({ caller, input, formData, now }) => {
    const contacts = input.contacts
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((line, i) => {
        const [name, num] = line.split(",").map((x) => x.trim());
        const ok = phone.safeParse(num ?? "");
        if (!name || !ok.success)
          throw new AppError("INVALID_INPUT", "common.checkField", {
            contacts: [msg("settings.v.contactLine", { line: i + 1 })],
          });
        return { name, phone: ok.data };
      });
    await saveOnCall({ actor: caller, now, propertyId: input.propertyId, contacts });
    return saved("settings.saved.onCall", formData);
  },
});

export const saveRuleAction = formAction({
  who: admin,
  input: z.object({
    categoryId: z.string().min(1, "settings.v.category"),
    vendorId: z.string().min(1, "v.vendor"),
    propertyId: text,
  }),
  read: withBlanks("categoryId", "vendorId"),
  run: async ({ caller, input: { propertyId, ...input }, formData, now }) => {
    await saveAutoAssignRule({ actor: caller, now, input: { ...input, propertyId: propertyId || undefined } });
    return saved("settings.saved.rule", formData, false);
  },
});

export const deleteRuleAction = plainAction({
  who: admin,
  input: z.object({ ruleId: text }),
  run: async ({ caller, input, now }) => {
    await deleteAutoAssignRule({ actor: caller, now, ruleId: input.ruleId });
    return { revalidate: ["/dashboard/settings"] };
  },
});

/** The "Cost approvals" section. */
export const saveApprovalSettingsAction = formAction({
  who: admin,
  input: orgApprovalSchema,
  read: withBlanks("managerLimit", "ownerLimit", "reminderHours", "escalateHours"),
  run: async ({ caller, input, formData, now }) => {
    await saveApprovalSettings({ actor: caller, now, input });
    return {
      revalidate: ["/dashboard/settings"],
      state: {
        ok: true,
        message: "settings.saved.approvals",
        values: typedValues(formData),
      },
    };
  },
});

/** The "Timings and thresholds" section. */
export const saveTimingsAction = formAction({
  who: admin,
  input: timingsSchema,
  read: withBlanks("escalateMinutes", "atRiskPercent", "reopenDays", "callbackDays", "lookbackMonths", "reminderDays"),
  run: async ({ caller, input, formData, now }) => {
    await saveTimings({ now, actor: caller, input });
    return {
      revalidate: ["/dashboard/settings"],
      state: {
        ok: true,
        message: "settings.saved.timings",
        values: { ...typedValues(formData), reminderDays: reminderDaysForInput(input.paperReminderDays) },
      },
    };
  },
});

/** Who is emailed the monthly export (Settings → Reports). */
export const saveReportRecipientsAction = formAction({
  who: admin,
  input: z.object({ recipients: reportRecipientsSchema }),
  run: async ({ caller, input, formData, now }) => {
    await saveReportRecipients({ actor: caller, now, recipients: input.recipients });
    return saved(
      input.recipients.length
        ? msg("settings.saved.recipients", { n: input.recipients.length })
        : "settings.saved.noRecipients",
      formData,
    );
  },
});

/** What every email's footer says (Settings → Contact details and email footer). */
export const saveEmailFooterAction = formAction({
  who: admin,
  input: emailFooterSchema,
  read: withBlanks("contactPhone", "contactEmail", "contactAddress", "emailFooter"),
  run: async ({ caller, input, formData, now }) => {
    await saveEmailFooter({ actor: caller, now, input });
    return saved("settings.saved.footer", formData);
  },
});
