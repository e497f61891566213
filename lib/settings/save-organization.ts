// Admin edits the organisation: name, logo, brand colour, time zone, working week, auto-close,
// emergency hotline, after-hours instructions and quiet hours for texts.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { allow } from "@/lib/directory/guard";
import type { OrgInput } from "@/lib/directory/schemas";

export async function saveOrganization({ actor, input, now }: { actor: Actor; input: OrgInput; now: Date }) {
  allow(actor, "settings:edit");
  return asActor(actor, now, (tx) =>
    tx.organization.update({
      where: { id: actor.orgId },
      data: { ...input, logoUrl: input.logoUrl ?? null, workingDays: [...new Set(input.workingDays)].sort() },
    }),
  );
}
