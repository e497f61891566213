// A vendor (through their upload link) or an admin (on the vendor's page) adds an insurance or
// licence paper: number, expiry date and the file. The newest paper of a kind becomes the vendor's
// current number and expiry, which the assignment blocks and the cron reminders read.
import { asActor } from "@/lib/audit/as-actor";
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow, found } from "@/lib/directory/guard";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { storage } from "@/lib/uploads/storage";
import { readPaperFile, UnreadablePaper, type PaperFile } from "@/lib/vendors/compliance-file";
import { readPapersLink } from "@/lib/vendors/compliance-link";
import { paperSchema } from "@/lib/vendors/paper-schema";

type UploadedFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> } | null;
export type PaperUpload = { kind: unknown; number: unknown; expiresAt: unknown; file: UploadedFile };
export type Uploader = { token: string } | { actor: Actor; vendorId: string };

export const LINK_STATE_MESSAGE = {
  expired: "papers.linkExpired",
  revoked: "papers.linkRevoked",
  missing: "papers.linkMissing",
} as const satisfies Record<string, MessageKey>;

function linkRefused(state: keyof typeof LINK_STATE_MESSAGE) {
  return new AppError("NOT_FOUND", LINK_STATE_MESSAGE[state]);
}

async function vendorFor(by: Uploader, now: Date) {
  if ("token" in by) {
    const read = await readPapersLink(by.token, now);
    if (read.state !== "valid") throw linkRefused(read.state);
    return read.vendor;
  }
  allow(by.actor, "vendors:edit");
  return found(await db().vendor.findFirst({ where: { id: by.vendorId, orgId: by.actor.orgId } }));
}

export async function uploadVendorDocument({ by, input, now }: { by: Uploader; input: PaperUpload; now: Date }) {
  const vendor = await vendorFor(by, now);
  // Every problem at once, each next to its field: the typed fields and the file are checked together.
  const fieldErrors: FieldErrors = {};
  const parsed = paperSchema(now).safeParse({ kind: input.kind, number: input.number, expiresAt: input.expiresAt });
  if (!parsed.success)
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
  let file: PaperFile | null = null;
  try {
    file = await readPaperFile(input.file);
  } catch (err) {
    if (!(err instanceof UnreadablePaper)) throw err;
    fieldErrors.file = [err.msg];
  }
  if (!parsed.success || !file) throw new AppError("INVALID_INPUT", "common.checkFields", fieldErrors);

  const { kind, number, expiresAt } = parsed.data;
  const storageKey = await storage().put(file.bytes, file.fileName, file.contentType);
  try {
    // Staff uploading for a vendor are named in the audit log; a vendor's link is the system's.
    return await asActor({ userId: "actor" in by ? by.actor.userId : null }, now, async (tx) => {
      // The link is checked again inside the write: a link withdrawn meanwhile adds nothing.
      if ("token" in by) {
        const again = await readPapersLink(by.token, now, tx);
        if (again.state !== "valid") throw linkRefused(again.state);
      }
      const doc = await tx.vendorDocument.create({
        data: {
          vendorId: vendor.id,
          kind,
          number,
          expiresAt,
          storageKey,
          fileName: file.fileName,
          contentType: file.contentType,
          sizeBytes: file.bytes.length,
          uploadedAt: now,
          uploadedVia: "token" in by ? "LINK" : "STAFF",
          uploadedById: "token" in by ? null : by.actor.userId,
        },
      });
      await tx.vendor.update({
        where: { id: vendor.id },
        data:
          kind === "INSURANCE"
            ? { insuranceNumber: number, insuranceExpiresAt: expiresAt }
            : { licenceNumber: number, licenceExpiresAt: expiresAt },
      });
      return doc;
    });
  } catch (err) {
    await storage()
      .remove(storageKey)
      .catch(() => {});
    throw err;
  }
}
