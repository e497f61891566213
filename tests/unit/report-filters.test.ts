// The reports' period and filters, read from a query string in the organisation's time zone.
import { describe, expect, it } from "vitest";
import { filtersToQuery, offeredFilters, parseReportFilters } from "@/lib/reports/filters";

const NY = "America/New_York";

// A custom period that cannot be read, asked on 15 June 2026 in New York: the last 90 days instead, and a note.
const UNREADABLE_IN_JUNE = {
  period: "90",
  fromDate: "2026-03-18",
  toDate: "2026-06-15",
  from: "2026-03-18T04:00:00.000Z",
  to: "2026-06-16T04:00:00.000Z",
  notice: "unreadable",
};

describe("parseReportFilters: the period", () => {
  const cases: {
    name: string;
    params: Record<string, string | string[] | undefined>;
    now: string;
    want: { period: string; fromDate: string; toDate: string; from: string; to: string; notice?: string };
  }[] = [
    {
      name: "defaults to the last 90 days, ending today",
      params: {},
      now: "2026-06-15T12:00:00Z",
      want: {
        period: "90",
        fromDate: "2026-03-18",
        toDate: "2026-06-15",
        from: "2026-03-18T04:00:00.000Z",
        to: "2026-06-16T04:00:00.000Z",
      },
    },
    {
      name: "last 30 days across the spring DST change: starts at EST midnight, ends at EDT midnight",
      params: { period: "30" },
      now: "2026-03-20T12:00:00Z",
      want: {
        period: "30",
        fromDate: "2026-02-19",
        toDate: "2026-03-20",
        from: "2026-02-19T05:00:00.000Z",
        to: "2026-03-21T04:00:00.000Z",
      },
    },
    {
      name: "today is the local date: 22:00 in New York is already tomorrow in UTC",
      params: { period: "30" },
      now: "2026-03-02T03:00:00Z",
      want: {
        period: "30",
        fromDate: "2026-01-31",
        toDate: "2026-03-01",
        from: "2026-01-31T05:00:00.000Z",
        to: "2026-03-02T05:00:00.000Z",
      },
    },
    {
      name: "custom, given backwards, is swapped; November's DST change (1 Nov 02:00) is inside",
      params: { period: "custom", from: "2026-11-30", to: "2026-11-01" },
      now: "2026-12-10T12:00:00Z",
      want: {
        period: "custom",
        fromDate: "2026-11-01",
        toDate: "2026-11-30",
        from: "2026-11-01T04:00:00.000Z",
        to: "2026-12-01T05:00:00.000Z",
      },
    },
    {
      name: "custom longer than three years is cut to 1,098 days before its end, and says so",
      params: { period: "custom", from: "2020-01-01", to: "2026-01-01" },
      now: "2026-02-01T12:00:00Z",
      want: {
        period: "custom",
        fromDate: "2022-12-30",
        toDate: "2026-01-01",
        from: "2022-12-30T05:00:00.000Z",
        to: "2026-01-02T05:00:00.000Z",
        notice: "cut",
      },
    },
    {
      name: "custom without an end falls back to 90 days",
      params: { period: "custom", from: "2026-01-01" },
      now: "2026-06-15T12:00:00Z",
      want: UNREADABLE_IN_JUNE,
    },
    {
      name: "custom with an impossible date falls back to 90 days",
      params: { period: "custom", from: "2026-13-45", to: "2026-06-01" },
      now: "2026-06-15T12:00:00Z",
      want: UNREADABLE_IN_JUNE,
    },
    ...(
      [
        ["31 February", "2026-02-31", "2026-03-31"],
        ["29 February of a common year", "2026-02-29", "2026-03-31"],
        ["an end whose next day is in year 10000", "2026-03-01", "9999-12-31"],
        ["a year before 1970", "0050-01-01", "2026-03-31"],
        ["a day that is not a date", "2026-1-5", "2026-03-31"],
      ] as const
    ).map(([what, from, to]) => ({
      name: `custom with ${what} falls back to 90 days, and says so`,
      params: { period: "custom", from, to },
      now: "2026-06-15T12:00:00Z",
      want: UNREADABLE_IN_JUNE,
    })),
    {
      name: "custom on 29 February of a leap year is read",
      params: { period: "custom", from: "2024-02-29", to: "2024-03-01" },
      now: "2026-06-15T12:00:00Z",
      want: {
        period: "custom",
        fromDate: "2024-02-29",
        toDate: "2024-03-01",
        from: "2024-02-29T05:00:00.000Z",
        to: "2024-03-02T05:00:00.000Z",
      },
    },
    {
      name: "an unknown period falls back to 90 days",
      params: { period: "7" },
      now: "2026-06-15T12:00:00Z",
      want: {
        period: "90",
        fromDate: "2026-03-18",
        toDate: "2026-06-15",
        from: "2026-03-18T04:00:00.000Z",
        to: "2026-06-16T04:00:00.000Z",
      },
    },
    {
      name: "the last 365 days",
      params: { period: "365" },
      now: "2026-06-15T12:00:00Z",
      want: {
        period: "365",
        fromDate: "2025-06-16",
        toDate: "2026-06-15",
        from: "2025-06-16T04:00:00.000Z",
        to: "2026-06-16T04:00:00.000Z",
      },
    },
  ];
  it.each(cases)("$name", ({ params, now, want }) => {
    const f = parseReportFilters(params, new Date(now), NY);
    expect({
      period: f.period,
      fromDate: f.fromDate,
      toDate: f.toDate,
      from: f.from.toISOString(),
      to: f.to.toISOString(),
      ...(f.notice && { notice: f.notice }),
    }).toEqual(want);
  });
});

describe("parseReportFilters: the narrowing filters", () => {
  const now = new Date("2026-06-15T12:00:00Z");
  const cases: { name: string; params: Record<string, string | string[] | undefined>; want: object }[] = [
    {
      name: "none by default",
      params: {},
      want: { propertyId: undefined, categoryId: undefined, priority: undefined, vendorId: undefined },
    },
    {
      name: "all four read",
      params: { property: "p1", category: "c1", priority: "URGENT", vendor: "v1" },
      want: { propertyId: "p1", categoryId: "c1", priority: "URGENT", vendorId: "v1" },
    },
    { name: "an unknown priority is dropped", params: { priority: "HIGH" }, want: { priority: undefined } },
    {
      name: "an empty value is no filter",
      params: { property: "", vendor: "" },
      want: { propertyId: undefined, vendorId: undefined },
    },
    { name: "an over-long id is dropped", params: { category: "x".repeat(65) }, want: { categoryId: undefined } },
    { name: "a repeated parameter takes the first", params: { property: ["p1", "p2"] }, want: { propertyId: "p1" } },
  ];
  it.each(cases)("$name", ({ params, want }) => {
    expect(parseReportFilters(params, now, NY)).toMatchObject(want);
  });

  it("round-trips through the query string", () => {
    const f = parseReportFilters(
      { period: "custom", from: "2026-01-01", to: "2026-01-31", property: "p1", priority: "LOW" },
      now,
      NY,
    );
    expect(filtersToQuery(f).toString()).toBe("period=custom&from=2026-01-01&to=2026-01-31&property=p1&priority=LOW");
    expect(parseReportFilters(Object.fromEntries(filtersToQuery(f)), now, NY)).toEqual(f);
  });
});

describe("parseReportFilters: what was typed in an unreadable custom period", () => {
  const now = new Date("2026-06-15T12:00:00Z");
  it.each([
    [{ from: "2026-10-01" }, { from: "2026-10-01", to: "" }], // half filled in
    [
      { from: "2026-02-31", to: "2026-03-31" },
      { from: "", to: "2026-03-31" },
    ], // a day that does not exist is not kept
    [
      { from: "", to: "" },
      { from: "", to: "" },
    ],
  ])("%j keeps %j for the form", (days, asked) => {
    const f = parseReportFilters({ period: "custom", ...days }, now, NY);
    expect({ period: f.period, notice: f.notice, asked: f.asked }).toEqual({
      period: "90",
      notice: "unreadable",
      asked,
    });
  });

  it("a readable period has nothing to keep", () => {
    expect(parseReportFilters({ period: "30", from: "2026-10-01" }, now, NY).asked).toBeUndefined();
  });
});

describe("offeredFilters", () => {
  const now = new Date("2026-06-15T12:00:00Z");
  const offered = { properties: [{ id: "p1" }], categories: [{ id: "c1" }], vendors: [{ id: "v1" }] };
  it.each([
    [
      { property: "p1", category: "c1", vendor: "v1" },
      { propertyId: "p1", categoryId: "c1", vendorId: "v1" },
    ],
    [{ property: "p9" }, { propertyId: undefined }], // another owner's, or another organisation's
    [
      { category: "c9", vendor: "v9" },
      { categoryId: undefined, vendorId: undefined },
    ],
  ])("%j → %j", (params, want) => {
    const f = offeredFilters(parseReportFilters({ ...params, priority: "LOW" }, now, NY), offered);
    expect(f).toMatchObject({ ...want, priority: "LOW" });
  });

  it("drops a vendor when the reader's form has no vendor filter (an owner's)", () => {
    const f = offeredFilters(parseReportFilters({ vendor: "v1" }, now, NY), { ...offered, vendors: [] });
    expect(f.vendorId).toBeUndefined();
  });
});
