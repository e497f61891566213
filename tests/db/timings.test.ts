// Settings → Timings and thresholds on a real database: a new organisation starts on the values
// that were constants, only an admin may change them, and each changed value changes what the
// portal does: the emergency step, the SLA at-risk point, the reopen window and the vendors' paper
// reminders. (The callback window and the repeat look-back: reports-sections.test.ts and
// repeat-issues.test.ts.)
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";
import type { Timings } from "@/lib/timings";

const now = new Date();

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveTimingsAction } = await import("@/lib/actions/settings");
const { inEnglish } = await import("../support/english");
const { pageOnCall } = await import("@/lib/cron/emergencies");
const { chaseVendorPapers } = await import("@/lib/cron/vendor-compliance");
const { db } = await import("@/lib/db/client");
const { timingSettings: timingsOf } = await import("@/lib/settings/reads");
const { saveTimings } = await import("@/lib/settings/save-timings");
const { DEFAULT_TIMINGS, timingsSchema } = await import("@/lib/timings");
const { changeStatus } = await import("@/lib/work-orders/change-status");
const { createWorkOrder } = await import("@/lib/work-orders/create-work-order");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");

const MINUTE = 60_000;
const DAY = 86_400_000;
let admin: Actor, dana: Actor, tenant: Actor, plumbingId: string;

beforeAll(async () => {
  await seedDemo(db());
  [admin, dana, tenant] = await Promise.all(
    ["admin@fixwell.example", "dana.reyes@fixwell.example", "tenant@fixwell.example"].map(actorFor),
  );
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
  // Quiet hours off: texts go whenever the test runs.
  await db().organization.update({
    where: { id: admin.orgId },
    data: { quietHoursStartMinute: 0, quietHoursEndMinute: 0 },
  });
});

/** Saves the organisation's timings as an admin types them, the rest left at the defaults. */
async function set(patch: Record<string, string>) {
  const input = timingsSchema.parse({
    escalateMinutes: "15",
    atRiskPercent: "75",
    reopenDays: "30",
    callbackDays: "30",
    lookbackMonths: "6",
    reminderDays: "60, 30, 7",
    ...patch,
  });
  await saveTimings({ now, actor: admin, input });
}

let n = 0;
async function report(severity: "ROUTINE" | "EMERGENCY", now: Date) {
  return createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `timings-${++n}`.padEnd(16, "x"),
      categoryId: plumbingId,
      severity,
      description: `Timings case ${n}: water under the kitchen sink`,
    },
    now,
  });
}

describe("the organisation's timings", () => {
  it("start at the values that were constants", async () => {
    const org = await db().organization.create({ data: { name: "New PM", emergencyHotline: "+15550000000" } });
    expect(await timingsOf(org.id)).toEqual(DEFAULT_TIMINGS satisfies Timings);
    await db().organization.delete({ where: { id: org.id } });
  });

  it("are changed by an admin only: a manager is refused and nothing changes", async () => {
    const before = await timingsOf(dana.orgId);
    await expect(
      saveTimings({ now, actor: dana, input: { ...DEFAULT_TIMINGS, emergencyEscalateMinutes: 1 } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await timingsOf(dana.orgId)).toEqual(before);
    await set({ escalateMinutes: "20", reminderDays: "7, 90" });
    expect(await timingsOf(admin.orgId)).toMatchObject({ emergencyEscalateMinutes: 20, paperReminderDays: [90, 7] });
    await set({});
    expect(await timingsOf(admin.orgId)).toEqual(DEFAULT_TIMINGS);
  });
});

describe("the settings form's action", () => {
  const form = (fields: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return fd;
  };
  const typed = {
    escalateMinutes: "15",
    atRiskPercent: "75",
    reopenDays: "30",
    callbackDays: "30",
    lookbackMonths: "6",
    reminderDays: "60, 30, 7",
  };

  it("refuses a manager at the action, and nothing changes", async () => {
    session.actor = dana;
    const before = await timingsOf(dana.orgId);
    expect(await saveTimingsAction({}, form({ ...typed, escalateMinutes: "5" }))).toMatchObject({
      ok: false,
      message: "err.ROLE_NOT_ALLOWED",
    });
    expect(await timingsOf(dana.orgId)).toEqual(before);
  });

  it("puts each bad value's message beside its field, keeps everything typed, and saves nothing", async () => {
    session.actor = admin;
    const before = await timingsOf(admin.orgId);
    const bad = { ...typed, escalateMinutes: "0", atRiskPercent: "99", callbackDays: "12", reminderDays: "5, 5" };
    expect(inEnglish(await saveTimingsAction({}, form(bad)))).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: {
        escalateMinutes: ["Between 1 and 240 minutes."],
        atRiskPercent: ["Between 50 and 95 percent."],
        reminderDays: ["Each number of days once: no repeats."],
      },
      values: bad,
    });
    expect(await timingsOf(admin.orgId)).toEqual(before);
  });

  it("saves good values and writes the reminder days back farthest first", async () => {
    session.actor = admin;
    try {
      const state = await saveTimingsAction({}, form({ ...typed, callbackDays: "12", reminderDays: "10 ,45" }));
      expect(state).toMatchObject({ ok: true, values: { callbackDays: "12", reminderDays: "45, 10" } });
      expect(await timingsOf(admin.orgId)).toEqual({
        ...DEFAULT_TIMINGS,
        callbackWindowDays: 12,
        paperReminderDays: [45, 10],
      });
    } finally {
      await set({});
    }
  });
});

describe("a 5-minute escalation step", () => {
  it("pages the next on-call contact at 5 minutes, and the one after at 10, each once", async () => {
    await set({ escalateMinutes: "5" });
    const unit = await db().unit.findUniqueOrThrow({ where: { id: tenant.unitId! } });
    await db().onCallContact.createMany({
      data: [
        { propertyId: unit.propertyId, position: 2, name: "Second on call", phone: "+15550108802" },
        { propertyId: unit.propertyId, position: 3, name: "Third on call", phone: "+15550108803" },
      ],
    });
    try {
      const start = new Date(Date.now() - 30 * MINUTE); // in the past: the pages' times are all before now
      const wo = await report("EMERGENCY", start);
      const paged = async (minutes: number) => {
        await pageOnCall(new Date(start.getTime() + minutes * MINUTE));
        return (
          await db().outboxMessage.findMany({
            where: { workOrderId: wo.id, template: "emergency-page" },
            orderBy: { dedupeKey: "asc" },
          })
        ).map((m) => m.recipient);
      };
      const first = (await paged(0))[0];
      expect(await paged(4.9)).toEqual([first]);
      expect(await paged(5)).toEqual([first, "+15550108802"]);
      expect(await paged(9)).toEqual([first, "+15550108802"]);
      expect(await paged(10)).toEqual([first, "+15550108802", "+15550108803"]);
      expect(await paged(25)).toHaveLength(3); // the end of the chain, each once
      expect(await db().workOrderEvent.count({ where: { workOrderId: wo.id, type: "ON_CALL_PAGED" } })).toBe(3);
    } finally {
      await db().onCallContact.deleteMany({ where: { phone: { in: ["+15550108802", "+15550108803"] } } });
      await set({});
    }
  });
});

describe("the SLA at-risk point", () => {
  it("puts new work orders at risk at the organisation's share of each target; open ones keep theirs", async () => {
    const at = new Date();
    const before = await report("ROUTINE", at);
    const share = (w: { createdAt: Date; responseDueAt: Date | null; responseAtRiskAt: Date | null }) =>
      (w.responseAtRiskAt!.getTime() - w.createdAt.getTime()) / (w.responseDueAt!.getTime() - w.createdAt.getTime());
    expect(share(before)).toBeCloseTo(0.75, 6);
    await set({ atRiskPercent: "50" });
    try {
      const after = await report("ROUTINE", at);
      expect(share(after)).toBeCloseTo(0.5, 6);
      expect(share(await db().workOrder.findUniqueOrThrow({ where: { id: before.id } }))).toBeCloseTo(0.75, 6);
    } finally {
      await set({});
    }
  });
});

describe("the reopen window", () => {
  async function closed(daysAgo: number) {
    const now = new Date();
    const wo = await report("ROUTINE", new Date(now.getTime() - (daysAgo + 3) * DAY));
    const vendor = await db().vendor.findFirstOrThrow({ where: { orgId: dana.orgId, company: "ABC Plumbing" } });
    return db().workOrder.update({
      where: { id: wo.id },
      data: {
        status: "CLOSED",
        vendorId: vendor.id,
        firstResponseAt: new Date(now.getTime() - (daysAgo + 2) * DAY),
        completedAt: new Date(now.getTime() - (daysAgo + 1) * DAY),
        closedAt: new Date(now.getTime() - daysAgo * DAY),
      },
    });
  }
  const reopen = (wo: { trackingNumber: number; version: number }) =>
    changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", reopen: true, reason: "Leaking again" },
      now: new Date(),
    });

  it("at 7 days refuses a request closed 8 days ago, saying 7, and reopens one closed 6 days ago", async () => {
    const eight = await closed(8);
    const six = await closed(6);
    const twenty = await closed(20);
    await set({ reopenDays: "7" });
    try {
      await expect(reopen(eight)).rejects.toMatchObject({ code: "CALLBACK_WINDOW_PASSED", vars: { days: 7 } });
      expect((await reopen(six)).status).toBe("ASSIGNED");
      // Within the default 30 days, but not within this organisation's 7.
      await expect(reopen(twenty)).rejects.toMatchObject({ code: "CALLBACK_WINDOW_PASSED" });
      await set({ reopenDays: "21" });
      expect((await reopen(twenty)).status).toBe("ASSIGNED");
      expect((await db().workOrder.findUniqueOrThrow({ where: { id: eight.id } })).status).toBe("CLOSED");
    } finally {
      await set({});
    }
  });
});

describe("paper reminders on 45 and 10 days", () => {
  it("remind at those marks, each once, and never at the default 60, 30 or 7", async () => {
    const start = new Date();
    const at = (days: number) => new Date(start.getTime() + days * DAY);
    const vendor = (name: string, insuranceDays: number) =>
      db().vendor.create({
        data: {
          orgId: admin.orgId,
          company: `Timings ${name}`,
          contactName: "Pat",
          email: `timings.${name}@vendors.example`,
          insuranceNumber: `INS-${name}`,
          insuranceExpiresAt: at(insuranceDays),
          licenceNumber: `LIC-${name}`,
          licenceExpiresAt: at(500),
        },
      });
    const far = await vendor("far", 50); // inside the default 60, outside 45
    const near = await vendor("near", 44.5);
    const soon = await vendor("soon", 9.5);
    await set({ reminderDays: "45, 10" });
    try {
      const notices = async (v: { id: string; email: string }) =>
        (await db().outboxMessage.findMany({ where: { recipient: v.email }, orderBy: { createdAt: "asc" } })).map((m) =>
          m.dedupeKey.split(":").at(-3),
        );
      const tick = async (days: number) => {
        const [a, b] = await Promise.all([chaseVendorPapers(at(days)), chaseVendorPapers(at(days))]);
        expect([a, b].filter((x) => x === "busy").length).toBeLessThanOrEqual(1);
      };
      await tick(0);
      await tick(0);
      expect(await notices(far)).toEqual([]);
      expect(await notices(near)).toEqual(["45"]);
      expect(await notices(soon)).toEqual(["10"]);
      // Days on: "far" reaches 45 (once), "near" passes the default 30 with nothing, then reaches 10.
      await tick(5.5);
      await tick(6);
      expect(await notices(far)).toEqual(["45"]);
      await tick(15); // "near" at 29.5 days, "far" at 35
      expect(await notices(near)).toEqual(["45"]);
      await tick(35); // "near" at 9.5 days
      await tick(36);
      expect(await notices(near)).toEqual(["45", "10"]);
      expect(await notices(soon)).toEqual(["10", "expired"]);
      await tick(43); // "far" at 7 days: no default 7-day reminder
      expect(await notices(far)).toEqual(["45", "10"]);
    } finally {
      await set({});
    }
  });
});
