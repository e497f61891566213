// Business hours are a setting that does something (issue 18): an admin sets when the office opens
// and closes; outside those hours the request form and its confirmation carry the after-hours
// instructions and when the office will see the request. A closing time before the opening time is
// refused beside the field, with what was typed kept.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveOrganizationAction } = await import("@/lib/actions/settings");
const { afterHoursOf } = await import("@/lib/work-orders/page-reads");
const { db } = await import("@/lib/db/client");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");
const { english } = await import("../support/english");

let admin: Actor;
beforeAll(async () => {
  await seedDemo(db(), new Date("2026-12-01T15:00:00Z"));
  admin = await actorFor("admin@fixwell.example");
});

async function organisationForm(changes: Record<string, string>) {
  const org = await db().organization.findUniqueOrThrow({ where: { id: admin.orgId } });
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const fd = new FormData();
  const fields: Record<string, string> = {
    name: org.name,
    logoUrl: org.logoUrl ?? "",
    brandColor: org.brandColor,
    timeZone: "America/New_York",
    autoCloseDays: String(org.autoCloseDays),
    emergencyHotline: org.emergencyHotline,
    afterHoursInstructions: "Leave a message; for a leak, turn off the water at the main valve.",
    quietHoursStartMinute: hhmm(org.quietHoursStartMinute),
    quietHoursEndMinute: hhmm(org.quietHoursEndMinute),
    workdayStartMinute: "08:00",
    workdayEndMinute: "17:00",
    holidays: "",
    ...changes,
  };
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  for (const d of [1, 2, 3, 4, 5]) fd.set(`workingDays:${d}`, "on");
  return fd;
}

// Monday 7 December 2026, 18:30 in New York.
const mondayEvening = new Date("2026-12-07T23:30:00Z");

describe("office hours", () => {
  it("after closing, the tenant is told the instructions and the next opening", async () => {
    session.actor = admin;
    const saved = await saveOrganizationAction({}, await organisationForm({}));
    expect(saved.ok).toBe(true);
    expect(english(saved.message!)).toBe("Organisation saved.");
    const closed = await afterHoursOf(admin.orgId, mondayEvening);
    expect(closed).toMatchObject({
      open: false,
      nextOpen: new Date("2026-12-08T13:00:00Z"), // Tuesday 08:00
      instructions: "Leave a message; for a leak, turn off the water at the main valve.",
    });
  });

  it("a later closing time makes the same moment office hours", async () => {
    session.actor = admin;
    expect(await saveOrganizationAction({}, await organisationForm({ workdayEndMinute: "19:00" }))).toMatchObject({
      ok: true,
    });
    expect(await afterHoursOf(admin.orgId, mondayEvening)).toMatchObject({ open: true, nextOpen: null });
  });

  it("refuses a closing time before the opening time beside the field, keeping what was typed", async () => {
    session.actor = admin;
    const state = await saveOrganizationAction(
      {},
      await organisationForm({ workdayStartMinute: "09:00", workdayEndMinute: "08:30" }),
    );
    expect(state).toMatchObject({ ok: false, values: { workdayStartMinute: "09:00", workdayEndMinute: "08:30" } });
    expect(state.fieldErrors?.workdayEndMinute?.map(english)).toEqual(["The office must close after it opens."]);
    const org = await db().organization.findUniqueOrThrow({ where: { id: admin.orgId } });
    expect([org.workdayStartMinute, org.workdayEndMinute]).toEqual([480, 1140]);
  });
});
