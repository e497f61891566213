import { describe, expect, it } from "vitest";
import { formatCountdown, slaClock, type SlaFields } from "@/lib/work-orders/sla-status";

const t = (h: number) => new Date(Date.UTC(2026, 2, 10, 0, 0) + h * 3_600_000);
const base: SlaFields = {
  status: "NEW",
  firstResponseAt: null,
  completedAt: null,
  responseDueAt: t(4),
  responseAtRiskAt: t(3),
  resolutionDueAt: t(24),
  resolutionAtRiskAt: t(18),
};

describe("slaClock", () => {
  it.each([
    ["new, early", {}, t(1), "response", "ok"],
    ["new, exactly at risk", {}, t(3), "response", "at-risk"],
    ["new, a second before due", {}, new Date(t(4).getTime() - 1000), "response", "at-risk"],
    ["new, exactly due", {}, t(4), "response", "breached"],
    ["responded: resolution clock", { status: "ASSIGNED", firstResponseAt: t(1) }, t(5), "resolution", "ok"],
    ["responded, resolution at risk", { status: "SCHEDULED", firstResponseAt: t(1) }, t(18), "resolution", "at-risk"],
    ["responded, resolution breached", { status: "ASSIGNED", firstResponseAt: t(1) }, t(30), "resolution", "breached"],
    ["acknowledged while still NEW", { firstResponseAt: t(1) }, t(5), "resolution", "ok"],
  ] as const)("%s", (_name, patch, now, target, state) => {
    const clock = slaClock({ ...base, ...patch } as SlaFields, now);
    expect(clock?.target).toBe(target);
    expect(clock?.state).toBe(state);
  });

  it.each(["COMPLETED", "CLOSED", "CANCELLED"] as const)("no clock once %s", (status) => {
    expect(slaClock({ ...base, status, firstResponseAt: t(1) }, t(100))).toBeNull();
  });

  it("no clock without due times", () => {
    expect(slaClock({ ...base, responseDueAt: null, responseAtRiskAt: null }, t(1))).toBeNull();
  });
});

describe("formatCountdown", () => {
  it.each([
    [t(0), t(0), "0 min left"],
    [t(1), t(0), "1 h left"],
    [new Date(t(3).getTime() + 20 * 60_000), t(0), "3 h 20 min left"],
    [t(72), t(0), "3 days left"],
    [t(0), new Date(t(0).getTime() + 45 * 60_000), "45 min overdue"],
    [t(0), t(50), "2 days overdue"],
  ])("%s vs %s", (due, now, text) => {
    expect(formatCountdown(due, now)).toBe(text);
  });
});
