import { describe, expect, it } from "vitest";
import {
  NEEDS_STAFF,
  parseQueueFilter,
  queueHref,
  queueOrderBy,
  queueWhere,
  savedViewWhere,
  type QueueFilter,
} from "@/lib/work-orders/queue-filter";

const now = new Date("2026-11-24T12:00:00Z");
const base: QueueFilter = { status: "OPEN", sort: "newest", page: 1, view: "table" };
const open = { status: { in: ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"] } };

describe("parseQueueFilter", () => {
  it.each([
    [{}, base],
    [
      { status: "CLOSED", sort: "due", page: "3", view: "board" },
      { ...base, status: "CLOSED", sort: "due", page: 3, view: "board" },
    ],
    [{ status: "ALL" }, { ...base, status: "ALL" }],
    // Bad or stale values fall back to defaults instead of failing the page.
    [
      {
        status: "nope",
        sort: "sideways",
        page: "-2",
        view: "grid",
        priority: "HIGH",
        age: "5",
        sla: "late",
        saved: "yours",
      },
      base,
    ],
    // Who is responsible: me, no one, or one person by id (issue 18).
    [
      { responsible: "me", saved: "mine" },
      { ...base, responsible: "me", saved: "mine" },
    ],
    [{ responsible: "none" }, { ...base, responsible: "none" }],
    [{ responsible: " u123 " }, { ...base, responsible: "u123" }],
    [{ responsible: "x".repeat(65) }, base],
    [
      {
        priority: "EMERGENCY",
        category: "c1",
        property: "p1",
        vendor: "v1",
        hold: "1",
        sla: "at-risk",
        age: "7",
        q: "  #1234 ",
        saved: "breached",
      },
      {
        ...base,
        priority: "EMERGENCY",
        categoryId: "c1",
        propertyId: "p1",
        vendorId: "v1",
        onHold: true,
        sla: "at-risk",
        olderThanDays: 7,
        q: "#1234",
        saved: "breached",
      },
    ],
    [{ q: "   ", property: "" }, base],
    // A report's period and its list of work orders; a malformed one is ignored.
    [
      { from: "2026-09-07T04:00:00.000Z", to: "2026-12-07T05:00:00.000Z", n: "12,15,12" },
      {
        ...base,
        createdFrom: new Date("2026-09-07T04:00:00.000Z"),
        createdTo: new Date("2026-12-07T05:00:00.000Z"),
        numbers: [12, 15],
      },
    ],
    [{ from: "last week", to: "2026-13-01", n: "12;drop" }, base],
    [{ status: ["NEW", "CLOSED"] }, { ...base, status: "NEW" }],
  ])("%j", (params, expected) => {
    expect(parseQueueFilter(params)).toEqual(expected);
  });

  it("round-trips through queueHref, leaving defaults out and resetting the page", () => {
    const f = parseQueueFilter({
      status: "NEW",
      q: "leak",
      hold: "1",
      age: "3",
      page: "4",
      sort: "due",
      responsible: "none",
    });
    expect(queueHref(base)).toBe("/dashboard");
    const href = queueHref(f);
    expect(href).toBe("/dashboard?status=NEW&responsible=none&hold=1&age=3&q=leak&sort=due");
    expect(parseQueueFilter(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({ ...f, page: 1 });
    expect(queueHref(f, { page: 2, view: "board" })).toContain("view=board");
    const report = parseQueueFilter({ status: "ALL", from: "2026-09-07T04:00:00.000Z", n: "7,9" });
    expect(parseQueueFilter(Object.fromEntries(new URL(queueHref(report), "http://x").searchParams))).toEqual(report);
  });
});

describe("queueWhere", () => {
  it.each<[string, Partial<QueueFilter>, object]>([
    ["open by default", {}, { AND: [open] }],
    ["all statuses", { status: "ALL" }, {}],
    ["one status", { status: "SCHEDULED" }, { AND: [{ status: "SCHEDULED" }] }],
    ["priority", { priority: "URGENT" }, { AND: [open, { priority: "URGENT" }] }],
    [
      "category, property, vendor",
      { status: "ALL", categoryId: "c", propertyId: "p", vendorId: "v" },
      { AND: [{ categoryId: "c" }, { propertyId: "p" }, { vendorId: "v" }] },
    ],
    ["on hold", { status: "ALL", onHold: true }, { AND: [{ holdReason: { not: null } }] }],
    ["breached", { status: "ALL", sla: "breached" }, { AND: [{ nextDueAt: { lte: now } }] }],
    [
      "at risk, not yet breached",
      { status: "ALL", sla: "at-risk" },
      { AND: [{ nextAtRiskAt: { lte: now }, nextDueAt: { gt: now } }] },
    ],
    [
      "created in a period, these numbers",
      { status: "ALL", createdFrom: now, createdTo: now, numbers: [4, 5] },
      { AND: [{ createdAt: { gte: now } }, { createdAt: { lt: now } }, { trackingNumber: { in: [4, 5] } }] },
    ],
    [
      "older than 3 days",
      { status: "ALL", olderThanDays: 3 },
      { AND: [{ createdAt: { lt: new Date("2026-11-21T12:00:00Z") } }] },
    ],
  ])("%s", (_name, f, expected) => {
    expect(queueWhere({ ...base, ...f }, now)).toEqual(expected);
  });

  it.each<[string, string, string | undefined, object]>([
    ["me, with a viewer", "me", "u-me", { responsibleId: "u-me" }],
    ["me, with no viewer: nobody's", "me", undefined, { responsibleId: "__nobody__" }],
    ["no one responsible", "none", "u-me", { responsibleId: null }],
    ["one person", "u-other", "u-me", { responsibleId: "u-other" }],
  ])("responsible: %s", (_name, responsible, me, expected) => {
    expect(queueWhere({ ...base, status: "ALL", responsible }, now, [], undefined, me)).toEqual({ AND: [expected] });
  });

  it("searches a tracking number with or without # and the text fields", () => {
    for (const q of ["1234", "#1234", "# 1234"]) {
      const w = queueWhere({ ...base, status: "ALL", q }, now) as { AND: { OR: object[] }[] };
      expect(w.AND[0].OR[0]).toEqual({ trackingNumber: 1234 });
      expect(w.AND[0].OR).toHaveLength(5);
    }
    const w = queueWhere({ ...base, status: "ALL", q: "leak" }, now) as { AND: { OR: object[] }[] };
    expect(w.AND[0].OR).toEqual([
      { description: { contains: "leak", mode: "insensitive" } },
      { reporterName: { contains: "leak", mode: "insensitive" } },
      { reporter: { is: { name: { contains: "leak", mode: "insensitive" } } } },
      { unit: { is: { label: { contains: "leak", mode: "insensitive" } } } },
    ]);
    // Too long for a tracking number: text only, never an out-of-range integer.
    const big = queueWhere({ ...base, status: "ALL", q: "12345678901" }, now) as { AND: { OR: object[] }[] };
    expect(big.AND[0].OR).toHaveLength(4);
  });

  it("with units and people looked up first, searches indexed id columns instead of joins", () => {
    const w = queueWhere({ ...base, status: "ALL", q: "#12" }, now, [], { unitIds: ["u1"], reporterIds: [] }) as {
      AND: { OR: object[] }[];
    };
    expect(w.AND[0].OR).toEqual([
      { trackingNumber: 12 },
      { description: { contains: "#12", mode: "insensitive" } },
      { reporterName: { contains: "#12", mode: "insensitive" } },
      { unitId: { in: ["u1"] } },
    ]);
  });

  it("leaves out the facet being counted", () => {
    const f: QueueFilter = { ...base, status: "NEW", priority: "LOW", saved: "unassigned" };
    expect(queueWhere(f, now, ["status"])).toEqual({ AND: [savedViewWhere("unassigned", now), { priority: "LOW" }] });
    expect(queueWhere(f, now, ["priority", "saved"])).toEqual({ AND: [{ status: "NEW" }] });
  });
});

describe("saved views", () => {
  it.each([
    ["unassigned", { status: "NEW", vendorId: null, technicianId: null }],
    ["emergencies", { ...open, priority: "EMERGENCY" }],
    ["breached", { ...open, nextDueAt: { lte: now } }],
    [
      "waiting",
      {
        ...open,
        OR: [
          { status: "NEW", firstResponseAt: null },
          { rescheduleRequestedAt: { not: null } },
          { status: "COMPLETED" },
        ],
      },
    ],
    ["owner", { ...open, holdReason: "WAITING_FOR_OWNER_APPROVAL" }],
  ] as const)("%s", (view, expected) => {
    expect(savedViewWhere(view, now)).toEqual(expected);
  });

  it("waiting on me: mine, and the next move is staff's — never work on hold for the owner", () => {
    const needsStaff = {
      AND: [
        open,
        {
          OR: [
            { status: "NEW" },
            { rescheduleRequestedAt: { not: null } },
            { status: "COMPLETED" },
            { estimates: { some: { status: "PENDING" } } },
          ],
        },
        { OR: [{ holdReason: null }, { holdReason: { not: "WAITING_FOR_OWNER_APPROVAL" } }] },
      ],
    };
    expect(NEEDS_STAFF).toEqual(needsStaff);
    expect(savedViewWhere("mine", now, "u-me")).toEqual({ AND: [{ responsibleId: "u-me" }, needsStaff] });
    // Without a viewer the view is nobody's, never everyone's.
    expect(savedViewWhere("mine", now)).toEqual({ AND: [{ responsibleId: "__nobody__" }, needsStaff] });
    // queueWhere passes the viewer down to the view.
    expect(queueWhere({ ...base, status: "ALL", saved: "mine" }, now, [], undefined, "u-me")).toEqual({
      AND: [savedViewWhere("mine", now, "u-me")],
    });
  });
});

describe("queueOrderBy", () => {
  it("sorts by next due soonest with finished work last, ties broken stably", () => {
    expect(queueOrderBy("due")).toEqual([
      { nextDueAt: { sort: "asc", nulls: "last" } },
      { createdAt: "asc" },
      { id: "asc" },
    ]);
    expect(queueOrderBy("newest")[0]).toEqual({ createdAt: "desc" });
    expect(queueOrderBy("oldest")[0]).toEqual({ createdAt: "asc" });
    expect(queueOrderBy("priority")[0]).toEqual({ priority: "asc" });
  });
});
