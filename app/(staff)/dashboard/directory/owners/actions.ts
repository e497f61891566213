"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failed, invalid, type FormState } from "@/lib/directory/form-state";
import { saveOwner } from "@/lib/directory/save-owner";
import { ownerSchema } from "@/lib/directory/schemas";

export async function saveOwnerAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = ownerSchema.safeParse(Object.fromEntries(["name", "email", "phone", "secondContactEmail"].map((k) => [k, fd.get(k) ?? undefined])));
  if (!parsed.success) return invalid(parsed.error, fd);
  try {
    const actor = await requireActor("owners:edit");
    await saveOwner({ actor, ownerId: String(fd.get("ownerId") ?? "") || undefined, input: parsed.data });
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath("/dashboard/directory/owners");
  redirect("/dashboard/directory/owners?saved=1");
}
