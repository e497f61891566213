// Who may call runs first (lib/actions/define.ts, issue 16): through the real server actions, as Next
// calls them, an anonymous or wrong-role caller is answered UNAUTHENTICATED or FORBIDDEN, and
// nothing was written before that answer — no work order change, no event, no draft or attachment
// row, no stored file, no rate-limit hit, no settings change. Only the session is stubbed, and the
// request's headers stand for a browser with no cookie (a completion reads the reader's language).
import { readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "en" }),
  cookies: async () => ({ get: () => undefined }),
}));

const { changeStatusAction } = await import("@/lib/actions/work-order-status");
const { bulkAction } = await import("@/lib/actions/queue");
const { revealCodeAction, setResponsibleAction } = await import("@/lib/actions/work-order-staff");
const { saveDefaultResponsibleAction } = await import("@/lib/actions/directory");
const { addPhotosAction, createRequestAction } = await import("@/lib/actions/tenant-requests");
const { importAction } = await import("@/lib/actions/import-units");
const { categoryOrderAction, saveOrganizationAction, saveTimingsAction } = await import("@/lib/actions/settings");
const { decideAction } = await import("@/lib/actions/approve");
const { db } = await import("@/lib/db/client");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");

const UNAUTHENTICATED = { ok: false, message: "err.UNAUTHENTICATED" };
const FORBIDDEN = { ok: false, message: "err.ROLE_NOT_ALLOWED" };

let tenant: Actor, dana: Actor, olivia: Actor, kai: Actor;
let wo: { id: string; trackingNumber: number; version: number };
let jpeg: Buffer;

beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, olivia, kai] = await Promise.all(
    [
      "tenant@fixwell.example",
      "dana.reyes@fixwell.example",
      "olivia.grant@owners.example",
      "tech.kai@fixwell.example",
    ].map(actorFor),
  );
  wo = await db().workOrder.findFirstOrThrow({
    where: { status: "SCHEDULED", holdReason: null, propertyId: { in: dana.propertyIds } },
    select: { id: true, trackingNumber: true, version: true },
  });
  jpeg = await sharp({ create: { width: 120, height: 80, channels: 3, background: "#3a3" } })
    .jpeg()
    .toBuffer();
});
beforeEach(() => {
  session.actor = null;
});

const form = (fields: Record<string, string | number>, photos: Record<string, string> = {}) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, String(v));
  for (const [k, name] of Object.entries(photos))
    fd.append(k, new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), name);
  return fd;
};
const storedFiles = () => {
  try {
    return readdirSync(path.resolve(process.env.FIXWELL_DATA_DIR!, "uploads/local")).length;
  } catch {
    return 0;
  }
};
/** Everything a refused action might have touched. */
const snapshot = async () => ({
  workOrder: await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } }),
  events: await db().workOrderEvent.count(),
  attachments: await db().attachment.count(),
  files: storedFiles(),
  outbox: await db().outboxMessage.count(),
  rateLimitHits: await db().rateLimitHit.count(),
  units: await db().unit.count(),
  organization: await db().organization.findUniqueOrThrow({ where: { id: dana.orgId } }),
  holidays: await db().holiday.count(),
  categories: await db().category.findMany({ orderBy: { id: "asc" } }),
  properties: await db().property.findMany({ orderBy: { id: "asc" } }),
});

describe("the manager's actions", () => {
  const complete = () =>
    form(
      { trackingNumber: wo.trackingNumber, version: wo.version, to: "COMPLETED", notes: "Replaced the valve." },
      { afterPhotos: "after.jpg" },
    );

  it("completing a work order, with after-photos: refused to nobody and to a tenant, nothing written", async () => {
    const before = await snapshot();
    expect(await changeStatusAction({}, complete())).toMatchObject(UNAUTHENTICATED);
    session.actor = tenant;
    expect(await changeStatusAction({}, complete())).toMatchObject(FORBIDDEN);
    expect(await snapshot()).toEqual(before);
  });

  it("the bulk bar and the code reveal: refused the same way, nothing written", async () => {
    const before = await snapshot();
    const bulk = form({ item: `${wo.trackingNumber}:${wo.version}`, op: "close" });
    expect(await bulkAction({}, bulk)).toMatchObject(UNAUTHENTICATED);
    session.actor = olivia;
    expect(await bulkAction({}, bulk)).toMatchObject(FORBIDDEN);
    session.actor = tenant;
    expect(await revealCodeAction(form({ trackingNumber: wo.trackingNumber, which: "gate" }))).toEqual({
      error: "err.ROLE_NOT_ALLOWED",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("naming the person responsible, here or as a property's default: refused to nobody, a tenant, a technician", async () => {
    const before = await snapshot();
    const maple = await db().property.findFirstOrThrow({ where: { slug: "maple-court" } });
    const change = () => form({ trackingNumber: wo.trackingNumber, version: wo.version, responsibleId: dana.userId });
    const byDefault = () => form({ propertyId: maple.id, defaultResponsibleId: dana.userId });
    expect(await setResponsibleAction({}, change())).toMatchObject(UNAUTHENTICATED);
    expect(await saveDefaultResponsibleAction({}, byDefault())).toMatchObject(UNAUTHENTICATED);
    for (const who of [tenant, kai, olivia]) {
      session.actor = who;
      expect(await setResponsibleAction({}, change())).toMatchObject(FORBIDDEN);
      expect(await saveDefaultResponsibleAction({}, byDefault())).toMatchObject(FORBIDDEN);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("the refusals are the caller's, not a broken form: the manager's same completion goes through", async () => {
    session.actor = dana;
    await expect(changeStatusAction({}, complete())).rejects.toMatchObject({
      digest: expect.stringContaining(`/dashboard/work-orders/${wo.trackingNumber}?done=COMPLETED`),
    });
    const done = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    expect(done.status).toBe("COMPLETED");
    expect(await db().attachment.count({ where: { workOrderId: wo.id, fileName: "after.jpg" } })).toBe(1);
  });
});

describe("the tenant's forms", () => {
  it("photos sent by nobody, or a request sent by an owner, keep no draft and open no file", async () => {
    const before = await snapshot();
    const key = "gate-test-key-0001".padEnd(24, "x");
    expect(
      await addPhotosAction({}, form({ trackingNumber: wo.trackingNumber }, { photos: "leak.jpg" })),
    ).toMatchObject(UNAUTHENTICATED);
    session.actor = olivia;
    expect(await createRequestAction({}, form({ idempotencyKey: key }, { photos: "leak.jpg" }))).toMatchObject(
      FORBIDDEN,
    );
    expect(await db().attachment.count({ where: { draftKey: key } })).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});

describe("the directory, settings and links", () => {
  it("a tenant's CSV import, a manager's organisation settings, timings and category order: refused, nothing changed", async () => {
    const before = await snapshot();
    const maple = await db().property.findFirstOrThrow({ where: { slug: "maple-court" } });
    session.actor = tenant;
    const csv = "unit,floor\n9Z,9\n";
    expect(await importAction({}, form({ propertyId: maple.id, intent: "import", csv }))).toMatchObject(FORBIDDEN);
    session.actor = dana;
    expect(
      await saveOrganizationAction({}, form({ name: "Taken over", holidays: "2026-12-25 Christmas Day" })),
    ).toMatchObject(FORBIDDEN);
    const timings = {
      escalateMinutes: "1",
      atRiskPercent: "50",
      reopenDays: "365",
      callbackDays: "1",
      lookbackMonths: "24",
      reminderDays: "1",
    };
    expect(await saveTimingsAction({}, form(timings))).toMatchObject(FORBIDDEN);
    const category = before.categories[0];
    await expect(categoryOrderAction(form({ categoryId: category.id, op: "deactivate" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("the owner's answer with a malformed link is refused before the rate limit counts it", async () => {
    const before = await snapshot();
    expect(await decideAction({}, form({ token: "not-a-token", decision: "APPROVED" }))).toMatchObject({
      ok: false,
      message: "approval.missing",
    });
    expect(await snapshot()).toEqual(before);
  });
});
