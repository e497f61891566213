// Admin edits the organisation: name, logo, brand colour, time zone, working week, auto-close,
// emergency hotline, after-hours instructions and quiet hours for texts.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow } from "@/lib/directory/guard";
import type { OrgInput } from "@/lib/directory/schemas";

export async function saveOrganization({ actor, input }: { actor: Actor; input: OrgInput }) {
  allow(actor, "settings:edit");
  return db().organization.update({
    where: { id: actor.orgId },
    data: { ...input, logoUrl: input.logoUrl ?? null, workingDays: [...new Set(input.workingDays)].sort() },
  });
}
