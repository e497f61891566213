// "Back to where you were" only ever leads to a page of ours (issue 15: the language switch's
// returnTo let "/\t/evil.test" through a prefix check).
import { describe, expect, it } from "vitest";
import { sameOriginPath } from "@/lib/same-origin-path";

const ours = "https://repairs.example.com";

describe("sameOriginPath", () => {
  it.each([
    ["/requests/12?tab=photos", "/requests/12?tab=photos"],
    ["/", "/"],
    ["/r/maple-court#form", "/r/maple-court#form"],
    ["requests", "/requests"],
    ["https://repairs.example.com/dashboard", "/dashboard"],
    ["/\t/evil.test", "/"],
    ["/\n/evil.test/x", "/"],
    ["//evil.test/x", "/"],
    ["/\\evil.test", "/"],
    ["\\\\evil.test", "/"],
    ["https://evil.test/", "/"],
    ["http://repairs.example.com/dashboard", "/"], // another scheme is another origin
    ["javascript:alert(1)", "/"],
    ["https://repairs.example.com.evil.test/", "/"],
    ["https://user@evil.test/", "/"],
    ["", "/"],
  ])("%j → %j", (target, expected) => {
    expect(sameOriginPath(target, ours)).toBe(expected);
  });
});
