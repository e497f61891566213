// A photo and a video with a request, through the real use case: stored with their kinds and types,
// the video without its location, and listed (and served in ranges) where the tenant looks.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listDrafts, saveDrafts } from "@/lib/uploads/drafts";
import { fileResponse } from "@/lib/uploads/file-response";
import { processFile } from "@/lib/uploads/process-file";
import { storage } from "@/lib/uploads/storage";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { workOrderByTrackingToken } from "@/lib/work-orders/tracking";
import { seedDemo } from "@/prisma/seed";
import { LOCATION, mp4, webm } from "../support/video-fixtures";

let tenant: Actor, unitId: string, plumbingId: string;

beforeAll(async () => {
  await seedDemo(db());
  const u = await db().user.findUniqueOrThrow({
    where: { email: "tenant@fixwell.example" },
    include: { tenantProfile: true },
  });
  tenant = {
    userId: u.id,
    orgId: u.orgId,
    role: u.role,
    name: u.name,
    email: u.email,
    propertyIds: [],
    unitId: u.tenantProfile?.unitId ?? null,
  };
  unitId = (await db().property.findUniqueOrThrow({ where: { slug: "maple-court" }, include: { units: true } }))
    .units[0].id;
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
});

const input = (key: string) => ({
  idempotencyKey: key.padEnd(16, "k"),
  categoryId: plumbingId,
  severity: "ROUTINE" as const,
  description: "Drip under the bathroom sink",
});
const gpsJpeg = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: "#246" } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 42/1 46/1" } })
    .toBuffer();
const hasLocation = (b: Buffer) => b.includes(Buffer.from(LOCATION)) || b.includes(Buffer.from("ISO6709"));

describe("a request with a photo and a video", () => {
  it("stores both with their kinds and types, the video without its location", async () => {
    const video = mp4({ brand: "qt  ", gpsTrack: true });
    expect(hasLocation(video)).toBe(true);
    const files = [
      await processFile("sink.jpg", await gpsJpeg()),
      await processFile("IMG_0042.MOV", Buffer.from(video)),
    ];
    const wo = await createWorkOrder({
      reporter: { actor: tenant },
      input: input("video-one"),
      photos: files,
      now: new Date(),
    });

    const rows = await db().attachment.findMany({ where: { workOrderId: wo.id }, orderBy: { kind: "asc" } });
    expect(rows.map((r) => [r.kind, r.contentType, r.fileName])).toEqual([
      ["PHOTO", "image/jpeg", "sink.jpg"],
      ["VIDEO", "video/quicktime", "IMG_0042.mov"],
    ]);
    expect(rows[1].sizeBytes).toBe(video.length);
    const storedVideo = (await storage().get(rows[1].storageKey))!;
    expect(storedVideo.length).toBe(video.length);
    expect(hasLocation(storedVideo)).toBe(false);
    expect(storedVideo.includes(Buffer.from("GPS"))).toBe(false);
    expect((await sharp((await storage().get(rows[0].storageKey))!).metadata()).exif).toBeUndefined();

    // The tenant's page lists both, each with its kind; the file is served in ranges.
    const seen = await getWorkOrder(tenant, wo.trackingNumber);
    expect(seen?.attachments.map((a) => [a.kind, a.contentType])).toEqual([
      ["PHOTO", "image/jpeg"],
      ["VIDEO", "video/quicktime"],
    ]);
    const res = await fileResponse(rows[1], "bytes=0-7", (range) => storage().get(rows[1].storageKey, range));
    expect(res.status).toBe(206);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(storedVideo.subarray(0, 8));
  });

  it("keeps a video from a refused try as a draft of kind VIDEO, adopted by the accepted submit", async () => {
    const key = input("video-draft").idempotencyKey;
    await saveDrafts({
      key,
      photos: [await processFile("screen.webm", webm())],
      by: { userId: tenant.userId },
      now: new Date(),
    });
    expect((await listDrafts(key)).map((d) => d.fileName)).toEqual(["screen.webm"]);
    const wo = await createWorkOrder({
      reporter: { visitor: { propertySlug: "maple-court", name: "Ana" } },
      input: { ...input("video-draft"), unitId },
      now: new Date(),
    });
    const rows = await db().attachment.findMany({ where: { workOrderId: wo.id } });
    expect(rows.map((r) => [r.kind, r.contentType, r.draftKey])).toEqual([["VIDEO", "video/webm", null]]);
    expect(hasLocation((await storage().get(rows[0].storageKey))!)).toBe(false);
    expect((await workOrderByTrackingToken(wo.trackingToken!, new Date()))?.attachments.map((a) => a.kind)).toEqual([
      "VIDEO",
    ]);
  });
});
