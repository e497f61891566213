// Drafts are capped (issue 15): no stranger fills the disk through photos sent ahead of a form.
// At most 10 per form key, however they arrive (parallel uploads included), and at most 60 an hour
// per property from its anonymous QR form. Over a cap: 429 from the route, a field message from
// the forms, and nothing stored (no row, no file). The session is the one thing stubbed.
import { readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");

const { POST } = await import("@/app/api/uploads/route");
const { visitorRequestAction } = await import("@/lib/actions/visitor-request");
const { createRequestAction } = await import("@/lib/actions/tenant-requests");
const { db } = await import("@/lib/db/client");
const { DRAFTS_PER_PROPERTY_HOURLY } = await import("@/lib/uploads/drafts");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");

const SITE = "https://portal.fixwell.test";
let jpeg: Buffer;
let tenant: Actor;
let n = 0;
const newKey = () => `draft-cap-key-${++n}`.padEnd(24, "x");
const photo = () => new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" });

function upload(key: string, { propertySlug = "maple-court", ip = `10.1.0.${n}` } = {}) {
  const form = new FormData();
  form.set("key", key);
  form.set("file", photo(), "leak.jpg");
  if (propertySlug) form.set("propertySlug", propertySlug);
  return POST(
    new Request(`${SITE}/api/uploads`, {
      method: "POST",
      body: form,
      headers: { origin: SITE, "x-forwarded-for": ip },
    }),
  );
}
const drafts = (key: string) => db().attachment.findMany({ where: { draftKey: key } });
const storedFiles = () => {
  try {
    return readdirSync(path.resolve(process.env.FIXWELL_DATA_DIR!, "uploads/local")).length;
  } catch {
    return 0;
  }
};
/** The property's hour as full as the cap allows. */
async function fillPropertyHour(slug: string) {
  const { id } = await db().property.findUniqueOrThrow({ where: { slug } });
  await db().rateLimitHit.createMany({
    data: Array.from({ length: DRAFTS_PER_PROPERTY_HOURLY }, () => ({
      bucket: `drafts:property:${id}`,
      createdAt: new Date(),
    })),
  });
}

beforeAll(async () => {
  await seedDemo(db());
  tenant = await actorFor("tenant@fixwell.example");
  jpeg = await sharp({ create: { width: 120, height: 80, channels: 3, background: "#3a3" } })
    .jpeg()
    .toBuffer();
});
beforeEach(() => {
  session.actor = null;
});

describe("drafts per form key", () => {
  it("twelve parallel uploads for one form keep ten, and no file of the refused ones", async () => {
    session.actor = tenant; // not counted per property: this is the per-form cap alone
    const key = newKey();
    const filesBefore = storedFiles();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => upload(key, { propertySlug: "", ip: `10.2.0.${i}` })),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(10);
    const refused = answers.filter((r) => r.status !== 201);
    expect(refused.map((r) => r.status)).toEqual([429, 429]);
    expect((await refused[0].json()).error).toMatch(/Attach up to 10 photos in all/);
    expect(await drafts(key)).toHaveLength(10);
    expect(storedFiles() - filesBefore).toBe(10);
    // Every draft is stamped by the request's clock, not the database's.
    expect((await drafts(key)).every((d) => Math.abs(d.createdAt.getTime() - Date.now()) < 60_000)).toBe(true);
  });
});

describe("anonymous drafts per property and hour", () => {
  it("the QR form's upload gets 429 with a clear message once the property's hour is full; nothing is stored", async () => {
    await fillPropertyHour("maple-court");
    const key = newKey();
    const filesBefore = storedFiles();
    const res = await upload(key);
    expect(res.status).toBe(429);
    expect((await res.json()).error).toBe(
      "This building's form has taken many photos in the last hour. Wait a while and try again, or send your report without photos.",
    );
    expect(await drafts(key)).toHaveLength(0);
    expect(storedFiles()).toBe(filesBefore);
    // A signed-in tenant is not held to the anonymous cap.
    session.actor = tenant;
    expect((await upload(key, { propertySlug: "" })).status).toBe(201);
  });

  it("the QR form itself, refused for a missing name, says so by the photos field and keeps nothing", async () => {
    await fillPropertyHour("oak-terrace");
    const oak = await db().property.findUniqueOrThrow({ where: { slug: "oak-terrace" }, include: { units: true } });
    const key = newKey();
    const form = new FormData();
    for (const [k, v] of Object.entries({
      idempotencyKey: key,
      unitId: oak.units[0].id,
      severity: "ROUTINE",
      description: "Water under the sink",
      name: "",
      email: "",
      phone: "",
      propertySlug: "oak-terrace",
    }))
      form.set(k, v);
    form.append("photos", photo(), "sink.jpg");
    const filesBefore = storedFiles();
    const state = await visitorRequestAction({}, form);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.photos).toEqual(["upload.propertyBusy"]);
    expect(state.kept).toEqual([]);
    expect(await drafts(key)).toHaveLength(0);
    expect(storedFiles()).toBe(filesBefore);
  });
});

describe("the tenant's request form", () => {
  it("keeps nothing, and reads no file, for someone not signed in", async () => {
    const key = newKey();
    const form = new FormData();
    form.set("idempotencyKey", key);
    form.append("photos", photo(), "sink.jpg");
    const filesBefore = storedFiles();
    const state = await createRequestAction({}, form);
    expect(state).toMatchObject({ ok: false, message: "err.UNAUTHENTICATED" });
    expect(await drafts(key)).toHaveLength(0);
    expect(storedFiles()).toBe(filesBefore);
  });

  it("a signed-in tenant's refused form keeps its photos as drafts, stamped with the request's now", async () => {
    session.actor = tenant;
    const key = newKey();
    const form = new FormData();
    form.set("idempotencyKey", key);
    form.append("photos", photo(), "sink.jpg");
    const state = await createRequestAction({}, form);
    expect(state.ok).toBe(false);
    expect(state.kept?.map((k) => k.fileName)).toEqual(["sink.jpg"]);
    expect((await drafts(key))[0].uploadedById).toBe(tenant.userId);
  });
});
