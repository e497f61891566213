// Serves an attachment to someone allowed to see its work order: a signed-in person whose scope
// includes it, or the holder of that work order's tracking, approval or vendor job link (?t=). A draft (no work order yet)
// goes to the holder of its form's key (?k=), so the photo picker can show what was kept. Anyone
// else gets 404. Videos are asked for in byte ranges (fileResponse answers those).
import { NextRequest } from "next/server";
import { readApprovalLink } from "@/lib/approvals/approval-link";
import { currentActor } from "@/lib/auth/session";
import { readJobLink } from "@/lib/vendors/job-link";
import { db } from "@/lib/db/client";
import { DRAFT_KEY } from "@/lib/uploads/drafts";
import { fileResponse } from "@/lib/uploads/file-response";
import { storage } from "@/lib/uploads/storage";
import { scopeFor } from "@/lib/work-orders/scope";
import { workOrderByTrackingToken } from "@/lib/work-orders/tracking";

const missing = () => new Response("Not found", { status: 404 });

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const draftKey = req.nextUrl.searchParams.get("k");
  const file = draftKey !== null ? await draftFile(id, draftKey) : await workOrderFile(req, id);
  if (!file) return missing();
  return fileResponse(file, req.headers.get("range"), (range) => storage().get(file.storageKey, range));
}

function draftFile(id: string, key: string) {
  if (!DRAFT_KEY.test(key)) return null;
  return db().attachment.findFirst({ where: { id, draftKey: key, workOrderId: null } });
}

async function workOrderFile(req: NextRequest, id: string) {
  const token = req.nextUrl.searchParams.get("t");
  let workOrderId: string | undefined;
  if (token) {
    // A tracking link, or an owner's approval link while it can still decide.
    workOrderId = (await workOrderByTrackingToken(token, new Date()))?.id;
    if (!workOrderId) {
      const approval = await readApprovalLink(token, new Date());
      if (approval.state === "valid") workOrderId = approval.link.workOrderId ?? undefined;
    }
    if (!workOrderId) {
      // A vendor's job link while the job is theirs (and their papers are in order).
      const job = await readJobLink(token, new Date());
      if ((job.state === "open" || job.state === "finished") && !job.blocked.length) workOrderId = job.workOrderId;
    }
  } else {
    const actor = await currentActor();
    if (!actor) return null;
    workOrderId = (
      await db().workOrder.findFirst({
        where: { attachments: { some: { id } }, ...scopeFor(actor) },
        select: { id: true },
      })
    )?.id;
  }
  if (!workOrderId) return null;
  return db().attachment.findFirst({ where: { id, workOrderId } });
}
