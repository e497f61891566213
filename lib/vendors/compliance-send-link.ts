// Staff press "Send upload link" on a vendor's page: the vendor gets an email with a fresh link to
// send their insurance and licence papers; any earlier link stops working. Admin only.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { allow, found } from "@/lib/directory/guard";
import { AppError } from "@/lib/errors";
import { issuePapersLink, papersUrl } from "@/lib/vendors/compliance-link";
import { queueVendorMessage } from "@/lib/vendors/compliance-messages";

export async function sendPapersLink({ actor, vendorId, now }: { actor: Actor; vendorId: string; now: Date }) {
  allow(actor, "vendors:edit");
  return db().$transaction(async (tx) => {
    const vendor = found(
      await tx.vendor.findFirst({
        where: { id: vendorId, orgId: actor.orgId },
        include: { org: { select: { name: true } } },
      }),
    );
    if (!vendor.active) throw new AppError("INVALID_INPUT", "err.vendorInactivePapers");
    const token = await issuePapersLink(tx, vendor.id, now);
    // Each press is its own message (keyed by the new link), so a second press sends again.
    await queueVendorMessage(
      tx,
      vendor,
      {
        dedupeKey: `vendor:${vendor.id}:papers-link:${sha256(token).slice(0, 16)}:EMAIL`,
        template: "vendor-papers-link",
        org: vendor.org,
        link: papersUrl(token),
      },
      now,
    );
    return { sentTo: vendor.email };
  });
}
