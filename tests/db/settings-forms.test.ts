// Settings forms refuse bad values beside the field, keep what was typed and save nothing (issue 18),
// for the settings whose behaviour their own tests show: quiet hours and the after-hours instructions
// (Settings → Organisation; office hours: office-hours.test.ts), the SLA targets the severity
// definitions are written from (severity-targets.test.ts) and a category's default priority
// (work-orders.test.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveCategoryAction, saveOrganizationAction, saveSlaAction } = await import("@/lib/actions/settings");
const { db } = await import("@/lib/db/client");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");
const { inEnglish } = await import("../support/english");

let admin: Actor;
beforeAll(async () => {
  await seedDemo(db(), new Date("2026-12-01T15:00:00Z"));
  admin = await actorFor("admin@fixwell.example");
});

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

describe("Settings → Organisation", () => {
  const organisation = async (changes: Record<string, string>) => {
    const org = await db().organization.findUniqueOrThrow({ where: { id: admin.orgId } });
    const fields = {
      name: org.name,
      logoUrl: org.logoUrl ?? "",
      brandColor: org.brandColor,
      timeZone: org.timeZone,
      autoCloseDays: String(org.autoCloseDays),
      emergencyHotline: org.emergencyHotline,
      afterHoursInstructions: "Call the hotline for anything that cannot wait.",
      quietHoursStartMinute: "21:00",
      quietHoursEndMinute: "08:00",
      workdayStartMinute: "08:00",
      workdayEndMinute: "17:00",
      holidays: "",
      ...changes,
    };
    const fd = form(fields);
    for (const d of org.workingDays) fd.set(`workingDays:${d}`, "on");
    return { fd, fields };
  };
  const saved = () =>
    db().organization.findUniqueOrThrow({
      where: { id: admin.orgId },
      select: { quietHoursStartMinute: true, quietHoursEndMinute: true, afterHoursInstructions: true },
    });

  it("a quiet-hours time that is not a time is refused beside its field, everything typed kept", async () => {
    session.actor = admin;
    const before = await saved();
    const { fd, fields } = await organisation({ quietHoursStartMinute: "25:00", quietHoursEndMinute: "7am" });
    expect(inEnglish(await saveOrganizationAction({}, fd))).toMatchObject({
      ok: false,
      fieldErrors: {
        quietHoursStartMinute: ["Enter a time like 21:00."],
        quietHoursEndMinute: ["Enter a time like 08:00."],
      },
      values: {
        quietHoursStartMinute: "25:00",
        quietHoursEndMinute: "7am",
        afterHoursInstructions: fields.afterHoursInstructions,
      },
    });
    expect(await saved()).toEqual(before);
  });

  it("after-hours instructions over 1,000 characters are refused beside their field and kept", async () => {
    session.actor = admin;
    const before = await saved();
    const long = "Turn off the water at the main valve under the stairs. ".repeat(20);
    const { fd } = await organisation({ afterHoursInstructions: long, quietHoursStartMinute: "22:30" });
    const state = inEnglish(await saveOrganizationAction({}, fd));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { afterHoursInstructions: ["Keep this under 1,000 characters."] },
      values: { afterHoursInstructions: long, quietHoursStartMinute: "22:30" },
    });
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(["afterHoursInstructions"]);
    expect(await saved()).toEqual(before);
  });

  it("good values are saved: 22:30 to 07:00 and the instructions as typed", async () => {
    session.actor = admin;
    const { fd } = await organisation({ quietHoursStartMinute: "22:30", quietHoursEndMinute: "07:00" });
    expect(await saveOrganizationAction({}, fd)).toMatchObject({ ok: true });
    expect(await saved()).toEqual({
      quietHoursStartMinute: 22 * 60 + 30,
      quietHoursEndMinute: 7 * 60,
      afterHoursInstructions: "Call the hotline for anything that cannot wait.",
    });
  });
});

describe("Settings → SLA targets (the severity definitions' times)", () => {
  const urgent = () =>
    db().slaTarget.findUniqueOrThrow({
      where: { orgId_priority: { orgId: admin.orgId, priority: "URGENT" } },
      select: { responseMinutes: true, resolutionMinutes: true, businessTime: true },
    });

  it("a target of no time, or a fix before the response, is refused beside its field, typed kept", async () => {
    session.actor = admin;
    const before = await urgent();
    const zero = { priority: "URGENT", responseHours: "0", resolutionHours: "36" };
    expect(inEnglish(await saveSlaAction({}, form(zero)))).toMatchObject({
      ok: false,
      fieldErrors: { responseHours: ["More than 0 hours."] },
      values: zero,
    });
    const backwards = { priority: "URGENT", responseHours: "12", resolutionHours: "6" };
    const state = inEnglish(await saveSlaAction({}, form(backwards)));
    expect(state).toMatchObject({ ok: false, values: backwards });
    expect(state.fieldErrors).toEqual({ resolutionHours: ["Resolution cannot come before the response."] });
    expect(await urgent()).toEqual(before);
  });

  it("a good target is saved", async () => {
    session.actor = admin;
    expect(
      await saveSlaAction({}, form({ priority: "URGENT", responseHours: "6", resolutionHours: "48" })),
    ).toMatchObject({ ok: true });
    expect(await urgent()).toEqual({ responseMinutes: 360, resolutionMinutes: 48 * 60, businessTime: false });
  });
});

describe("Settings → Categories: the default priority", () => {
  const hvac = () => db().category.findFirstOrThrow({ where: { orgId: admin.orgId, name: "HVAC" } });
  const categoryForm = async (defaultPriority: string) => {
    const c = await hvac();
    return {
      categoryId: c.id,
      name: c.name,
      examples: c.examples.join("\n"),
      tips: c.tips.join("\n"),
      defaultPriority,
    };
  };

  it("a priority the app does not have is refused beside its field in words, typed kept", async () => {
    session.actor = admin;
    const before = await hvac();
    const typed = await categoryForm("SOON");
    expect(inEnglish(await saveCategoryAction({}, form(typed)))).toMatchObject({
      ok: false,
      fieldErrors: { defaultPriority: ["Choose a priority."] },
      values: typed,
    });
    expect((await hvac()).defaultPriority).toBe(before.defaultPriority);
  });

  it("Urgent is saved, and none clears it", async () => {
    session.actor = admin;
    expect(await saveCategoryAction({}, form(await categoryForm("URGENT")))).toMatchObject({ ok: true });
    expect((await hvac()).defaultPriority).toBe("URGENT");
    expect(await saveCategoryAction({}, form(await categoryForm("")))).toMatchObject({ ok: true });
    expect((await hvac()).defaultPriority).toBeNull();
  });
});
