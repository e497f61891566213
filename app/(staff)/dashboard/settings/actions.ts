"use server";
// Settings actions: parse, call the use case, revalidate. Each checks the admin role itself.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { failed, formValues, invalid, type FormState } from "@/lib/directory/form-state";
import { chosen } from "@/lib/directory/intake-link";
import { categorySchema, orgSchema, phone, slaTargetSchema } from "@/lib/directory/schemas";
import { deleteAutoAssignRule, saveAutoAssignRule } from "@/lib/settings/save-auto-assign-rule";
import { moveCategory, saveCategory, setCategoryActive } from "@/lib/settings/save-category";
import { saveHolidays } from "@/lib/settings/save-holidays";
import { saveOnCall } from "@/lib/settings/save-on-call";
import { saveOrganization } from "@/lib/settings/save-organization";
import { saveSlaTarget } from "@/lib/settings/save-sla-target";
import { fieldError } from "@/lib/directory/guard";

const s = (fd: FormData, k: string) => String(fd.get(k) ?? "");
const done = (message: string, fd: FormData): FormState => {
  revalidatePath("/", "layout"); // the brand colour and names show everywhere
  return { ok: true, message, values: formValues(fd) };
};

export async function saveOrganizationAction(_p: FormState, fd: FormData): Promise<FormState> {
  const parsed = orgSchema.safeParse({
    ...Object.fromEntries(
      [
        "name",
        "logoUrl",
        "brandColor",
        "timeZone",
        "autoCloseDays",
        "emergencyHotline",
        "afterHoursInstructions",
        "quietHoursStartMinute",
        "quietHoursEndMinute",
      ].map((k) => [k, s(fd, k)]),
    ),
    workingDays: chosen(fd, "workingDays"),
  });
  if (!parsed.success) return invalid(parsed.error, fd);
  try {
    const actor = await requireActor("settings:edit");
    await saveHolidays({ actor, text: s(fd, "holidays") });
    await saveOrganization({ actor, input: parsed.data });
  } catch (err) {
    return failed(err, fd);
  }
  return done("Organisation saved.", fd);
}

export async function saveSlaAction(_p: FormState, fd: FormData): Promise<FormState> {
  const parsed = slaTargetSchema.safeParse({
    priority: s(fd, "priority"),
    responseHours: s(fd, "responseHours"),
    resolutionHours: s(fd, "resolutionHours"),
    businessTime: fd.get("businessTime") ?? "",
  });
  if (!parsed.success) return invalid(parsed.error, fd);
  try {
    await saveSlaTarget({ actor: await requireActor("settings:edit"), input: parsed.data });
  } catch (err) {
    return failed(err, fd);
  }
  return done(`${parsed.data.priority.toLowerCase()} targets saved.`, fd);
}

export async function saveCategoryAction(_p: FormState, fd: FormData): Promise<FormState> {
  const parsed = categorySchema.safeParse({
    name: s(fd, "name"),
    examples: s(fd, "examples"),
    tips: s(fd, "tips"),
    defaultPriority: s(fd, "defaultPriority"),
  });
  if (!parsed.success) return invalid(parsed.error, fd);
  try {
    await saveCategory({
      actor: await requireActor("settings:edit"),
      categoryId: s(fd, "categoryId") || undefined,
      input: parsed.data,
    });
  } catch (err) {
    return failed(err, fd);
  }
  return s(fd, "categoryId") ? done("Category saved.", fd) : { ...done("Category added.", fd), values: undefined };
}

export async function categoryOrderAction(fd: FormData): Promise<void> {
  const actor = await requireActor("settings:edit");
  const op = s(fd, "op");
  if (op === "up" || op === "down") await moveCategory({ actor, categoryId: s(fd, "categoryId"), direction: op });
  else await setCategoryActive({ actor, categoryId: s(fd, "categoryId"), active: op === "activate" });
  revalidatePath("/dashboard/settings");
}

export async function saveOnCallAction(_p: FormState, fd: FormData): Promise<FormState> {
  try {
    const contacts = s(fd, "contacts")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((line, i) => {
        const [name, num] = line.split(",").map((x) => x.trim());
        const ok = phone.safeParse(num ?? "");
        if (!name || !ok.success)
          throw fieldError("contacts", `Line ${i + 1}: write a name, a comma and a phone number.`);
        return { name, phone: ok.data };
      });
    await saveOnCall({ actor: await requireActor("settings:edit"), propertyId: s(fd, "propertyId"), contacts });
  } catch (err) {
    return failed(err, fd);
  }
  return done("On-call chain saved.", fd);
}

export async function saveRuleAction(_p: FormState, fd: FormData): Promise<FormState> {
  try {
    if (!s(fd, "categoryId")) throw fieldError("categoryId", "Choose a category.");
    if (!s(fd, "vendorId")) throw fieldError("vendorId", "Choose a vendor.");
    await saveAutoAssignRule({
      actor: await requireActor("settings:edit"),
      input: {
        categoryId: s(fd, "categoryId"),
        propertyId: s(fd, "propertyId") || undefined,
        vendorId: s(fd, "vendorId"),
      },
    });
  } catch (err) {
    return failed(err, fd);
  }
  return { ...done("Rule saved.", fd), values: undefined };
}

export async function deleteRuleAction(fd: FormData): Promise<void> {
  await deleteAutoAssignRule({ actor: await requireActor("settings:edit"), ruleId: s(fd, "ruleId") });
  revalidatePath("/dashboard/settings");
}
