// The audit log names who made a change only when the change runs inside asActor (lib/audit/as-actor.ts):
// every write to an audited table in lib/ does, except the few that no signed-in person makes, listed
// here with why. A new use case that writes a setting, a vendor, a unit or a person outside asActor
// fails this test instead of logging a staff member's change as the system's.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const AUDITED = [
  "organization",
  "slaTarget",
  "holiday",
  "category",
  "onCallContact",
  "autoAssignRule",
  "webhookEndpoint",
  "vendor",
  "vendorCategory",
  "vendorDocument",
  "owner",
  "property",
  "propertyManager",
  "unit",
  "tenantProfile",
  "user",
];
const WRITE = new RegExp(
  String.raw`\b(db\(\)|tx)\.(${AUDITED.join("|")})\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\b`,
  "g",
);
/** Writes no signed-in person makes: recorded as the system's, on purpose. */
const SYSTEM_WRITES: Record<string, string> = {
  "lib/auth/adapter.ts": "Auth.js marks an address verified while signing in (not a change anyone makes)",
  "lib/work-orders/inbound-sms.ts": "STOP texted from a phone: the carrier's opt-out, no one signed in",
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : files(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("writes to audited tables", () => {
  const writers = files(path.join(root, "lib"))
    .map((f) => ({ file: path.relative(root, f), text: readFileSync(f, "utf8") }))
    .filter(({ text }) => WRITE.test(text) && ((WRITE.lastIndex = 0), true));

  it("finds the use cases it checks", () => {
    expect(writers.map((w) => w.file)).toEqual(
      expect.arrayContaining(["lib/directory/save-vendor.ts", "lib/settings/save-organization.ts"]),
    );
  });

  it("run as their caller (asActor), or are a listed system write", () => {
    const unnamed = writers
      .filter(({ file }) => !(file in SYSTEM_WRITES))
      .flatMap(({ file, text }) => {
        const direct = [...text.matchAll(WRITE)].filter((m) => m[1] === "db()").map((m) => `${file}: ${m[0]}`);
        const inTx =
          /\btx\.\w+\.\w+/.test(text) && !text.includes("asActor(") ? [`${file}: tx writes outside asActor`] : [];
        return [...direct, ...inTx];
      });
    expect(unnamed).toEqual([]);
  });
});
