// Settings → Monthly export: only an admin chooses who receives it; addresses are tidied (one a
// line or comma-separated, lowercase, no repeats); a bad list is refused beside the field with what
// was typed kept, and the saved list is untouched.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveReportRecipientsAction } = await import("@/lib/actions/settings");
const { db } = await import("@/lib/db/client");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");

let admin: Actor, dana: Actor;
beforeAll(async () => {
  await seedDemo(db());
  [admin, dana] = await Promise.all(["admin@fixwell.example", "dana.reyes@fixwell.example"].map(actorFor));
});
const form = (recipients: string) => {
  const fd = new FormData();
  fd.set("recipients", recipients);
  return fd;
};
const saved = async () => (await db().organization.findUniqueOrThrow({ where: { id: admin.orgId } })).reportRecipients;

describe("saveReportRecipientsAction", () => {
  it("saves a tidied list for an admin", async () => {
    session.actor = admin;
    const state = await saveReportRecipientsAction({}, form("Books@Acme.test\nowner@acme.test, books@acme.test\n\n"));
    expect(state).toMatchObject({ ok: true });
    expect(await saved()).toEqual(["books@acme.test", "owner@acme.test"]);
  });

  it.each([
    ["not an address", "books@acme.test\nnot-an-email", "settings.v.recipientsEmail"],
    ["more than ten", Array.from({ length: 11 }, (_, i) => `p${i}@acme.test`).join("\n"), "settings.v.recipientsMax"],
  ])("refuses %s beside the field, keeping what was typed", async (_name, typed, message) => {
    session.actor = admin;
    expect(await saveReportRecipientsAction({}, form(typed))).toMatchObject({
      ok: false,
      fieldErrors: { recipients: [message] },
      values: { recipients: typed },
    });
    expect(await saved()).toEqual(["books@acme.test", "owner@acme.test"]);
  });

  it("refuses a manager and a signed-out caller", async () => {
    session.actor = dana;
    expect(await saveReportRecipientsAction({}, form("x@y.test"))).toMatchObject({
      ok: false,
      message: "err.ROLE_NOT_ALLOWED",
    });
    session.actor = null;
    expect(await saveReportRecipientsAction({}, form("x@y.test"))).toMatchObject({
      ok: false,
      message: "err.UNAUTHENTICATED",
    });
    expect(await saved()).toEqual(["books@acme.test", "owner@acme.test"]);
  });

  it("an empty list stops the export", async () => {
    session.actor = admin;
    expect(await saveReportRecipientsAction({}, form(""))).toMatchObject({ ok: true });
    expect(await saved()).toEqual([]);
  });
});
