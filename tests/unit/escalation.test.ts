// How far along the on-call chain an unanswered emergency has gone, on the organisation's step.
import { describe, expect, it } from "vitest";
import { pagesDue } from "@/lib/cron/escalation";

describe("pagesDue", () => {
  it("escalates along the chain every 15 minutes (the default), never past its end", () => {
    expect([0, 14, 15, 29, 30, 200].map((m) => pagesDue(m, 2, 15))).toEqual([1, 1, 2, 2, 2, 2]);
    expect([0, 15, 30, 45].map((m) => pagesDue(m, 3, 15))).toEqual([1, 2, 3, 3]);
    expect(pagesDue(60, 0, 15)).toBe(0);
  });

  it.each([
    // [step in minutes, minutes since the request, chain length, contacts paged]
    [5, 0, 4, 1],
    [5, 4.99, 4, 1],
    [5, 5, 4, 2],
    [5, 10, 4, 3],
    [5, 14, 4, 3],
    [5, 15, 4, 4],
    [5, 60, 4, 4],
    [1, 2, 5, 3],
    [30, 29, 3, 1],
    [30, 30, 3, 2],
    [30, 59, 3, 2],
    [240, 239, 2, 1],
    [240, 240, 2, 2],
    [45, -3, 2, 1], // a clock a little behind: the first contact all the same
  ] as const)("a %d-minute step, %d minutes in, a chain of %d: %d paged", (step, minutes, chain, expected) => {
    expect(pagesDue(minutes, chain, step)).toBe(expected);
  });
});
