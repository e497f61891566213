import { describe, expect, it } from "vitest";
import { parseRange } from "@/lib/uploads/range";

describe("parseRange on a 1000-byte file", () => {
  it.each([
    [null, null],
    ["", null],
    ["bytes=0-1", { start: 0, end: 1 }], // what Safari asks first
    ["bytes=0-", { start: 0, end: 999 }], // what Chromium asks first
    ["bytes=500-", { start: 500, end: 999 }],
    ["bytes=990-2000", { start: 990, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=-5000", { start: 0, end: 999 }],
    ["bytes=999-999", { start: 999, end: 999 }],
    ["bytes=1000-", "unsatisfiable"],
    ["bytes=-0", "unsatisfiable"],
    ["bytes=5-1", null],
    ["bytes=0-1,5-9", null],
    ["items=0-1", null],
    ["bytes=-", null],
  ])("%j → %j", (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });

  it("finds nothing to send in an empty file", () => {
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
  });
});
