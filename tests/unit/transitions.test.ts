import { describe, expect, it } from "vitest";
import { checkTransition, nextStatuses, type Mover } from "@/lib/work-orders/transitions";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";

const NOW = new Date("2026-01-31T00:00:00Z"); // a pure rule: any instant will do

type Row = [WorkOrderStatus, WorkOrderStatus, Mover, "ok" | "TRANSITION_NOT_ALLOWED" | "ROLE_NOT_ALLOWED", string?];

// Every row of DESIGN.md §2, plus the moves that must be refused.
const table: Row[] = [
  ["NEW", "ASSIGNED", "MANAGER", "ok", "assignee"],
  ["NEW", "ASSIGNED", "ADMIN", "ok", "assignee"],
  ["NEW", "ASSIGNED", "TENANT", "ROLE_NOT_ALLOWED"],
  ["NEW", "ASSIGNED", "VENDOR", "ROLE_NOT_ALLOWED"],
  ["ASSIGNED", "SCHEDULED", "MANAGER", "ok", "window"],
  ["ASSIGNED", "SCHEDULED", "VENDOR", "ok", "window"],
  ["ASSIGNED", "SCHEDULED", "TENANT", "ROLE_NOT_ALLOWED"],
  ["SCHEDULED", "SCHEDULED", "MANAGER", "ok", "window"],
  ["ASSIGNED", "ASSIGNED", "MANAGER", "ok", "assignee"],
  ["SCHEDULED", "ASSIGNED", "MANAGER", "ok", "assignee"],
  ["SCHEDULED", "ASSIGNED", "VENDOR", "ROLE_NOT_ALLOWED"],
  ["ASSIGNED", "COMPLETED", "MANAGER", "ok", "notes"],
  ["SCHEDULED", "COMPLETED", "VENDOR", "ok", "notes"],
  ["SCHEDULED", "COMPLETED", "TENANT", "ROLE_NOT_ALLOWED"],
  ["COMPLETED", "CLOSED", "TENANT", "ok"],
  ["COMPLETED", "CLOSED", "MANAGER", "ok"],
  ["COMPLETED", "CLOSED", "SYSTEM", "ok"],
  ["COMPLETED", "CLOSED", "VENDOR", "ROLE_NOT_ALLOWED"],
  ["COMPLETED", "ASSIGNED", "TENANT", "ok", "reason"],
  ["COMPLETED", "ASSIGNED", "MANAGER", "ok", "reason"],
  ["NEW", "CANCELLED", "TENANT", "ok", "reason"],
  ["ASSIGNED", "CANCELLED", "TENANT", "ROLE_NOT_ALLOWED"],
  ["SCHEDULED", "CANCELLED", "MANAGER", "ok", "reason"],
  ["ASSIGNED", "NEW", "MANAGER", "ok", "reason"],
  ["ASSIGNED", "NEW", "VENDOR", "ok", "reason"],
  ["CLOSED", "ASSIGNED", "MANAGER", "ok", "reason"],
  ["CLOSED", "ASSIGNED", "TENANT", "ROLE_NOT_ALLOWED"],
  ["NEW", "COMPLETED", "MANAGER", "TRANSITION_NOT_ALLOWED"],
  ["NEW", "SCHEDULED", "MANAGER", "TRANSITION_NOT_ALLOWED"],
  ["NEW", "CLOSED", "MANAGER", "TRANSITION_NOT_ALLOWED"],
  ["CANCELLED", "NEW", "ADMIN", "TRANSITION_NOT_ALLOWED"],
  ["CANCELLED", "ASSIGNED", "MANAGER", "TRANSITION_NOT_ALLOWED"],
  ["CLOSED", "COMPLETED", "MANAGER", "TRANSITION_NOT_ALLOWED"],
  ["SCHEDULED", "NEW", "MANAGER", "TRANSITION_NOT_ALLOWED"],
  ["COMPLETED", "CANCELLED", "MANAGER", "TRANSITION_NOT_ALLOWED"],
];

describe("checkTransition", () => {
  it.each(table)("%s → %s by %s: %s", (from, to, who, expected, requires) => {
    const r = checkTransition({ from, to, who, now: NOW });
    if (expected === "ok") {
      expect(r).toEqual({ ok: true, requires });
    } else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe(expected);
    }
  });

  it("explains a refused move in words", () => {
    const r = checkTransition({ from: "NEW", to: "COMPLETED", who: "MANAGER", now: NOW });
    expect(r).toMatchObject({
      ok: false,
      message: "err.TRANSITION_NOT_ALLOWED",
      vars: { from: "status.NEW", to: "status.COMPLETED" },
    });
  });

  it.each([
    // [the organisation's reopen window in days, days since closing, allowed]
    [30, 30, true], // the default: up to the 30th day
    [30, 30.00001, false],
    [7, 7, true],
    [7, 7.5, false],
    [7, 12, false],
    [90, 60, true],
    [1, 0.5, true],
    [1, 2, false],
    [365, 365, true],
  ] as const)("reopens a closed request within a %d-day window: %d days after closing → %s", (window, days, ok) => {
    const closedAt = new Date("2026-01-01T00:00:00Z");
    const r = checkTransition({
      from: "CLOSED",
      to: "ASSIGNED",
      who: "MANAGER",
      closed: { at: closedAt, reopenWindowDays: window },
      now: new Date(closedAt.getTime() + days * 86_400_000),
    });
    if (ok) expect(r.ok).toBe(true);
    else expect(r).toMatchObject({ ok: false, code: "CALLBACK_WINDOW_PASSED", vars: { days: window } });
  });

  it("leaves a completed request's reopening to the auto-close, whatever the window", () => {
    const r = checkTransition({ from: "COMPLETED", to: "ASSIGNED", who: "TENANT", now: NOW });
    expect(r).toEqual({ ok: true, requires: "reason" });
  });
});

describe("nextStatuses", () => {
  it.each<[WorkOrderStatus, Mover, WorkOrderStatus[]]>([
    ["NEW", "MANAGER", ["ASSIGNED", "CANCELLED"]],
    ["NEW", "TENANT", ["CANCELLED"]],
    ["ASSIGNED", "MANAGER", ["SCHEDULED", "ASSIGNED", "COMPLETED", "CANCELLED", "NEW"]],
    ["COMPLETED", "TENANT", ["CLOSED", "ASSIGNED"]],
    ["CANCELLED", "ADMIN", []],
  ])("from %s for %s", (from, who, expected) => {
    expect(nextStatuses(from, who).sort()).toEqual([...expected].sort());
  });
});
