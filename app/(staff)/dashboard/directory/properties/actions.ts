"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { assignManagers } from "@/lib/directory/assign-managers";
import { chosen } from "@/lib/directory/intake-link";
import { failed, formValues, invalid, type FormState } from "@/lib/directory/form-state";
import { saveProperty } from "@/lib/directory/save-property";
import { saveUnit } from "@/lib/directory/save-unit";
import { savePropertyThresholds } from "@/lib/directory/save-property-thresholds";
import { propertySchema, unitSchema } from "@/lib/directory/schemas";
import { propertyThresholdSchema } from "@/lib/directory/approval-schemas";

const str = (fd: FormData, k: string) => String(fd.get(k) ?? "");

export async function savePropertyAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const propertyId = str(fd, "propertyId") || undefined;
  const parsed = propertySchema.safeParse({
    name: str(fd, "name"),
    address: str(fd, "address"),
    slug: str(fd, "slug"),
    ownerId: str(fd, "ownerId"),
  });
  if (!parsed.success) return invalid(parsed.error, fd);
  let id: string;
  try {
    const actor = await requireActor(propertyId ? "directory:edit" : "managers:assign");
    id = (await saveProperty({ actor, propertyId, input: parsed.data })).id;
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath("/dashboard/directory");
  redirect(`/dashboard/directory/properties/${id}?saved=property`);
}

export async function saveUnitAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const propertyId = str(fd, "propertyId");
  const parsed = unitSchema.safeParse({ label: str(fd, "label"), floor: str(fd, "floor") });
  if (!parsed.success) return invalid(parsed.error, fd);
  try {
    const actor = await requireActor("directory:edit");
    await saveUnit({ actor, propertyId, unitId: str(fd, "unitId") || undefined, input: parsed.data });
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath(`/dashboard/directory/properties/${propertyId}`);
  return { ok: true, message: `Unit ${parsed.data.label} saved.` };
}

export async function assignManagersAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const propertyId = str(fd, "propertyId");
  try {
    const actor = await requireActor("managers:assign");
    await assignManagers({ actor, propertyId, managerIds: chosen(fd, "managerIds") });
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath(`/dashboard/directory/properties/${propertyId}`);
  return { ok: true, message: "Managers saved.", values: formValues(fd) };
}

export async function savePropertyThresholdsAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const propertyId = str(fd, "propertyId");
  const parsed = propertyThresholdSchema.safeParse({
    managerLimit: str(fd, "managerLimit"),
    ownerLimit: str(fd, "ownerLimit"),
  });
  if (!parsed.success) return invalid(parsed.error, fd);
  try {
    await savePropertyThresholds({ actor: await requireActor("settings:edit"), propertyId, input: parsed.data });
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath(`/dashboard/directory/properties/${propertyId}`);
  return {
    ok: true,
    message: "Approval limits saved. New and changed estimates on this property use them.",
    values: formValues(fd),
  };
}
