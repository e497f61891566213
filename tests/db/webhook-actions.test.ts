// Settings → Webhooks' actions as Next calls them (only the session stubbed): a manager or a
// signed-out caller is refused and nothing is saved; a refused address comes back beside its field
// with everything typed kept; an admin's new endpoint answers with its secret, which only an admin
// can see again.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
const { inEnglish } = await import("../support/english");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveWebhookEndpointAction, webhookSecretAction, sendTestWebhookAction, deleteWebhookEndpointAction } =
  await import("@/lib/actions/webhooks");
const { db } = await import("@/lib/db/client");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");

let admin: Actor, dana: Actor;
beforeAll(async () => {
  await seedDemo(db());
  [admin, dana] = await Promise.all(["admin@fixwell.example", "dana.reyes@fixwell.example"].map(actorFor));
});
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};
const typed = {
  url: "https://hooks.example.com/fixwell",
  description: "Accounting",
  "events:work_order.closed": "on",
  active: "on",
};

describe("webhook actions", () => {
  it("refuse a manager and a signed-out caller, and save nothing", async () => {
    session.actor = dana;
    expect(await saveWebhookEndpointAction({}, form(typed))).toMatchObject({
      ok: false,
      message: "err.ROLE_NOT_ALLOWED",
      values: typed,
    });
    session.actor = null;
    expect(await saveWebhookEndpointAction({}, form(typed))).toMatchObject({
      ok: false,
      message: "err.UNAUTHENTICATED",
    });
    expect(await db().webhookEndpoint.count()).toBe(0);
  });

  it("put a refusal beside its field and keep what was typed", async () => {
    session.actor = admin;
    const bad = { ...typed, url: "https://10.0.0.8/hook" };
    expect(inEnglish(await saveWebhookEndpointAction({}, form(bad)))).toMatchObject({
      ok: false,
      fieldErrors: { url: [expect.stringMatching(/private network/)] },
      values: bad,
    });
    const none = { url: typed.url, description: "x", active: "on" };
    expect(inEnglish(await saveWebhookEndpointAction({}, form(none)))).toMatchObject({
      ok: false,
      fieldErrors: { events: ["Choose at least one event."] },
      values: none,
    });
    expect(await db().webhookEndpoint.count()).toBe(0);
  });

  it("add an endpoint with its secret; reveal and test only for an admin", async () => {
    session.actor = admin;
    const added = await saveWebhookEndpointAction({}, form(typed));
    expect(added).toMatchObject({ ok: true, secret: expect.stringMatching(/^whsec_/) });
    const e = await db().webhookEndpoint.findFirstOrThrow({ where: { orgId: admin.orgId } });
    expect(e).toMatchObject({ url: typed.url, events: ["work_order.closed"], active: true });
    expect(e.secretEnc).not.toContain(added.secret!.slice(6)); // encrypted at rest
    const ask = form({ endpointId: e.id, op: "reveal" });
    expect(await webhookSecretAction({}, ask)).toMatchObject({ ok: true, secret: added.secret });

    session.actor = dana;
    expect(await webhookSecretAction({}, ask)).toEqual({
      ok: false,
      message: "err.ROLE_NOT_ALLOWED",
      values: { endpointId: e.id, op: "reveal" },
    });
    expect(await sendTestWebhookAction({}, form({ endpointId: e.id }))).toMatchObject({ ok: false });
    await expect(deleteWebhookEndpointAction(form({ endpointId: e.id }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().webhookDelivery.count()).toBe(0);
    expect(await db().webhookEndpoint.count()).toBe(1);
  });
});
