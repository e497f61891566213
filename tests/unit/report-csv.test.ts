// CSV fields as Excel reads them: quoted when needed, formulas defused, instants in ISO 8601 UTC.
import { describe, expect, it } from "vitest";
import { BOM, csvField, csvLine } from "@/lib/csv";

describe("csvField", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    [12, "12"],
    [0.5, "0.5"],
    [true, "true"],
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["+1 555", "'+1 555"],
    ["-5", "-5"], // a negative amount stays a number a SUM adds
    ["-12.50", "-12.50"],
    ["-1+2", "'-1+2"],
    ["-5 ", "'-5 "],
    ["--5", "'--5"],
    ["-", "'-"],
    ["\t-5", "'\t-5"],
    ["@cmd", "'@cmd"],
    [-5, "-5"], // a number is a number
    [new Date("2026-03-08T07:30:00Z"), "2026-03-08T07:30:00.000Z"],
  ])("%j → %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("ends lines with CRLF and starts files with a BOM", () => {
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
    expect(BOM).toBe("\uFEFF");
  });
});
