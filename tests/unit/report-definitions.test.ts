// Every report metric is defined, and the README repeats the same words.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFINITIONS, definitionsMarkdown } from "@/lib/reports/definitions";

describe("report definitions", () => {
  it("say what is counted and what starts and stops the clock, for every metric", () => {
    for (const [id, d] of Object.entries(DEFINITIONS)) {
      expect(d.title, id).not.toBe("");
      expect(d.counts.length, id).toBeGreaterThan(20);
      expect(d.clock.length, id).toBeGreaterThan(10);
    }
    expect(Object.keys(DEFINITIONS)).toEqual(
      expect.arrayContaining(["speed.firstResponse", "sla.response", "volume.backlog", "vendors.table", "costs.spend"]),
    );
  });

  it("are in the README as generated (run scripts/report-definitions.ts after a change)", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
    expect(readme).toContain(definitionsMarkdown());
  });
});
