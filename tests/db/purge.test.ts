// The tick's purge (issue 15): unadopted drafts older than a day go, rows and files; expired
// sign-in tokens and rate-limit hits older than any window go; everything else stays. Two ticks at
// once do the work once; a long backlog goes in batches over several ticks.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { purgeStale } from "@/lib/cron/purge";
import { runTick } from "@/lib/cron/tick";
import { db } from "@/lib/db/client";
import { saveDrafts } from "@/lib/uploads/drafts";
import { processFile } from "@/lib/uploads/process-file";
import { storage } from "@/lib/uploads/storage";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const now = new Date("2026-12-01T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
let tenant: Actor;
let jpeg: Buffer;

async function draft(name: string, at: Date) {
  const key = `purge-${name}`.padEnd(20, "x");
  const out = await saveDrafts({
    key,
    photos: [await processFile(`${name}.jpg`, jpeg)],
    by: { userId: tenant.userId },
    now: at,
  });
  if (!("saved" in out)) throw new Error("draft refused");
  return { key, ...(await db().attachment.findUniqueOrThrow({ where: { id: out.saved[0].id } })) };
}
const exists = async (row: { id: string; storageKey: string }) => [
  !!(await db().attachment.findUnique({ where: { id: row.id } })),
  !!(await storage().get(row.storageKey)),
];
const numbers = (xs: (number | "busy")[]) => xs.filter((x): x is number => x !== "busy");

let old: Awaited<ReturnType<typeof draft>>, recent: typeof old, adopted: typeof old;

beforeAll(async () => {
  await seedDemo(db(), now);
  tenant = await actorFor("tenant@fixwell.example");
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#33a" } })
    .jpeg()
    .toBuffer();
  old = await draft("old", hoursAgo(25));
  recent = await draft("recent", hoursAgo(23));
  adopted = await draft("adopted", hoursAgo(30));
  const plumbing = await db().category.findFirstOrThrow({ where: { orgId: tenant.orgId, name: "Plumbing" } });
  await createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: adopted.key,
      categoryId: plumbing.id,
      severity: "ROUTINE",
      description: "Leak under the kitchen sink",
    },
    now: hoursAgo(29),
  });
  await db().verificationToken.createMany({
    data: [
      { identifier: "tenant@fixwell.example", token: "expired", expires: new Date(now.getTime() - 1000) },
      { identifier: "tenant@fixwell.example", token: "fresh", expires: new Date(now.getTime() + 5 * 60_000) },
    ],
  });
  await db().rateLimitHit.createMany({
    data: [
      { bucket: "signin:tenant@fixwell.example", createdAt: hoursAgo(25) },
      { bucket: "signin:tenant@fixwell.example", createdAt: hoursAgo(23) },
      { bucket: "upload:ip:10.0.0.1", createdAt: hoursAgo(0.5) },
    ],
  });
});

describe("purgeStale", () => {
  it("two at once: one purges, the other skips or finds nothing; a draft of 25 hours goes (row and file), one of 23 stays", async () => {
    const results = await Promise.all([purgeStale(now), purgeStale(now)]);
    expect(numbers(results).reduce((a, b) => a + b, 0)).toBe(3); // the old draft, the expired token, the old hit
    expect(results.filter((r) => r === "busy").length).toBeLessThanOrEqual(1);
    expect(await exists(old)).toEqual([false, false]);
    expect(await exists(recent)).toEqual([true, true]);
  });

  it("never touches a photo a work order adopted, however old", async () => {
    const row = await db().attachment.findUniqueOrThrow({ where: { id: adopted.id } });
    expect(row.workOrderId).not.toBeNull();
    expect(await exists(adopted)).toEqual([true, true]);
  });

  it("removes expired sign-in tokens and old rate-limit hits; fresh ones stay", async () => {
    expect((await db().verificationToken.findMany()).map((t) => t.token)).toEqual(["fresh"]);
    expect((await db().rateLimitHit.findMany({ orderBy: { createdAt: "asc" } })).map((h) => h.createdAt)).toEqual([
      hoursAgo(23),
      hoursAgo(0.5),
    ]);
  });

  it("a retry finds nothing more to do", async () => {
    expect(await purgeStale(now)).toBe(0);
    expect(await exists(recent)).toEqual([true, true]);
  });

  it("a backlog goes in batches, one per tick, reported by runTick", async () => {
    await db().rateLimitHit.createMany({
      data: Array.from({ length: 1500 }, () => ({ bucket: "qr:ip:10.0.0.9", createdAt: hoursAgo(48) })),
    });
    const [a, b] = await Promise.all([runTick(now), runTick(now)]);
    // At most a batch (1000 hits) per tick, whoever runs it.
    expect(numbers([a.purged, b.purged]).every((n) => n <= 1000)).toBe(true);
    await runTick(now);
    expect(await db().rateLimitHit.count({ where: { bucket: "qr:ip:10.0.0.9" } })).toBe(0);
    expect(await db().rateLimitHit.count()).toBe(2);
  });
});
