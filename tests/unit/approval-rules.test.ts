import { describe, expect, it } from "vitest";
import { approvalRule, type ApprovalInput } from "@/lib/work-orders/approval-rules";

const org = { managerLimitCents: 20_000, ownerLimitCents: 50_000 };
const owner = { approvalLimitCents: null };
const rule = (amountCents: number, more: Partial<ApprovalInput> = {}) => {
  const r = approvalRule({ amountCents, emergency: false, org, owner, ...more });
  return [r.approver, r.notifyOwner, r.reason];
};

describe("approval rules (DESIGN.md §6), exact to the cent", () => {
  it.each([
    [0, "MANAGER", false, "under-manager-limit"],
    [19_999, "MANAGER", false, "under-manager-limit"], // $199.99
    [20_000, "MANAGER", true, "manager-with-owner-notice"], // $200.00
    [35_000, "MANAGER", true, "manager-with-owner-notice"],
    [50_000, "MANAGER", true, "manager-with-owner-notice"], // $500.00
    [50_001, "OWNER", true, "over-owner-limit"], // $500.01
    [1_000_000, "OWNER", true, "over-owner-limit"],
  ])("%i cents: %s approves, owner told %s", (cents, approver, told, reason) => {
    expect(rule(cents)).toEqual([approver, told, reason]);
  });

  it.each([
    [50_000, "MANAGER", true, "manager-with-owner-notice"],
    [50_001, "MANAGER", true, "emergency-over-owner-limit"], // emergency $500.01
    [19_999, "MANAGER", false, "under-manager-limit"],
  ])("emergency, %i cents: %s approves, owner told %s", (cents, approver, told, reason) => {
    expect(rule(cents, { emergency: true })).toEqual([approver, told, reason]);
  });

  it.each([
    [
      "an owner who approves everything over $300",
      { owner: { approvalLimitCents: 30_000 } },
      [
        [29_999, "MANAGER", true],
        [30_000, "MANAGER", true],
        [30_001, "OWNER", true],
      ],
    ],
    [
      "an owner who trusts the manager up to $1,000",
      { owner: { approvalLimitCents: 100_000 } },
      [
        [50_001, "MANAGER", true],
        [100_001, "OWNER", true],
      ],
    ],
    [
      "an owner limit below the manager's ($150)",
      { owner: { approvalLimitCents: 15_000 } },
      [
        [14_999, "MANAGER", false],
        [15_000, "MANAGER", true],
        [15_001, "OWNER", true],
      ],
    ],
    [
      "a property with its own limits ($100 / $250)",
      { property: { managerLimitCents: 10_000, ownerLimitCents: 25_000 } },
      [
        [9_999, "MANAGER", false],
        [10_000, "MANAGER", true],
        [25_000, "MANAGER", true],
        [25_001, "OWNER", true],
      ],
    ],
    [
      "a property limit beats the owner's",
      { owner: { approvalLimitCents: 30_000 }, property: { ownerLimitCents: 80_000 } },
      [
        [30_001, "MANAGER", true],
        [80_001, "OWNER", true],
      ],
    ],
    [
      "a property that sets only the manager's limit ($100); the owner's own $300 still holds",
      { owner: { approvalLimitCents: 30_000 }, property: { managerLimitCents: 10_000 } },
      [
        [9_999, "MANAGER", false],
        [10_000, "MANAGER", true],
        [30_000, "MANAGER", true],
        [30_001, "OWNER", true],
      ],
    ],
    [
      "a property manager limit above the owner's is capped at it",
      { property: { managerLimitCents: 60_000 } },
      [
        [49_999, "MANAGER", false],
        [50_000, "MANAGER", true],
        [50_001, "OWNER", true],
      ],
    ],
    [
      "a property with no owner on file",
      { owner: null },
      [
        [20_000, "MANAGER", false],
        [99_999, "MANAGER", false],
      ],
    ],
  ] as const)("%s", (_name, more, cases) => {
    for (const [cents, approver, told] of cases)
      expect(rule(cents, more as Partial<ApprovalInput>).slice(0, 2), `${cents}`).toEqual([approver, told]);
  });

  it.each([-1, 1.5, Number.NaN])("refuses %s cents", (cents) => {
    expect(() => approvalRule({ amountCents: cents, emergency: false, org, owner })).toThrow(RangeError);
  });
});
