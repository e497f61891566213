// Fixed-window counting in the database, so it holds across app instances.
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function rateLimit(bucket: string, max: number, windowSeconds: number, now: Date): Promise<void> {
  const since = new Date(now.getTime() - windowSeconds * 1000);
  const count = await db().rateLimitHit.count({ where: { bucket, createdAt: { gt: since } } });
  if (count >= max) {
    throw new AppError("RATE_LIMITED", "err.RATE_LIMITED", undefined, { minutes: Math.ceil(windowSeconds / 60) });
  }
  await db().rateLimitHit.create({ data: { bucket, createdAt: now } });
}
