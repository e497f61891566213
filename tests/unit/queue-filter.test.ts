import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { parseReportFilters } from "@/lib/reports/filters";
import { formatDay } from "@/lib/time";
import { activeView, createdDays, parseQueueFilter, queueHref, type QueueFilter } from "@/lib/work-orders/queue-filter";
import {
  OPEN_SQL,
  containsPattern,
  keysetSql,
  orderSql,
  queueWhereSql,
  savedViewSql,
  scopeSql,
} from "@/lib/work-orders/queue-sql";

const now = new Date("2026-11-24T12:00:00Z");
const base: QueueFilter = { status: "OPEN", sort: "newest", view: "table" };

describe("parseQueueFilter", () => {
  it.each([
    [{}, base],
    [
      { status: "CLOSED", sort: "due", after: "cm123abc", view: "board" },
      { ...base, status: "CLOSED", sort: "due", after: "cm123abc", view: "board" },
    ],
    [{ status: "ALL" }, { ...base, status: "ALL" }],
    // Bad or stale values fall back to defaults instead of failing the page.
    [
      {
        status: "nope",
        sort: "sideways",
        after: "x'; DROP TABLE",
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
    [
      { from: "2026-09-07T04:00:00.000Z", to: "2026-12-07T05:00:00.000Z", clock: "completed" },
      {
        ...base,
        createdFrom: new Date("2026-09-07T04:00:00.000Z"),
        createdTo: new Date("2026-12-07T05:00:00.000Z"),
        periodClock: "completed",
      },
    ],
    [{ from: "last week", to: "2026-13-01", n: "12;drop", clock: "closed" }, base],
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
      after: "cm4",
      sort: "due",
      responsible: "none",
    });
    expect(queueHref(base)).toBe("/dashboard");
    const href = queueHref(f);
    expect(href).toBe("/dashboard?status=NEW&responsible=none&hold=1&age=3&q=leak&sort=due");
    expect(parseQueueFilter(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({
      ...f,
      after: undefined,
    });
    expect(queueHref(f, { view: "board" })).toContain("view=board");
    expect(queueHref(f, { before: "cm9" })).toBe(`${href}&before=cm9`);
    const report = parseQueueFilter({ status: "ALL", from: "2026-09-07T04:00:00.000Z", n: "7,9" });
    expect(parseQueueFilter(Object.fromEntries(new URL(queueHref(report), "http://x").searchParams))).toEqual(report);
    const completed = parseQueueFilter({ status: "ALL", from: "2026-09-07T04:00:00.000Z", clock: "completed" });
    expect(queueHref(completed)).toContain("clock=completed");
    expect(parseQueueFilter(Object.fromEntries(new URL(queueHref(completed), "http://x").searchParams))).toEqual(
      completed,
    );
  });
});

describe("createdDays: a report's period, back in the queue's banner", () => {
  // A custom period as the report reads it (whole local days, end included), sent to the queue in
  // its link and read back there: the banner names the report's own days.
  it.each([
    ["America/New_York", "2026-09-09", "2026-12-07"], // summer time ends on 1 November, in between
    ["America/New_York", "2026-03-01", "2026-03-08"], // ends on the day summer time starts
    ["America/Los_Angeles", "2026-11-24", "2026-11-24"], // one day
    ["Asia/Kolkata", "2026-01-01", "2026-01-31"], // ahead of UTC by a half hour
    ["Pacific/Auckland", "2026-09-27", "2026-10-03"],
    ["UTC", "2026-02-01", "2026-02-28"],
    // Santiago's clocks skip midnight starting 6 September: a period ending the day before, and one starting that day.
    ["America/Santiago", "2026-08-30", "2026-09-05"],
    ["America/Santiago", "2026-09-06", "2026-09-12"],
  ])("%s %s to %s", (zone, fromDate, toDate) => {
    const report = parseReportFilters({ period: "custom", from: fromDate, to: toDate }, now, zone);
    const href = queueHref({ ...base, status: "ALL", createdFrom: report.from, createdTo: report.to });
    const f = parseQueueFilter(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect([f.createdFrom, f.createdTo]).toEqual([report.from, report.to]); // the URL is exact to the millisecond
    expect(createdDays(f, zone)).toEqual({ from: fromDate, to: toDate });
  });

  it("one end only; none", () => {
    const createdTo = new Date("2026-12-08T05:00:00.000Z"); // midnight starting 8 December in New York
    expect(createdDays({ createdTo }, "America/New_York")).toEqual({ from: undefined, to: "2026-12-07" });
    expect(createdDays({ createdTo }, "UTC")).toEqual({ from: undefined, to: "2026-12-08" });
    expect(createdDays({}, "UTC")).toEqual({ from: undefined, to: undefined });
  });

  it.each([
    ["2026-12-07", "en", "Dec 7, 2026"],
    ["2026-09-09", "en", "Sep 9, 2026"],
    ["2026-01-01", "es", "1 ene 2026"],
  ])("formatDay %s (%s) is %s, whatever the server's zone", (ymd, locale, words) => {
    expect(formatDay(ymd, locale)).toBe(words);
  });
});

describe("activeView: the chip that is the list on screen", () => {
  it.each([
    [{}, "open"],
    [{ saved: "breached" }, "breached"],
    [{ saved: "mine", status: "ALL" }, "mine"], // a saved view is open work whatever the status says
    // Every status (a report's link) or one status only: not "All open", and no view either.
    [{ status: "ALL" }, undefined],
    [{ status: "CLOSED" }, undefined],
    [{ status: "NEW" }, undefined],
    [{ status: "ALL", from: "2026-09-09T04:00:00.000Z" }, undefined],
  ])("%j", (params, chip) => {
    expect(activeView(parseQueueFilter(params))).toBe(chip);
  });
});

// What the SQL says is checked against real rows in tests/db/queue.test.ts and queue-paging.test.ts;
// here: the parameters carry the user's input, and the shapes the indexes depend on.
const text = (q: { sql: string }) => q.sql.replace(/\s+/g, " ");

describe("queueWhereSql", () => {
  it("open by default, written as the partial indexes' own predicate", () => {
    const migrations = readdirSync("prisma/migrations").filter((d) => d.includes("queue_search_and_indexes"));
    const sql = readFileSync(`prisma/migrations/${migrations[0]}/migration.sql`, "utf8");
    expect(text(queueWhereSql(base, now))).toBe("w.status IN ('NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED')");
    expect(sql).toContain(`WHERE ${OPEN_SQL.sql.replace("w.", "")}`);
    expect(text(queueWhereSql({ ...base, status: "ALL" }, now))).toBe("TRUE");
  });

  it("takes every value the user typed as a parameter", () => {
    const q = queueWhereSql(
      {
        ...base,
        status: "SCHEDULED",
        priority: "URGENT",
        categoryId: "c'1",
        propertyId: "p1",
        vendorId: "v1",
        responsible: "me",
        q: "o'brien 50%",
        numbers: [4, 5],
      },
      now,
      [],
      "u-me",
    );
    expect(q.values).toEqual(["c'1", "p1", "v1", "u-me", "%o'brien 50\\%%", 4, 5]);
    expect(q.sql).not.toContain("brien");
    // A status and a priority are written into the statement (each gets its own plan), from the
    // enum's own list only.
    expect(q.sql).toContain("w.status = 'SCHEDULED'");
    expect(q.sql).toContain("w.priority = 'URGENT'");
  });

  it.each([
    ["status", { status: "NEW' OR TRUE --" }],
    ["priority", { priority: "LOW'; DROP TABLE x --" }],
  ])("refuses a %s outside the enum's list rather than write it", (_facet, bad) => {
    expect(() => queueWhereSql({ ...base, ...(bad as Partial<QueueFilter>) }, now)).toThrow(/not a queue filter value/);
  });

  it("searches a tracking number with or without # beside the text", () => {
    for (const q of ["1234", "#1234", "# 1234"]) {
      const w = queueWhereSql({ ...base, status: "ALL", q }, now);
      expect(text(w)).toBe('(w."trackingNumber" = ? OR w."searchText" ILIKE ?)');
      expect(w.values).toEqual([1234, `%${q}%`]);
    }
    // Too long for a tracking number: text only, never an out-of-range integer.
    expect(queueWhereSql({ ...base, status: "ALL", q: "12345678901" }, now).values).toEqual(["%12345678901%"]);
    expect(containsPattern("a_b\\c%")).toBe("%a\\_b\\\\c\\%%");
  });

  it("leaves out the facet being counted; me without a viewer is nobody", () => {
    const f: QueueFilter = { ...base, status: "SCHEDULED", priority: "LOW", saved: "unassigned" };
    expect(text(queueWhereSql(f, now, ["status"]))).not.toContain("SCHEDULED");
    expect(text(queueWhereSql(f, now, ["status"]))).toContain("w.priority = 'LOW'");
    expect(text(queueWhereSql(f, now, ["priority", "saved"]))).toBe("w.status = 'SCHEDULED'");
    expect(savedViewSql("mine", now).values).toEqual(["__nobody__"]);
    expect(queueWhereSql({ ...base, status: "ALL", responsible: "none" }, now).sql).toContain("IS NULL");
  });

  it("scope: the organisation, and a manager's properties; none is nothing", () => {
    expect(scopeSql({ orgId: "o" }).values).toEqual(["o"]);
    expect(scopeSql({ orgId: "o", propertyIds: ["a", "b"] }).values).toEqual(["o", "a", "b"]);
    expect(text(scopeSql({ orgId: "o", propertyIds: [] }))).toBe("FALSE");
  });
});

describe("sorts and keyset", () => {
  it("every sort ends on the id; next due puts finished work last, and walking back reverses it", () => {
    expect(orderSql("due").sql).toBe('w."nextDueAt" ASC NULLS LAST, w."createdAt" ASC, w."id" ASC');
    expect(orderSql("due", true).sql).toBe('w."nextDueAt" DESC NULLS FIRST, w."createdAt" DESC, w."id" DESC');
    expect(orderSql("newest").sql).toBe('w."createdAt" DESC, w."id" DESC');
    expect(orderSql("priority").sql).toMatch(/^w."priority" ASC/);
  });

  it("reads the cursor row's keys in scope: one row comparison where it can, the first key bounded otherwise", () => {
    const k = keysetSql("newest", "cm1", false, { orgId: "o", propertyIds: ["p"] });
    expect(text(k)).toBe(
      '(w."createdAt", w."id") < (SELECT c."createdAt", c."id" FROM "WorkOrder" c WHERE c.id = ? AND c."orgId" = ? AND c."propertyId" IN (?))',
    );
    expect(k.values).toEqual(["cm1", "o", "p"]);
    expect(text(keysetSql("newest", "cm1", true, { orgId: "o" }))).toMatch(/^\(w."createdAt", w."id"\) > /);
    expect(text(keysetSql("oldest", "cm1", false, { orgId: "o" }))).toMatch(/^\(w."createdAt", w."id"\) > /);
    expect(text(keysetSql("priority", "cm1", false, { orgId: "o" }))).toMatch(
      /^w."priority" >= \(SELECT c."priority" /,
    );
  });
});
