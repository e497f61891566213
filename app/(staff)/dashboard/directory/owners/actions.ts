"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { failed, invalid, type FormState } from "@/lib/directory/form-state";
import { saveOwner } from "@/lib/directory/save-owner";
import { ownerSchema } from "@/lib/directory/schemas";
import { ownerApprovalSchema } from "@/lib/directory/approval-schemas";

const str = (fd: FormData, k: string) => String(fd.get(k) ?? "");

export async function saveOwnerAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = ownerSchema.safeParse(
    Object.fromEntries(["name", "email", "phone", "secondContactEmail"].map((k) => [k, fd.get(k) ?? undefined])),
  );
  const approval = ownerApprovalSchema.safeParse({
    approvalLimit: str(fd, "approvalLimit"),
    deemedApprovedAfterHours: str(fd, "deemedApprovedAfterHours"),
  });
  if (!parsed.success || !approval.success) {
    // Every field's message at once, not the contacts' first and the limits' after a second try.
    const issues = [...(parsed.error?.issues ?? []), ...(approval.error?.issues ?? [])];
    return invalid(new z.ZodError(issues), fd);
  }
  try {
    const actor = await requireActor("owners:edit");
    await saveOwner({ actor, ownerId: str(fd, "ownerId") || undefined, input: parsed.data, approval: approval.data });
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath("/dashboard/directory/owners");
  redirect("/dashboard/directory/owners?saved=1");
}
