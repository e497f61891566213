// The monthly export (issue 17): in the first tick of each month (in the organisation's time zone),
// every recipient the admin chose is emailed a link to last month's completed work as CSV. Once
// per (organisation, month, recipient): the outbox key; a link is minted only for a message that
// is about to be queued.
import "server-only";
import { enqueueMany, type Outgoing } from "@/lib/outbox/outbox";
import { exportUrl, issueExportLink, lastMonth, monthName, EXPORT_LINK_DAYS } from "@/lib/reports/export-link";
import { BATCH, lockedStep } from "@/lib/cron/step";

export const exportKey = (orgId: string, period: string, recipient: string) =>
  `report-export:${orgId}:${period}:${recipient.toLowerCase()}`;

export function sendMonthlyExports(now: Date) {
  return lockedStep("monthlyExport", async (tx) => {
    const orgs = await tx.organization.findMany({
      where: { reportRecipients: { isEmpty: false } },
      select: { id: true, name: true, timeZone: true, reportRecipients: true },
      orderBy: { id: "asc" },
    });
    const wanted = orgs.flatMap((org) => {
      const { period } = lastMonth(now, org.timeZone);
      return org.reportRecipients.map((recipient) => ({
        org,
        period,
        recipient,
        key: exportKey(org.id, period, recipient),
      }));
    });
    const done = new Set(
      (
        await tx.outboxMessage.findMany({
          where: { dedupeKey: { in: wanted.map((w) => w.key) } },
          select: { dedupeKey: true },
        })
      ).map((m) => m.dedupeKey),
    );
    const messages: Outgoing[] = [];
    for (const w of wanted.filter((x) => !done.has(x.key)).slice(0, BATCH)) {
      const month = monthName(w.period);
      messages.push({
        orgId: w.org.id,
        dedupeKey: w.key,
        channel: "EMAIL",
        recipient: w.recipient,
        template: "report-export",
        subject: `${w.org.name}: maintenance export for ${month}`,
        body:
          `Hello,\n\nThe maintenance export of ${w.org.name} for ${month} is ready: every work order completed that ` +
          `month, with each stage's time and its costs, as a spreadsheet (CSV).\n\nDownload it (the link works ` +
          `for ${EXPORT_LINK_DAYS} days):\n\n{{link}}\n\nYou receive this because an administrator of ` +
          `${w.org.name} added you to the monthly export; ask them if it should stop.`,
        secretLink: exportUrl(
          await issueExportLink(tx, { orgId: w.org.id, period: w.period, recipient: w.recipient }, now),
        ),
      });
    }
    return enqueueMany(tx, messages, now);
  });
}
