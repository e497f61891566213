// The monthly export (issue 17): once a month each recipient the admin chose gets one email whose
// link downloads the organisation's work completed last month; the link opens nothing else, and
// nothing after it expires.
import { beforeAll, describe, expect, it } from "vitest";
import { decrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { exportKey, sendMonthlyExports } from "@/lib/cron/monthly-export";
import { lastMonth, readExportLink } from "@/lib/reports/export-link";
import { saveReportRecipients } from "@/lib/settings/save-report-recipients";

const { GET } = await import("@/app/api/reports/monthly/[token]/route");

const DAY = 86_400_000;
let orgId: string;
let otherOrgId: string;

/** An organisation with one work order completed at each of `completed`. */
async function orgWith(name: string, completed: Date[], recipients: string[]) {
  const org = await db().organization.create({
    data: { name, timeZone: "America/New_York", emergencyHotline: "+15550000000", reportRecipients: recipients },
  });
  const property = await db().property.create({
    data: { orgId: org.id, name: `${name} House`, slug: `${name.toLowerCase()}-house`, address: "1 Main St" },
  });
  const unit = await db().unit.create({ data: { propertyId: property.id, label: "1A" } });
  const category = await db().category.create({ data: { orgId: org.id, name: "Plumbing" } });
  const numbers: number[] = [];
  for (const at of completed) {
    const w = await db().workOrder.create({
      data: {
        orgId: org.id,
        propertyId: property.id,
        unitId: unit.id,
        categoryId: category.id,
        tenantSeverity: "ROUTINE",
        priority: "ROUTINE",
        status: "COMPLETED",
        description: `Fixed ${at.toISOString()}`,
        createdAt: new Date(at.getTime() - 3 * DAY),
        completedAt: at,
        actualCostCents: 12_345,
      },
    });
    numbers.push(w.trackingNumber);
  }
  return { org, numbers };
}

const messagesOf = (org: string) =>
  db().outboxMessage.findMany({ where: { orgId: org, template: "report-export" }, orderBy: { recipient: "asc" } });
const tokenOf = (m: { secretEnc: string | null }) => decrypt(m.secretEnc!).split("/").pop()!;

describe("with fixed clocks", () => {
  const now = new Date("2026-12-01T14:00:00Z"); // 09:00 on 1 December in New York
  let numbers: number[];
  beforeAll(async () => {
    const a = await orgWith(
      "Acme",
      [new Date("2026-11-10T15:00:00Z"), new Date("2026-10-20T15:00:00Z")],
      ["books@acme.test", "owner@acme.test"],
    );
    orgId = a.org.id;
    numbers = a.numbers;
    otherOrgId = (await orgWith("Other", [new Date("2026-11-12T15:00:00Z")], [])).org.id;
  });

  it("queues one email per recipient for last month, once however many ticks run", async () => {
    expect(await sendMonthlyExports(now)).toBe(2);
    expect(await sendMonthlyExports(new Date(now.getTime() + 3_600_000))).toBe(0);
    const sent = await messagesOf(orgId);
    expect(sent.map((m) => [m.recipient, m.dedupeKey])).toEqual([
      ["books@acme.test", exportKey(orgId, "2026-11", "books@acme.test")],
      ["owner@acme.test", exportKey(orgId, "2026-11", "owner@acme.test")],
    ]);
    expect(sent[0].subject).toBe("Acme: maintenance export for November 2026");
    expect(sent[0].body).toContain("{{link}}");
    expect(sent[0].body).not.toContain("/api/reports/monthly/"); // the link travels encrypted only
    expect(await messagesOf(otherOrgId)).toEqual([]); // no recipients, nothing sent
  });

  it("gives each link its organisation and month, until it expires", async () => {
    const [first] = await messagesOf(orgId);
    const token = tokenOf(first);
    expect(await readExportLink(token, now)).toEqual({ orgId, period: "2026-11" });
    expect(await readExportLink(token, new Date(now.getTime() + 31 * DAY))).toBeNull();
    expect(await readExportLink("x".repeat(43), now)).toBeNull();
    expect(numbers).toHaveLength(2);
  });

  it("sends December's in January, not again November's", async () => {
    expect(await sendMonthlyExports(new Date("2027-01-01T14:00:00Z"))).toBe(2);
    expect((await messagesOf(orgId)).map((m) => m.dedupeKey)).toContain(exportKey(orgId, "2026-12", "books@acme.test"));
  });

  it("takes the links of whoever the admin removes at once, and of everyone when the list is emptied", async () => {
    const jan = new Date("2027-01-02T14:00:00Z");
    const admin = await db().user.create({
      data: { orgId, email: "admin@acme.test", name: "Ada Admin", role: "ADMIN" },
    });
    const actor = {
      userId: admin.id,
      orgId,
      role: "ADMIN" as const,
      name: admin.name,
      email: admin.email,
      propertyIds: [],
      unitId: null,
      ownerId: null,
    };
    // December's links, mailed on 1 January (November's have expired by now).
    const link = async (recipient: string) => {
      const m = (await messagesOf(orgId)).find((x) => x.dedupeKey === exportKey(orgId, "2026-12", recipient))!;
      return readExportLink(tokenOf(m), jan);
    };
    const december = { orgId, period: "2026-12" };
    expect([await link("books@acme.test"), await link("owner@acme.test")]).toEqual([december, december]);

    // The owner leaves the list: their link stops; the books' still opens.
    await saveReportRecipients({ actor, recipients: ["books@acme.test"], now: jan });
    expect([await link("books@acme.test"), await link("owner@acme.test")]).toEqual([december, null]);
    // Put back, they get next month's link: the old one stays revoked.
    await saveReportRecipients({ actor, recipients: ["books@acme.test", "owner@acme.test"], now: jan });
    expect(await link("owner@acme.test")).toBeNull();
    // An empty list stops the export and every link sent.
    await saveReportRecipients({ actor, recipients: [], now: jan });
    expect([await link("books@acme.test"), await link("owner@acme.test")]).toEqual([null, null]);
    expect(await db().actionToken.count({ where: { purpose: "REPORT_EXPORT", subjectId: otherOrgId } })).toBe(0);
  });
});

describe("the download, on the wall clock", () => {
  it("streams the work completed in the link's month, of its organisation only; a bad link is 404", async () => {
    const now = new Date(); // the route reads the wall clock, so the link is minted on it too
    const { period, fromDate } = lastMonth(now, "America/New_York");
    const inMonth = new Date(`${fromDate}T16:00:00Z`);
    const before = new Date(inMonth.getTime() - 40 * DAY);
    const mine = await orgWith("Wall", [inMonth, before], ["books@wall.test"]);
    await orgWith("Elsewhere", [inMonth], []);
    await sendMonthlyExports(now);
    const [message] = await messagesOf(mine.org.id);
    const res = await GET(new Request("http://x/"), { params: Promise.resolve({ token: tokenOf(message) }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`work-orders-completed_${period}.csv`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel looks for
    const csv = bytes.toString("utf8");
    const rows = csv.split("\r\n").slice(1).filter(Boolean);
    expect(rows.map((r) => Number(r.split(",")[0]))).toEqual([mine.numbers[0]]);
    expect(rows[0]).toContain("123.45");

    const bad = await GET(new Request("http://x/"), { params: Promise.resolve({ token: "y".repeat(43) }) });
    expect(bad.status).toBe(404);
  });
});
