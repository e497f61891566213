// The public QR form under attack, through its real server action (only Next's request context
// stubbed): a parallel storm never gets past the unit's limit; junk posts count for nothing; an
// emergency is taken over any limit and flagged; a replay gets the same tracking link. Each refusal
// also leaves nothing behind.
import { beforeAll, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ address: "203.0.113.7" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": request.address, "accept-language": "en" }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { to });
  },
}));

const { visitorRequestAction } = await import("@/lib/actions/visitor-request");
const { db } = await import("@/lib/db/client");
const { sha256 } = await import("@/lib/crypto");
const { seedDemo } = await import("@/prisma/seed");
const { UNIT_REPORTS_PER_HOUR, ADDRESS_REPORTS_PER_HOUR } = await import("@/lib/work-orders/visitor-limits");

let units: { id: string; label: string }[] = [];
let pests: string, plumbing: string;
beforeAll(async () => {
  await seedDemo(db());
  units = (
    await db().property.findUniqueOrThrow({
      where: { slug: "oak-terrace" },
      include: { units: { orderBy: { label: "asc" } } },
    })
  ).units;
  pests = (await db().category.findFirstOrThrow({ where: { name: "Pest control" } })).id;
  plumbing = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
});

let n = 0;
const form = (unitId: string, over: Record<string, string> = {}) => {
  const fd = new FormData();
  const fields = {
    idempotencyKey: `limits-${++n}`.padEnd(24, "k"),
    propertySlug: "oak-terrace",
    unitId,
    categoryId: pests,
    severity: "ROUTINE",
    description: "Mouse droppings under the sink.",
    name: "Ana Ruiz",
    email: "ana@example.com",
    ...over,
  };
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};
/** The action's outcome: the page it redirected to, or the state it answered with. */
const post = (fd: FormData) =>
  visitorRequestAction({ ok: false }, fd).then(
    (state) => ({ state, to: null as string | null }),
    (e: { to?: string }) => {
      if (!e.to) throw e;
      return { state: null, to: e.to };
    },
  );
const reportsFor = (unitId: string) => db().workOrder.count({ where: { unitId, reporterId: null } });
const hits = (bucket: string) => db().rateLimitHit.count({ where: { bucket } });

describe("the public QR form's limits", () => {
  it(`twenty posts at once to one unit make exactly ${UNIT_REPORTS_PER_HOUR} requests; the rest are told to wait`, async () => {
    const unit = units[0];
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => post(form(unit.id))));
    expect(outcomes.filter((o) => o.to?.startsWith("/t/"))).toHaveLength(UNIT_REPORTS_PER_HOUR);
    const refused = outcomes.filter((o) => o.state);
    expect(refused).toHaveLength(20 - UNIT_REPORTS_PER_HOUR);
    for (const r of refused)
      expect(r.state).toMatchObject({ ok: false, message: { key: "err.RATE_LIMITED", vars: { minutes: 60 } } });
    expect(await reportsFor(unit.id)).toBe(UNIT_REPORTS_PER_HOUR);
    expect(await hits(`qr:unit:${unit.id}`)).toBe(UNIT_REPORTS_PER_HOUR);
  });

  it("junk posts (a made-up category) count for nothing: the unit's genuine reports still go through", async () => {
    const unit = units[1];
    for (let i = 0; i < 8; i++) {
      const { state } = await post(form(unit.id, { categoryId: "not-a-category" }));
      expect(state?.fieldErrors?.categoryId).toBeTruthy();
    }
    expect(await hits(`qr:unit:${unit.id}`)).toBe(0);
    expect(await reportsFor(unit.id)).toBe(0);
    for (let i = 0; i < UNIT_REPORTS_PER_HOUR; i++) expect((await post(form(unit.id))).to).toMatch(/^\/t\//);
  });

  it("over the unit's limit, a routine report is refused and leaves nothing; a gas smell is taken, flagged for managers", async () => {
    const unit = units[1]; // full from the test above
    const before = {
      orders: await reportsFor(unit.id),
      outbox: await db().outboxMessage.count(),
      drafts: await db().attachment.count(),
    };
    const { state } = await post(form(unit.id, { description: "The kitchen tap drips.", categoryId: plumbing }));
    expect(state).toMatchObject({ message: { key: "err.RATE_LIMITED" } });
    expect({
      orders: await reportsFor(unit.id),
      outbox: await db().outboxMessage.count(),
      drafts: await db().attachment.count(),
    }).toEqual(before);

    const gas = await post(
      form(unit.id, { description: "Strong gas smell in the hallway outside the flat", categoryId: plumbing }),
    );
    expect(gas.to).toMatch(/^\/t\/[A-Za-z0-9_-]{43}\?submitted=1/);
    const wo = await db().workOrder.findFirstOrThrow({
      where: { unitId: unit.id, description: { contains: "gas smell" } },
      include: { events: true },
    });
    expect(wo.priority).toBe("EMERGENCY");
    expect(wo.events.find((e) => e.type === "OVER_LIMIT")).toMatchObject({
      visibility: "STAFF",
      details: { limits: [`${UNIT_REPORTS_PER_HOUR} reports an hour for this unit`] },
    });
    // Managers were told at once, as for any emergency.
    expect(await db().outboxMessage.count({ where: { workOrderId: wo.id, template: "new-request" } })).toBeGreaterThan(
      0,
    );
  });

  it(`one address is held to ${ADDRESS_REPORTS_PER_HOUR} reports an hour across units; another address is not`, async () => {
    request.address = "198.51.100.23";
    let taken = 0;
    for (const unit of units.slice(2)) {
      for (let i = 0; i < UNIT_REPORTS_PER_HOUR && taken < ADDRESS_REPORTS_PER_HOUR; i++)
        if ((await post(form(unit.id))).to) taken++;
      if (taken === ADDRESS_REPORTS_PER_HOUR) break;
    }
    expect(taken).toBe(ADDRESS_REPORTS_PER_HOUR);
    const spare = units.at(-1)!;
    const before = await reportsFor(spare.id);
    expect((await post(form(spare.id))).state).toMatchObject({ message: { key: "err.RATE_LIMITED" } });
    expect(await reportsFor(spare.id)).toBe(before);
    request.address = "198.51.100.99";
    expect((await post(form(spare.id))).to).toMatch(/^\/t\//);
    request.address = "203.0.113.7";
  });

  it("a replayed submit (same key and body) shows the same tracking link and mints no other", async () => {
    const fd = form(units[0].id, { idempotencyKey: "replay-me-please-0123456789" });
    await db().rateLimitHit.deleteMany({ where: { bucket: `qr:unit:${units[0].id}` } }); // an hour later
    const first = await post(fd);
    expect(first.state).toBeNull();
    const again = await post(fd);
    expect(first.to).toMatch(/^\/t\//);
    expect(again.to).toBe(first.to);
    const token = first.to!.match(/^\/t\/([^?]+)/)![1];
    const wo = await db().workOrder.findUniqueOrThrow({ where: { idempotencyKey: "replay-me-please-0123456789" } });
    expect(
      await db().actionToken.findMany({
        where: { workOrderId: wo.id, purpose: "TRACKING" },
        select: { tokenHash: true },
      }),
    ).toEqual([{ tokenHash: sha256(token) }]);
    expect(await hits(`qr:unit:${units[0].id}`)).toBe(1); // the replay did not count
  });
});

describe("the public QR form without JavaScript", () => {
  it("refuses a 0-byte photo beside the field, keeps what was typed, and makes nothing", async () => {
    const unit = units.at(-1)!;
    request.address = "192.0.2.50";
    const fd = form(unit.id, { description: "Ants along the kitchen window." });
    fd.append("photos", new File([], "ants.jpg", { type: "image/jpeg" }));
    const before = { orders: await reportsFor(unit.id), attachments: await db().attachment.count() };
    const { state } = await post(fd);
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { photos: [{ key: "files.empty", vars: { name: "ants.jpg" } }] },
      values: { description: "Ants along the kitchen window.", name: "Ana Ruiz" },
    });
    expect({ orders: await reportsFor(unit.id), attachments: await db().attachment.count() }).toEqual(before);
    // An empty file input (no file chosen) is just no photo.
    const none = form(unit.id, { description: "Ants along the kitchen window." });
    none.append("photos", new File([], "", { type: "application/octet-stream" }));
    expect((await post(none)).to).toMatch(/^\/t\//);
    // …as it arrives through a server action with JavaScript on (a missing filename reads "undefined").
    const viaScript = form(unit.id, { description: "Ants along the bathroom window." });
    viaScript.append("photos", new File([], "undefined", { type: "application/octet-stream" }));
    expect((await post(viaScript)).to).toMatch(/^\/t\//);
    request.address = "203.0.113.7";
  });
});
