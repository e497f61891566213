// Vendors' papers never lapse unnoticed (issue 8): the vendor is reminded on the organisation's
// reminder days (60, 30 and 7 by default) before their insurance or licence expires, each time with
// a fresh upload link; on expiry the vendor is told, and so are the admins and the managers of the
// properties where the vendor has open jobs (which jobs, by tracking number). Once per (vendor,
// paper, expiry date, notice): the outbox key. A tick that comes late sends only the nearest
// notice, never the ones it missed.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/outbox/outbox";
import { shortDate } from "@/lib/work-orders/vendor-compliance";
import { issuePapersLink, papersUrl } from "@/lib/vendors/compliance-link";
import { paperName, paperVars, queueVendorMessage } from "@/lib/vendors/compliance-messages";
import { noticeKey, noticesDue, type VendorNotice } from "@/lib/vendors/compliance-rules";
import { BATCH, lockedStep } from "@/lib/cron/step";
import { ASSIGNED_STATUSES } from "@/lib/work-orders/transitions";

const DAY = 86_400_000;
type Vendor = {
  id: string;
  orgId: string;
  company: string;
  email: string;
  language: string;
  org: { name: string; timeZone: string };
};

export function chaseVendorPapers(now: Date) {
  return lockedStep("vendorCompliance", async (tx) => {
    // Few columns of the vendors whose papers are within their organisation's farthest reminder:
    // cheap even for a long list (one row per organisation, then the vendors of each).
    const orgs = await tx.organization.findMany({ select: { id: true, paperReminderDays: true } });
    const within = orgs.map((o) => {
      const horizon = new Date(now.getTime() + Math.max(0, ...o.paperReminderDays) * DAY);
      return {
        orgId: o.id,
        OR: [{ insuranceExpiresAt: { lte: horizon } }, { licenceExpiresAt: { lte: horizon } }],
      };
    });
    const vendors = await tx.vendor.findMany({
      where: { active: true, OR: within },
      select: {
        id: true,
        orgId: true,
        company: true,
        email: true,
        language: true,
        insuranceExpiresAt: true,
        licenceExpiresAt: true,
        org: { select: { name: true, timeZone: true, paperReminderDays: true } },
      },
      orderBy: { id: "asc" },
    });
    const due = noticesDue(vendors, now);
    const vendorKey = (n: VendorNotice) => noticeKey(n.vendorId, n.kind, n.expiresAt, n.notice, "vendor:EMAIL");
    const done = new Set(
      (
        await tx.outboxMessage.findMany({
          where: { dedupeKey: { in: due.map(vendorKey) } },
          select: { dedupeKey: true },
        })
      ).map((m) => m.dedupeKey),
    );
    const todo = due.filter((n) => !done.has(vendorKey(n))).slice(0, BATCH);
    const byId = new Map(vendors.map((v) => [v.id, v]));
    // One fresh link per vendor per tick, minted only for a message that is about to be queued.
    const links = new Map<string, string>();
    let queued = 0;
    for (const n of todo) {
      const v = byId.get(n.vendorId)!;
      let link = links.get(v.id);
      if (!link) links.set(v.id, (link = papersUrl(await issuePapersLink(tx, v.id, now))));
      const added = await queueVendorMessage(
        tx,
        v,
        {
          dedupeKey: vendorKey(n),
          template: n.notice === "expired" ? "vendor-papers-expired" : "vendor-papers-reminder",
          org: v.org,
          link,
          vars: paperVars(n.kind, n.expiresAt, v.org.timeZone, now),
        },
        now,
      );
      if (!added) continue;
      queued++;
      if (n.notice === "expired") queued += await tellStaff(tx, v, n, now);
    }
    return queued;
  });
}

/** Admins (every open job) and the managers of the properties of the vendor's open jobs (theirs). */
async function tellStaff(tx: Tx, v: Vendor, n: VendorNotice, now: Date): Promise<number> {
  const jobs = await tx.workOrder.findMany({
    where: { vendorId: v.id, status: { in: [...ASSIGNED_STATUSES] } },
    select: {
      trackingNumber: true,
      propertyId: true,
      property: { select: { name: true } },
      unit: { select: { label: true } },
    },
    orderBy: { trackingNumber: "asc" },
  });
  const propertyIds = [...new Set(jobs.map((j) => j.propertyId))];
  const staff = await tx.user.findMany({
    where: {
      orgId: v.orgId,
      disabledAt: null,
      OR: [{ role: "ADMIN" }, { role: "MANAGER", managedProperties: { some: { propertyId: { in: propertyIds } } } }],
    },
    select: { id: true, email: true, role: true, managedProperties: { select: { propertyId: true } } },
  });
  const paper = paperName(n.kind);
  let queued = 0;
  for (const u of staff) {
    const mine =
      u.role === "ADMIN" ? jobs : jobs.filter((j) => u.managedProperties.some((m) => m.propertyId === j.propertyId));
    const list = mine.map((j) => `#${j.trackingNumber} (${j.property.name} ${j.unit.label})`).join(", ");
    const affected = mine.length === 0 ? "They have no open jobs." : `Open jobs affected (${mine.length}): ${list}.`;
    const added = await enqueue(
      tx,
      {
        orgId: v.orgId,
        dedupeKey: noticeKey(v.id, n.kind, n.expiresAt, n.notice, `${u.id}:EMAIL`),
        channel: "EMAIL",
        recipient: u.email,
        userId: u.id,
        template: "vendor-papers-expired-staff",
        subject: `${v.company}'s ${paper} expired${mine.length ? `: ${mine.length} open job${mine.length === 1 ? "" : "s"} affected` : ""}`,
        body: `${v.company}'s ${paper} expired on ${shortDate(n.expiresAt, v.org.timeZone)}. They cannot be given new jobs, and their job links show a notice instead of actions until they send a current paper (they were sent an upload link).\n\n${affected}\n\n${env().PUBLIC_URL}/dashboard/directory/vendors/${v.id}`,
      },
      now,
    );
    if (added) queued++;
  }
  return queued;
}
