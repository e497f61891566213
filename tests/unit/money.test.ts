import { describe, expect, it } from "vitest";
import { dollarsToCents, formatCents } from "@/lib/money";

describe("dollarsToCents", () => {
  it.each<[string, number | undefined | null]>([
    ["", undefined],
    ["  ", undefined],
    ["240", 24000],
    ["240.5", 24050],
    ["240.05", 24005],
    ["$1,240.50", 124050],
    ["0", 0],
    ["-5", null],
    ["12.345", null],
    ["abc", null],
    ["1e3", null],
  ])("%j -> %j", (typed, cents) => expect(dollarsToCents(typed)).toBe(cents));
  it("formats cents as dollars", () => expect(formatCents(124050)).toBe("$1,240.50"));
});
