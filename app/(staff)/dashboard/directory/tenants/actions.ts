"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failed, invalid, type FormState } from "@/lib/directory/form-state";
import { saveTenant } from "@/lib/directory/save-tenant";
import { tenantSchema } from "@/lib/directory/schemas";

const FIELDS = [
  "name",
  "email",
  "phone",
  "unitId",
  "contactMethod",
  "permissionToEnter",
  "pets",
  "preferredTimes",
  "gateCode",
  "lockboxCode",
  "clearGateCode",
  "clearLockboxCode",
];

export async function saveTenantAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = tenantSchema.safeParse(Object.fromEntries(FIELDS.map((k) => [k, fd.get(k) ?? undefined])));
  if (!parsed.success) return invalid(parsed.error, fd);
  let propertyId: string;
  try {
    const actor = await requireActor("directory:edit");
    const saved = await saveTenant({
      actor,
      tenantId: String(fd.get("tenantId") ?? "") || undefined,
      input: parsed.data,
    });
    propertyId = saved.propertyId;
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath(`/dashboard/directory/properties/${propertyId}`);
  redirect(`/dashboard/directory/properties/${propertyId}?saved=tenant`);
}
