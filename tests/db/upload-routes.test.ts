// The photo picker's routes, called as Next calls them: POST /api/uploads, DELETE
// /api/uploads/<id>, and GET /api/files/<id>?k= for a kept draft. The session is the one thing
// stubbed (Auth.js needs a live request scope); everything else runs against a real database.
import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => session.actor }));

const { POST } = await import("@/app/api/uploads/route");
const { DELETE } = await import("@/app/api/uploads/[id]/route");
const { GET } = await import("@/app/api/files/[id]/route");
const { db } = await import("@/lib/db/client");
const { storage } = await import("@/lib/uploads/storage");
const { seedDemo } = await import("@/prisma/seed");

const SITE = "https://portal.fixwell.test"; // PUBLIC_URL in tests/db/setup.ts
let jpeg: Buffer;
let n = 0;
const newKey = () => `upload-test-key-${++n}`.padEnd(24, "x");

type Fields = {
  key: string;
  file?: Blob;
  name?: string;
  propertySlug?: string;
  origin?: string | null;
  ip?: string;
  lang?: string;
};
function upload({
  key,
  file = new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }),
  name = "leak.jpg",
  propertySlug = "maple-court",
  origin = SITE,
  ip = "10.0.0.1",
  lang,
}: Fields) {
  const form = new FormData();
  form.set("key", key);
  form.set("file", file, name);
  if (propertySlug) form.set("propertySlug", propertySlug);
  const headers: Record<string, string> = { "x-forwarded-for": ip, ...(lang ? { "accept-language": lang } : {}) };
  if (origin !== null) headers.origin = origin;
  return POST(new Request(`${SITE}/api/uploads`, { method: "POST", body: form, headers }));
}
const remove = (id: string, key: string, origin = SITE) =>
  DELETE(new NextRequest(`${SITE}/api/uploads/${id}?key=${key}`, { method: "DELETE", headers: { origin } }), {
    params: Promise.resolve({ id }),
  });
const serve = (id: string, query: string) =>
  GET(new NextRequest(`${SITE}/api/files/${id}${query}`), { params: Promise.resolve({ id }) });
const drafts = (key: string) => db().attachment.findMany({ where: { draftKey: key } });

beforeAll(async () => {
  await seedDemo(db());
  jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#a33" } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneCo" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 26/1 46/1" } })
    .toBuffer();
});
beforeEach(() => {
  session.actor = null;
});

describe("POST /api/uploads", () => {
  it("keeps a visitor's photo for a real property as a draft, re-encoded without GPS", async () => {
    const key = newKey();
    const res = await upload({ key });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ id: expect.any(String), fileName: "leak.jpg" });
    const [row] = await drafts(key);
    expect(row).toMatchObject({
      id: body.id,
      workOrderId: null,
      uploadedById: null,
      contentType: "image/jpeg",
      width: 300,
    });
    expect((await sharp((await storage().get(row.storageKey))!).metadata()).exif).toBeUndefined();
  });

  it("records the signed-in tenant as the uploader, without a property slug", async () => {
    const tenant = await db().user.findFirstOrThrow({ where: { role: "TENANT" } });
    session.actor = {
      userId: tenant.id,
      orgId: tenant.orgId,
      role: "TENANT",
      name: tenant.name,
      email: tenant.email,
      propertyIds: [],
      unitId: null,
    };
    const key = newKey();
    expect((await upload({ key, propertySlug: "" })).status).toBe(201);
    expect((await drafts(key))[0].uploadedById).toBe(tenant.id);
  });

  it("refuses without a session and without an existing property, and a role that cannot report", async () => {
    const key = newKey();
    for (const propertySlug of ["no-such-building", "../etc", ""]) {
      const res = await upload({ key, propertySlug });
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/Sign in again/);
    }
    const owner = await db().user.findFirstOrThrow({ where: { role: "OWNER" } });
    session.actor = {
      userId: owner.id,
      orgId: owner.orgId,
      role: "OWNER",
      name: owner.name,
      email: owner.email,
      propertyIds: [],
      unitId: null,
    };
    expect((await upload({ key, propertySlug: "" })).status).toBe(403);
    expect(await drafts(key)).toHaveLength(0);
  });

  it("refuses a program renamed .jpg with the message shown by the field", async () => {
    const key = newKey();
    const exe = new Blob([Buffer.concat([Buffer.from("MZ"), Buffer.alloc(500, 7)])], { type: "image/jpeg" });
    const res = await upload({ key, file: exe, name: "evil.jpg" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "evil.jpg is not a photo or video we can read (JPEG, PNG, WebP, HEIC, GIF, MP4, MOV or WebM).",
    });
    expect(await drafts(key)).toHaveLength(0);
    // In the reader's language.
    const es = await upload({ key, file: exe, name: "evil.jpg", lang: "es-MX,es;q=0.9" });
    expect(await es.json()).toEqual({
      error: "evil.jpg no es una foto ni un video que podamos leer (JPEG, PNG, WebP, HEIC, GIF, MP4, MOV o WebM).",
    });
  });

  it("refuses the 11th photo for one form with 429 (a cap), counting the drafts already kept", async () => {
    const key = newKey();
    for (let i = 0; i < 10; i++) expect((await upload({ key, name: `p${i}.jpg`, ip: "10.0.0.2" })).status).toBe(201);
    const res = await upload({ key, name: "p10.jpg", ip: "10.0.0.2" });
    expect(res.status).toBe(429);
    expect((await res.json()).error).toBe("Attach up to 10 photos in all; this would make 11.");
    expect(await drafts(key)).toHaveLength(10);
  });

  it("refuses a file over 20 MB with 413, an empty one, and a bad key", async () => {
    const key = newKey();
    const big = await upload({ key, file: new Blob([new Uint8Array(21 * 1024 * 1024)]), name: "huge.jpg" });
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatch(/up to 20 MB/);
    const empty = await upload({ key, file: new Blob([]), name: "empty.jpg" });
    expect([empty.status, (await empty.json()).error]).toEqual([400, "empty.jpg is empty."]);
    expect((await upload({ key: "short" })).status).toBe(400);
    expect(await drafts(key)).toHaveLength(0);
  });

  it("refuses a cross-site or null Origin; a request without Origin goes on to the other checks", async () => {
    const key = newKey();
    for (const origin of ["https://evil.test", "null", "http://portal.fixwell.test"]) {
      const res = await upload({ key, origin });
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/another site/);
    }
    expect(await drafts(key)).toHaveLength(0);
    expect((await upload({ key, origin: null })).status).toBe(201);
  });

  it("limits uploads per address with a clear 429", async () => {
    await db().rateLimitHit.createMany({ data: Array.from({ length: 60 }, () => ({ bucket: "upload:ip:10.9.9.9" })) });
    const key = newKey();
    const res = await upload({ key, ip: "10.9.9.9" });
    expect(res.status).toBe(429);
    expect((await res.json()).error).toMatch(/Too many photos .* last hour/);
    expect(await drafts(key)).toHaveLength(0);
    expect((await upload({ key, ip: "10.9.9.10" })).status).toBe(201); // a neighbour's address is not blocked
  });
});

describe("DELETE /api/uploads/<id> and the draft thumbnail", () => {
  it("serves a draft only to its key, removes it only with its key and same origin", async () => {
    const key = newKey();
    const { id } = await (await upload({ key })).json();
    const { storageKey } = await db().attachment.findUniqueOrThrow({ where: { id } });
    const other = newKey();

    const shown = await serve(id, `?k=${key}`);
    expect([shown.status, shown.headers.get("content-type")]).toEqual([200, "image/jpeg"]);
    for (const query of [`?k=${other}`, "?k=bad", ""]) expect((await serve(id, query)).status).toBe(404);

    expect((await remove(id, other)).status).toBe(404);
    expect((await remove(id, key, "https://evil.test")).status).toBe(403);
    expect(await db().attachment.findUnique({ where: { id } })).not.toBeNull();
    expect(await storage().get(storageKey)).not.toBeNull();

    expect((await remove(id, key)).status).toBe(204);
    expect(await db().attachment.findUnique({ where: { id } })).toBeNull();
    expect(await storage().get(storageKey)).toBeNull();
    expect((await serve(id, `?k=${key}`)).status).toBe(404);
  });

  it("leaves a photo a work order adopted alone, and refuses drafts for a form already sent", async () => {
    const key = newKey();
    const { id } = await (await upload({ key })).json();
    const { createWorkOrder } = await import("@/lib/work-orders/create-work-order");
    const maple = await db().property.findUniqueOrThrow({ where: { slug: "maple-court" }, include: { units: true } });
    const category = await db().category.findFirstOrThrow({ where: { orgId: maple.orgId, name: "General" } });
    const wo = await createWorkOrder({
      reporter: { visitor: { propertySlug: "maple-court", name: "Rosa Díaz", email: "rosa@example.com" } },
      input: {
        idempotencyKey: key,
        unitId: maple.units[0].id,
        categoryId: category.id,
        severity: "ROUTINE",
        description: "Cracked tile in the lobby entrance",
      },
      now: new Date(),
    });
    expect((await db().attachment.findUniqueOrThrow({ where: { id } })).workOrderId).toBe(wo.id);
    expect((await remove(id, key)).status).toBe(404);
    expect((await serve(id, `?k=${key}`)).status).toBe(404);
    expect(await db().attachment.findUnique({ where: { id } })).not.toBeNull();
    const late = await upload({ key });
    expect([late.status, (await late.json()).error]).toEqual([
      400,
      "This form was already sent. Reload the page to report another problem.",
    ]);
  });
});
