// The starting priority: the highest of the tenant's severity, the category's default and a detected
// emergency; never lower than what the tenant chose.
import { describe, expect, it } from "vitest";
import type { Priority } from "@/lib/db/generated/enums";
import { detectEmergency } from "@/lib/work-orders/emergency";
import { higherPriority, intakePriority } from "@/lib/work-orders/intake-priority";

const calm = "The kitchen cupboard door hinge is loose";
const gas = "I can smell gas in the kitchen";

describe("intakePriority", () => {
  it.each<[Priority, string, Priority | null, Priority]>([
    ["LOW", calm, null, "LOW"],
    ["LOW", calm, "URGENT", "URGENT"], // the category raises it
    ["URGENT", calm, "ROUTINE", "URGENT"], // …never lowers it
    ["ROUTINE", calm, "ROUTINE", "ROUTINE"],
    ["EMERGENCY", calm, "LOW", "EMERGENCY"],
    ["LOW", gas, null, "EMERGENCY"], // the words raise it above all
    ["LOW", gas, "URGENT", "EMERGENCY"],
    ["ROUTINE", calm, "EMERGENCY", "EMERGENCY"],
  ])("%s, %j, category %s → %s", (severity, description, categoryDefault, expected) => {
    const emergency = detectEmergency(description).emergency;
    expect(intakePriority({ severity, emergency, categoryDefault })).toBe(expected);
  });

  it("orders priorities most urgent first", () => {
    expect(higherPriority("LOW", "URGENT")).toBe("URGENT");
    expect(higherPriority("EMERGENCY", "ROUTINE")).toBe("EMERGENCY");
    expect(higherPriority("ROUTINE", "ROUTINE")).toBe("ROUTINE");
  });
});
