// The vendor scorecard from job records: each measure table-tested, including what is left out.
import { describe, expect, it } from "vitest";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { humanHours, scorecard, type JobRecord } from "@/lib/vendors/scorecard";
import { english } from "../support/english";

const T = (h: number) => new Date(Date.UTC(2026, 10, 1) + h * 3_600_000);
const job = (o: Partial<JobRecord>): JobRecord => ({
  status: "CLOSED",
  assignedAt: T(0),
  acceptedAt: null,
  windowEnd: null,
  arrivedAt: null,
  completedAt: null,
  rating: null,
  callbacks: 0,
  ...o,
});

describe("scorecard", () => {
  it.each([
    [
      "no jobs: nothing to say",
      [],
      {
        jobs: 0,
        medianResponseHours: null,
        onTimeRate: null,
        medianCompletionHours: null,
        completionRate: null,
        callbackRate: null,
        averageRating: null,
      },
    ],
    [
      "response is assignment to acceptance, median",
      [job({ acceptedAt: T(1) }), job({ acceptedAt: T(3) }), job({ acceptedAt: T(10) })],
      { medianResponseHours: 3 },
    ],
    [
      "an even count takes the middle two",
      [job({ acceptedAt: T(1) }), job({ acceptedAt: T(4) })],
      { medianResponseHours: 2.5 },
    ],
    [
      "never accepted: not in the response time",
      [job({ acceptedAt: null }), job({ acceptedAt: T(2) })],
      { medianResponseHours: 2 },
    ],
    [
      "arriving by the window's end is on time; a minute after is not",
      [
        job({ windowEnd: T(30), arrivedAt: T(30) }),
        job({ windowEnd: T(30), arrivedAt: new Date(T(30).getTime() + 60_000) }),
      ],
      { onTimeRate: 0.5 },
    ],
    ["early counts as on time", [job({ windowEnd: T(30), arrivedAt: T(20) })], { onTimeRate: 1 }],
    [
      "no arrival recorded: not counted either way",
      [job({ windowEnd: T(30) }), job({ windowEnd: T(30), arrivedAt: T(29) })],
      { onTimeRate: 1 },
    ],
    [
      "completion time from assignment",
      [job({ completedAt: T(24) }), job({ completedAt: T(48) }), job({ completedAt: T(72) })],
      { medianCompletionHours: 48 },
    ],
    [
      "taken away before completion lowers the completion rate; open jobs don't count",
      [job({ completedAt: T(5) }), job({ status: "NEW" }), job({ status: "ASSIGNED" })],
      { completionRate: 0.5 },
    ],
    [
      "a job that came back is a callback",
      [
        job({ completedAt: T(5), callbacks: 1 }),
        job({ completedAt: T(5) }),
        job({ completedAt: T(5) }),
        job({ completedAt: T(5), callbacks: 2 }),
      ],
      { callbackRate: 0.5 },
    ],
    [
      "a reopened job, open again, still counts as a callback",
      [job({ status: "ASSIGNED", completedAt: null, callbacks: 1 }), job({ completedAt: T(5) })],
      { callbackRate: 0.5 },
    ],
    [
      "ratings average; unrated jobs left out",
      [job({ rating: 5 }), job({ rating: 4 }), job({ rating: null })],
      { averageRating: 4.5 },
    ],
  ] as const)("%s", (_name, rows, expected) => {
    expect(scorecard([...rows])).toMatchObject(expected);
  });

  it.each([
    [0.5, "under an hour"],
    [1, "about 1 h"],
    [30.4, "about 30 h"],
    [60, "2.5 days"],
  ] as const)("%s hours reads %s", (h, text) => {
    expect(english(humanHours(h))).toBe(text);
  });

  it.each([
    [0.5, "menos de una hora"],
    [30.4, "unas 30 h"],
    [60, "2.5 días"],
  ] as const)("%s hours reads %s in Spanish", (h, text) => {
    expect(translator("es", es)(humanHours(h))).toBe(text);
  });
});
