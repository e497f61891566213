// Admin edits what every email's footer says (issue 18): the office's phone, email and address,
// and a closing line. The office hours come from the organisation's working days and hours.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { allow } from "@/lib/directory/guard";
import type { EmailFooterInput } from "@/lib/directory/schemas";

export async function saveEmailFooter({ actor, input, now }: { actor: Actor; input: EmailFooterInput; now: Date }) {
  allow(actor, "settings:edit");
  await asActor(actor, now, (tx) => tx.organization.update({ where: { id: actor.orgId }, data: input }));
}
