import { describe, expect, it } from "vitest";
import {
  centsForInput,
  orgApprovalSchema,
  ownerApprovalSchema,
  propertyThresholdSchema,
} from "@/lib/directory/approval-schemas";
import { issueMsg } from "@/lib/i18n/translate";
import { english } from "@/tests/support/english";

const org = (v: Partial<Record<"managerLimit" | "ownerLimit" | "reminderHours" | "escalateHours", string>>) =>
  orgApprovalSchema.safeParse({
    managerLimit: "200",
    ownerLimit: "500",
    reminderHours: "48",
    escalateHours: "96",
    ...v,
  });
// Each refusal as the English reader sees it (keys with their slots, read through the dictionary).
const errorsOf = (r: {
  success: boolean;
  error?: { issues: { code: string; path: PropertyKey[]; message: string; params?: unknown }[] };
}) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), english(issueMsg(i))]));

describe("organisation cost-approval settings", () => {
  it("dollars in, integer cents out", () => {
    expect(org({ managerLimit: "$199.99", ownerLimit: "1,250.5" })).toMatchObject({
      success: true,
      data: {
        managerApprovalLimitCents: 19_999,
        ownerNotifyLimitCents: 125_050,
        ownerReminderHours: 48,
        ownerEscalateHours: 96,
      },
    });
    expect(org({ managerLimit: "500", ownerLimit: "500" }).success).toBe(true); // equal limits: nothing in between
  });

  it.each([
    [{ managerLimit: "500.01" }, "managerLimit", /cannot be above the owner's/],
    [{ managerLimit: "199.999" }, "managerLimit", /whole cents/],
    [{ ownerLimit: "12.3.4" }, "ownerLimit", /whole cents/],
    [{ ownerLimit: "-5" }, "ownerLimit", /whole cents/],
    [{ managerLimit: "0" }, "managerLimit", /More than \$0\.00/],
    [{ ownerLimit: "" }, "ownerLimit", /Enter the owner's limit/],
    [{ reminderHours: "0" }, "reminderHours", /Between 1 and/],
    [{ reminderHours: "1.5" }, "reminderHours", /whole number of hours/],
    [{ reminderHours: "" }, "reminderHours", /Enter the reminder time/],
    [{ escalateHours: "-2" }, "escalateHours", /whole number of hours/],
    [{ escalateHours: "3000" }, "escalateHours", /Between 1 and 2,160/],
    [{ reminderHours: "48", escalateHours: "48" }, "escalateHours", /later than the reminder/],
  ] as const)("refuses %j beside %s", (v, field, message) => {
    const r = org(v);
    expect(r.success).toBe(false);
    expect(errorsOf(r)[field]).toMatch(message);
  });
});

describe("a property's limits", () => {
  it.each([
    [
      { managerLimit: "", ownerLimit: "" },
      { managerApprovalLimitCents: null, ownerApprovalLimitCents: null },
    ],
    [
      { managerLimit: "100", ownerLimit: "" },
      { managerApprovalLimitCents: 10_000, ownerApprovalLimitCents: null },
    ],
    [
      { managerLimit: "", ownerLimit: "350" },
      { managerApprovalLimitCents: null, ownerApprovalLimitCents: 35_000 },
    ],
    [
      { managerLimit: "100", ownerLimit: "250.00" },
      { managerApprovalLimitCents: 10_000, ownerApprovalLimitCents: 25_000 },
    ],
  ])("%j → %j (empty: the owner's or the organisation's)", (v, out) => {
    expect(propertyThresholdSchema.parse(v)).toEqual(out);
  });

  it("refuses a manager limit above the owner's, and amounts that are not whole cents", () => {
    expect(
      errorsOf(propertyThresholdSchema.safeParse({ managerLimit: "300", ownerLimit: "250" })).managerLimit,
    ).toMatch(/cannot be above/);
    expect(errorsOf(propertyThresholdSchema.safeParse({ managerLimit: "", ownerLimit: "2.555" })).ownerLimit).toMatch(
      /whole cents/,
    );
  });
});

describe("an owner's approval terms", () => {
  it.each([
    [
      { approvalLimit: "", deemedApprovedAfterHours: "" },
      { approvalLimitCents: null, deemedApprovedAfterHours: null },
    ],
    [
      { approvalLimit: "300", deemedApprovedAfterHours: "72" },
      { approvalLimitCents: 30_000, deemedApprovedAfterHours: 72 },
    ],
  ])("%j → %j", (v, out) => expect(ownerApprovalSchema.parse(v)).toEqual(out));

  it("refuses a bad amount and bad hours beside each field", () => {
    const e = errorsOf(
      ownerApprovalSchema.safeParse({ approvalLimit: "three hundred", deemedApprovedAfterHours: "0" }),
    );
    expect(e).toMatchObject({
      approvalLimit: expect.stringMatching(/whole cents/),
      deemedApprovedAfterHours: expect.stringMatching(/Between 1/),
    });
  });
});

it.each([
  [null, ""],
  [20_000, "200"],
  [19_999, "199.99"],
  [25_050, "250.50"],
])("centsForInput(%s) = %j", (cents, typed) => expect(centsForInput(cents)).toBe(typed));
