// Who may read an attachment (the file route, app/api/files/[id]): a signed-in person whose scope
// includes its work order, or the holder of that work order's tracking, approval or vendor job
// link; a draft (no work order yet) only to the holder of its form's key. Anything else is null,
// which the route answers as 404: a foreign file looks exactly like a missing one.
import "server-only";
import { readApprovalLink } from "@/lib/approvals/approval-link";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { DRAFT_KEY } from "@/lib/uploads/drafts";
import { readJobLink } from "@/lib/vendors/job-link";
import { scopeFor } from "@/lib/work-orders/scope";
import { workOrderByTrackingToken } from "@/lib/work-orders/tracking";

/** A draft of the form whose key is `key`. */
export function draftAttachment(id: string, key: string) {
  if (!DRAFT_KEY.test(key)) return null;
  return db().attachment.findFirst({ where: { id, draftKey: key, workOrderId: null } });
}

/** An attachment of a work order that `token` (a link) or `actor` (a session) may see, at `now`. */
export async function workOrderAttachment(id: string, by: { token: string | null; actor: Actor | null }, now: Date) {
  let workOrderId: string | undefined;
  if (by.token) {
    // A tracking link, or an owner's approval link while it can still decide.
    workOrderId = (await workOrderByTrackingToken(by.token, now))?.id;
    if (!workOrderId) {
      const approval = await readApprovalLink(by.token, now);
      if (approval.state === "valid") workOrderId = approval.link.workOrderId ?? undefined;
    }
    if (!workOrderId) {
      // A vendor's job link while the job is theirs (and their papers are in order).
      const job = await readJobLink(by.token, now);
      if ((job.state === "open" || job.state === "finished") && !job.blocked.length) workOrderId = job.workOrderId;
    }
  } else if (by.actor) {
    workOrderId = (
      await db().workOrder.findFirst({
        where: { attachments: { some: { id } }, ...scopeFor(by.actor) },
        select: { id: true },
      })
    )?.id;
  }
  if (!workOrderId) return null;
  return db().attachment.findFirst({ where: { id, workOrderId } });
}
