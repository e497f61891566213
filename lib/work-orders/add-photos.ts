// More photos or a video after reporting ("it got worse", "here is the meter"), from the tenant's
// page or the tracking link. Files are checked before they get here (readPhotos); stored first,
// then the rows, their event and the managers' notice in one transaction.
import "server-only";
import type { Caller } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { tellManagers } from "@/lib/notifications/tell";
import type { ProcessedFile } from "@/lib/uploads/process-file";
import { storage } from "@/lib/uploads/storage";
import { scopeFor } from "@/lib/work-orders/scope";

/** A work order keeps at most this many files from its tenant (the form's 10, then later ones). */
export const MAX_TENANT_FILES = 20;

export async function addPhotos({
  actor,
  trackingNumber,
  files,
  now,
}: {
  actor: Caller;
  trackingNumber: number;
  files: ProcessedFile[];
  now: Date;
}) {
  if (actor.role !== "TENANT") throw new AppError("ROLE_NOT_ALLOWED", "err.ROLE_NOT_ALLOWED");
  const wo = await db().workOrder.findFirst({
    where: { trackingNumber, status: { in: ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"] }, ...scopeFor(actor) },
  });
  if (!wo) throw notFound();
  const already = await db().attachment.count({ where: { workOrderId: wo.id, stage: "BEFORE" } });
  if (already + files.length > MAX_TENANT_FILES) {
    throw new AppError("INVALID_INPUT", "common.checkField", {
      photos: [{ key: "files.tooManyOnRequest", vars: { max: MAX_TENANT_FILES, already } }],
    });
  }
  const store = storage();
  const stored: (ProcessedFile & { key: string })[] = [];
  for (const f of files) stored.push({ ...f, key: await store.put(f.bytes, f.fileName, f.contentType) });
  await db().$transaction(async (tx) => {
    for (const f of stored) {
      await tx.attachment.create({
        data: {
          workOrderId: wo.id,
          kind: f.kind,
          storageKey: f.key,
          fileName: f.fileName,
          contentType: f.contentType,
          sizeBytes: f.bytes.length,
          width: f.width,
          height: f.height,
          uploadedById: actor.userId,
          createdAt: now,
        },
      });
    }
    const event = await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "PHOTOS_ADDED",
        details: { count: stored.length, names: stored.map((f) => f.fileName).join(", ") },
        createdAt: now,
      },
    });
    await tellManagers(
      tx,
      wo,
      {
        event: `photos:${event.id}`,
        template: "tenant-photos",
        vars: {
          number: wo.trackingNumber,
          name: actor.name,
          count: stored.length,
          files: stored.map((f) => f.fileName).join(", "),
        },
      },
      now,
    );
  });
}
