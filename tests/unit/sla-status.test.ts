import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { formatAge } from "@/lib/time";
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
  const en_ = translator("en", en);
  const es_ = translator("es", es);
  it.each([
    [t(0), t(0), "0 min left", "quedan 0 min"],
    [t(1), t(0), "1 h left", "quedan 1 h"],
    [new Date(t(3).getTime() + 20 * 60_000), t(0), "3 h 20 min left", "quedan 3 h 20 min"],
    [t(72), t(0), "3 days left", "quedan 3 días"],
    [t(0), new Date(t(0).getTime() + 45 * 60_000), "45 min overdue", "45 min de retraso"],
    [t(0), t(50), "2 days overdue", "2 días de retraso"],
  ])("%s vs %s", (due, now, english, spanish) => {
    expect(formatCountdown(due, now, en_)).toBe(english);
    expect(formatCountdown(due, now, es_)).toBe(spanish);
  });
});

describe("formatAge", () => {
  it.each([
    [0, "under an hour", "menos de una hora"],
    [0.99, "under an hour", "menos de una hora"],
    [1, "1 h", "1 h"],
    [47.5, "47 h", "47 h"],
    [48, "2 days", "2 días"],
    [24 * 1200, "1,200 days", "1,200 días"],
  ])("%s hours ago", (hours, english, spanish) => {
    const now = t(0);
    const from = new Date(now.getTime() - hours * 3_600_000);
    expect(formatAge(from, now, translator("en", en))).toBe(english);
    expect(formatAge(from, now, translator("es", es))).toBe(spanish);
  });
});
