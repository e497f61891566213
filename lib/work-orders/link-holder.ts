// A tracking link used to act (message, reschedule, confirm, rate): the holder becomes a tenant
// of that one work order. Redemption is rate-limited per link so a leaked one cannot be hammered.
import "server-only";
import type { LinkHolder } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { sha256 } from "@/lib/crypto";
import { workOrderByTrackingToken } from "@/lib/work-orders/tracking";

export async function linkHolder(token: string, now: Date): Promise<LinkHolder> {
  const wo = await workOrderByTrackingToken(token, now);
  if (!wo) throw notFound();
  await rateLimit(`tracking:${sha256(token).slice(0, 32)}`, 30, 3600, now);
  return {
    via: "tracking-link",
    workOrderId: wo.id,
    orgId: wo.orgId,
    role: "TENANT",
    name: wo.reporterName ? `${wo.reporterName} (tracking link)` : "Tenant (tracking link)",
  };
}
