// The reports' CSV route given a custom period it cannot read: days that pass the YYYY-MM-DD shape
// but are not dates (31 February), or whose next day is past year 9999, answer the default period
// (the last 90 days, as the page shows with a note), never a server error.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
import { buildFixture, type Fixture } from "./reports-fixture";

const { GET } = await import("@/app/api/reports/export/route");

let fx: Fixture;
beforeAll(async () => {
  fx = await buildFixture();
});

async function exportAs(actor: Fixture["manager"], query: string) {
  session.actor = actor;
  const res = await GET(new Request(`http://x/api/reports/export?${query}`));
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, name: res.headers.get("content-disposition") ?? "", bytes };
}

/** Days from the first to the last day the file names ("…_YYYY-MM-DD_YYYY-MM-DD.csv"), both counted. */
function daysNamed(disposition: string) {
  const m = /_(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})\.csv"$/.exec(disposition);
  expect(m, disposition).not.toBeNull();
  return (Date.parse(m![2]) - Date.parse(m![1])) / 86_400_000 + 1;
}

describe("report export: a custom period that cannot be read", () => {
  it.each([
    ["speed", "2026-02-31", "2026-03-31"], // 31 February
    ["volume", "2026-02-30", "2026-03-31"],
    ["speed", "2026-03-01", "9999-12-31"], // the day after the end is in year 10000
    ["work-orders", "2026-03-01", "9999-12-31"],
    ["costs", "0050-01-01", "2026-03-31"],
  ] as const)("%s from %s to %s answers the last 90 days", async (section, from, to) => {
    const r = await exportAs(fx.manager, `section=${section}&period=custom&from=${from}&to=${to}`);
    expect(r.status).toBe(200);
    expect(daysNamed(r.name)).toBe(90);
    expect([...r.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, then the file
  });

  it("a real custom period is kept", async () => {
    const r = await exportAs(fx.manager, "section=speed&period=custom&from=2024-02-29&to=2024-03-06");
    expect(r.status).toBe(200);
    expect(r.name).toContain("speed_2024-02-29_2024-03-06.csv");
  });
});
