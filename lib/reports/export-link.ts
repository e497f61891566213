// The monthly export's download link (issue 17): mailed to the recipients an admin chose, 256-bit
// random, stored only as a hash, valid 30 days, usable many times (a spreadsheet gets opened
// twice), for one organisation and one month. Each link is minted for one recipient: taking them off
// the list revokes it (revokeExportLinks). Reading it never changes anything.
import "server-only";
import { randomToken, sha256 } from "@/lib/crypto";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { localDate } from "@/lib/work-orders/sla";

export const EXPORT_LINK_DAYS = 30;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export const exportUrl = (token: string) => `${env().PUBLIC_URL}/api/reports/monthly/${token}`;

type Month = { period: string; fromDate: string; toDate: string };

/** A month ("2026-11") with its first and last day. */
export function monthDates(period: string): Month {
  const [year, month] = period.split("-").map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { period, fromDate: `${period}-01`, toDate: `${period}-${String(last).padStart(2, "0")}` };
}

/** The calendar month before the one `now` falls in, in `timeZone`. */
export function lastMonth(now: Date, timeZone: string): Month {
  const [y, m] = localDate(now, timeZone).ymd.split("-").map(Number);
  return monthDates(m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`);
}

/** A month as words for an email: "November 2026". */
export const monthName = (period: string) =>
  new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${period}-01T12:00:00Z`),
  );

export async function issueExportLink(
  tx: Tx,
  { orgId, period, recipient }: { orgId: string; period: string; recipient: string },
  now: Date,
): Promise<string> {
  if (!PERIOD.test(period)) throw new Error(`not a month: ${period}`);
  const token = randomToken();
  await tx.actionToken.create({
    data: {
      tokenHash: sha256(token),
      purpose: "REPORT_EXPORT",
      subjectId: orgId,
      period,
      recipient: recipient.toLowerCase(),
      expiresAt: new Date(now.getTime() + EXPORT_LINK_DAYS * 86_400_000),
      createdAt: now,
    },
  });
  return token;
}

/**
 * Revokes the organisation's live export links mailed to anyone not in `recipients` (every link,
 * when the list is empty; a link from before links named their recipient counts as anyone's), in
 * the transaction that saves the list. Answers how many.
 */
export async function revokeExportLinks(tx: Tx, orgId: string, recipients: string[], now: Date): Promise<number> {
  const keep = recipients.map((r) => r.toLowerCase());
  const { count } = await tx.actionToken.updateMany({
    where: {
      purpose: "REPORT_EXPORT",
      subjectId: orgId,
      revokedAt: null,
      expiresAt: { gt: now },
      OR: [{ recipient: null }, { recipient: { notIn: keep } }],
    },
    data: { revokedAt: now },
  });
  return count;
}

/** The organisation and month a link opens, or null when it is unknown, expired or revoked. */
export async function readExportLink(token: string, now: Date): Promise<{ orgId: string; period: string } | null> {
  if (!TOKEN.test(token)) return null;
  const row = await db().actionToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.purpose !== "REPORT_EXPORT" || !row.subjectId || !row.period) return null;
  if (row.revokedAt || row.expiresAt <= now || !PERIOD.test(row.period)) return null;
  return { orgId: row.subjectId, period: row.period };
}
