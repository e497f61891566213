// Vendor compliance (issue 8, part 3), pure: which reminder a paper is due for, why a vendor's
// links show a message instead of actions, and what a document upload may contain. Takes `now`.
// No zod here: the vendor's paper form imports this in the browser (the schema is paper-schema.ts).
import { msg, type Msg } from "@/lib/i18n/translate";

export const PAPER_KINDS = ["INSURANCE", "LICENCE"] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];
export const PAPER_LABEL: Record<PaperKind, string> = { INSURANCE: "Insurance", LICENCE: "Licence" };

/** A reminder so many days before expiry (the organisation's days, 60, 30 and 7 by default), or the expiry itself. */
export type Notice = number | "expired";

const DAY = 86_400_000;

/**
 * The one notice a paper expiring at `expiresAt` is due for now, given the organisation's
 * `reminderDays`: the nearest threshold already reached (a late tick sends that one, never the
 * older ones), "expired" once past, null while more than the farthest remain or when nothing is on file.
 */
export function noticeDue(expiresAt: Date | null, now: Date, reminderDays: readonly number[]): Notice | null {
  if (!expiresAt) return null;
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return "expired";
  for (const days of [...reminderDays].sort((a, b) => a - b)) if (left <= days * DAY) return days;
  return null;
}

/** Once per (vendor, kind, expiry, notice) and recipient: the outbox's unique key. */
export function noticeKey(
  vendorId: string,
  kind: PaperKind,
  expiresAt: Date,
  notice: Notice,
  recipient: string,
): string {
  return `vendor:${vendorId}:papers:${kind}:${expiresAt.toISOString()}:${notice}:${recipient}`;
}

export type VendorNotice = { vendorId: string; kind: PaperKind; expiresAt: Date; notice: Notice };

/** Every notice due for these vendors now, at most one per paper, each on its organisation's reminder days. */
export function noticesDue(
  vendors: {
    id: string;
    insuranceExpiresAt: Date | null;
    licenceExpiresAt: Date | null;
    org: { paperReminderDays: readonly number[] };
  }[],
  now: Date,
): VendorNotice[] {
  const out: VendorNotice[] = [];
  for (const v of vendors) {
    for (const [kind, at] of [
      ["INSURANCE", v.insuranceExpiresAt],
      ["LICENCE", v.licenceExpiresAt],
    ] as const) {
      const notice = noticeDue(at, now, v.org.paperReminderDays);
      if (notice && at) out.push({ vendorId: v.id, kind, expiresAt: at, notice });
    }
  }
  return out;
}

// What a document upload may carry. The file is checked by its bytes on the server (compliance-file.ts).
export const MAX_PAPER_BYTES = 10 * 1024 * 1024;
export const PAPER_FILE_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
];
export const PAPER_ACCEPT = ".pdf,image/jpeg,image/png,image/webp,image/heic,image/heif";

/** Problems with the chosen file before its bytes are read (size, empty, missing). */
export function paperFileProblem(file: { name: string; size: number } | null): Msg | null {
  if (!file || file.size === 0) return "papers.file";
  if (file.size > MAX_PAPER_BYTES)
    return msg("papers.fileTooBig", {
      name: file.name,
      mb: Math.ceil(file.size / 1024 / 1024),
      limit: MAX_PAPER_BYTES / 1024 / 1024,
    });
  return null;
}
