// A tenant's text back to us (DESIGN.md §7). A keyword counts only as the whole message: YES or
// FIXED confirms the fix, NO reopens it, STOP opts the number out. It answers the open question of
// that number ("Is this resolved?"); with more than one open, the reply asks which request instead
// of guessing ("YES 1234" names it). Anything else is threaded into the sender's latest open request.
// Each Twilio MessageSid is handled once.
import "server-only";
import type { Caller } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { WorkOrder } from "@/lib/db/generated/client";
import { tellThread } from "@/lib/work-orders/thread-notices";
import { enqueue } from "@/lib/outbox/outbox";
import { renderTenantMessage } from "@/lib/notifications/templates";
import { isLocale } from "@/lib/i18n/locales";
import { changeStatus } from "@/lib/work-orders/change-status";

export type InboundSms = { from: string; body: string; messageSid: string; now: Date };
export type InboundResult = {
  outcome: "duplicate" | "confirmed" | "reopened" | "opted-out" | "threaded" | "asked-which" | "unknown-sender";
  trackingNumber?: number;
};

const STOP_WORDS = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"];

/** The whole message as a keyword, optionally naming a request: "yes", "FIXED!", "no #1234". */
export function parseKeyword(body: string): { word: "YES" | "NO" | "STOP"; trackingNumber?: number } | null {
  const m = /^\s*([a-z]+)[.!]?\s*(?:#?(\d{1,9}))?\s*[.!]?\s*$/i.exec(body);
  if (!m) return null;
  const w = m[1].toUpperCase();
  const n = m[2] ? Number(m[2]) : undefined;
  if (w === "YES" || w === "FIXED") return { word: "YES", trackingNumber: n };
  if (w === "NO") return { word: "NO", trackingNumber: n };
  if (STOP_WORDS.includes(w) && n === undefined) return { word: "STOP" };
  return null;
}

export async function handleInboundSms(sms: InboundSms): Promise<InboundResult> {
  try {
    return await handle(sms);
  } catch (err) {
    // The same MessageSid delivered twice at once: the second insert hits the unique key.
    if ((err as { code?: string }).code === "P2002") return { outcome: "duplicate" };
    throw err;
  }
}

async function handle({ from, body, messageSid, now }: InboundSms): Promise<InboundResult> {
  if (await db().message.findUnique({ where: { externalId: messageSid } })) return { outcome: "duplicate" };
  const users = await db().user.findMany({
    where: { phone: from, disabledAt: null },
    include: { tenantProfile: true },
  });
  const keyword = parseKeyword(body);
  if (keyword?.word === "STOP") {
    await db().user.updateMany({ where: { phone: from }, data: { smsOptOut: true } });
    return { outcome: "opted-out" };
  }
  const open = await db().workOrder.findMany({
    where: {
      status: { in: ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"] },
      OR: [{ reporterId: { in: users.map((u) => u.id) } }, { reporterId: null, reporterPhone: from }],
    },
    orderBy: { updatedAt: "desc" },
  });
  if (open.length === 0) return { outcome: "unknown-sender" };

  const callerFor = (wo: WorkOrder): Caller => {
    const u = users.find((x) => x.id === wo.reporterId);
    if (u)
      return {
        userId: u.id,
        orgId: u.orgId,
        role: "TENANT",
        name: u.name,
        email: u.email,
        propertyIds: [],
        unitId: u.tenantProfile?.unitId ?? null,
      };
    return {
      via: "tracking-link",
      workOrderId: wo.id,
      orgId: wo.orgId,
      role: "TENANT",
      name: `${wo.reporterName ?? "Tenant"} (by text)`,
    };
  };

  if (keyword) {
    const asked = open.filter((w) => w.status === "COMPLETED");
    const chosen = keyword.trackingNumber ? asked.filter((w) => w.trackingNumber === keyword.trackingNumber) : asked;
    if (chosen.length > 1) {
      const list = chosen.map((w) => `#${w.trackingNumber}`).join(", ");
      const n = chosen[0].trackingNumber;
      const locale = users.map((u) => u.locale).find(isLocale) ?? "en";
      const { body: reply } = renderTenantMessage("which-request", locale, "SMS", { list, n });
      await db().$transaction((tx) =>
        enqueue(
          tx,
          {
            orgId: chosen[0].orgId,
            dedupeKey: `sms-reply:${messageSid}`,
            channel: "SMS",
            recipient: from,
            template: "which-request",
            body: reply,
          },
          now,
        ),
      );
      return { outcome: "asked-which" };
    }
    if (chosen.length === 1) {
      const wo = chosen[0];
      await record(wo, callerFor(wo), body, messageSid, now);
      const change =
        keyword.word === "YES"
          ? ({ to: "CLOSED" } as const)
          : ({ to: "ASSIGNED", reopen: true, reason: "Replied NO by text: still a problem" } as const);
      const fresh = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
      await changeStatus({
        actor: callerFor(wo),
        trackingNumber: wo.trackingNumber,
        version: fresh.version,
        change,
        now,
      });
      return { outcome: keyword.word === "YES" ? "confirmed" : "reopened", trackingNumber: wo.trackingNumber };
    }
  }
  const wo = open[0];
  await record(wo, callerFor(wo), body, messageSid, now, true);
  return { outcome: "threaded", trackingNumber: wo.trackingNumber };
}

/** The text itself, on the request's messages and timeline (managers told when it says something new). */
async function record(wo: WorkOrder, caller: Caller, body: string, messageSid: string, now: Date, tell = false) {
  await db().$transaction(async (tx) => {
    const message = await tx.message.create({
      data: {
        workOrderId: wo.id,
        authorId: caller.userId,
        authorLabel: caller.name,
        body,
        channel: "SMS",
        externalId: messageSid,
        createdAt: now,
      },
    });
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: caller.userId,
        actorLabel: caller.name,
        type: "MESSAGE",
        details: { body, messageId: message.id, via: "SMS" },
        createdAt: now,
      },
    });
    if (tell)
      await tellThread(tx, wo.id, { messageId: message.id, from: "tenant", name: caller.name, body, via: "SMS" }, now);
  });
}
