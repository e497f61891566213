// A job link used to act: the vendor becomes a caller for that one work order. The work order comes
// from the link, never from the form, so an action replayed with another job's number reaches
// nothing. A link whose job is no longer the vendor's, or a vendor whose papers lapsed, acts on nothing.
import "server-only";
import type { VendorCaller } from "@/lib/auth/session";
import { sha256 } from "@/lib/crypto";
import { AppError, notFound } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { readJobLink } from "@/lib/vendors/job-link";

export async function vendorCaller(
  token: string,
  { finishedToo = false, now }: { finishedToo?: boolean; now: Date },
): Promise<{ caller: VendorCaller; trackingNumber: number }> {
  const read = await readJobLink(token, now);
  if (read.state === "missing") throw notFound();
  if (read.state === "gone") throw new AppError("FORBIDDEN", "job.gone");
  if (read.state === "finished" && !finishedToo) throw new AppError("TRANSITION_NOT_ALLOWED", "job.notOpen");
  if (read.blocked.length)
    throw new AppError("VENDOR_BLOCKED", "job.blocked", undefined, { problems: read.blocked.join("; ") });
  // A leaked link cannot be hammered.
  await rateLimit(`job:${sha256(token).slice(0, 32)}`, 120, 3600, now);
  return {
    caller: {
      via: "vendor-link",
      workOrderId: read.workOrderId,
      vendorId: read.vendorId,
      orgId: read.orgId,
      role: "VENDOR",
      name: read.company ?? "Vendor",
    },
    trackingNumber: read.trackingNumber,
  };
}
