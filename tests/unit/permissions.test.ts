// The permission table, written out the long way: loosening any cell (a role gaining an action)
// or tightening one fails here, loudly, with the cell named.
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Action } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";

const ROLES: Role[] = ["ADMIN", "MANAGER", "TECHNICIAN", "OWNER", "TENANT"];
const Y = true;
const n = false;

//                                         ADMIN MANAGER TECH OWNER TENANT
const EXPECTED: Record<Action, [boolean, boolean, boolean, boolean, boolean]> = {
  "request:create": [Y, Y, n, n, Y],
  "request:view-own": [n, n, n, n, Y],
  "queue:view": [Y, Y, n, n, n],
  "work-order:manage": [Y, Y, n, n, n],
  "work-order:override-compliance": [Y, Y, n, n, n],
  "job:work": [n, n, Y, n, n],
  "estimate:add": [Y, Y, Y, n, n],
  "estimate:approve": [Y, Y, n, n, n],
  "directory:view": [Y, Y, n, n, n],
  "directory:edit": [Y, Y, n, n, n],
  "vendors:edit": [Y, n, n, n, n],
  "owners:edit": [Y, n, n, n, n],
  "managers:assign": [Y, n, n, n, n],
  "owner:view": [n, n, n, Y, n],
  "reports:view": [Y, Y, n, Y, n],
  "outbox:read": [Y, n, n, n, n],
  "settings:edit": [Y, n, n, n, n],
  "audit:view": [Y, n, n, n, n],
  "notifications:own": [Y, Y, Y, n, n],
};

describe("permission table", () => {
  it("has exactly the actions this test knows", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cells = Object.entries(EXPECTED).flatMap(([action, row]) =>
    ROLES.map((role, i) => [action as Action, role, row[i]] as const),
  );
  it.each(cells)("%s by %s: %s", (action, role, allowed) => {
    expect(can({ role }, action)).toBe(allowed);
  });

  it("gives a vendor on a job link no role-wide action: a link may do only what its use cases allow", () => {
    for (const action of Object.keys(EXPECTED) as Action[]) expect(can({ role: "VENDOR" }, action)).toBe(false);
  });

  it("refuses nobody-signed-in for everything", () => {
    for (const action of Object.keys(EXPECTED) as Action[]) expect(can(null, action)).toBe(false);
  });
});
