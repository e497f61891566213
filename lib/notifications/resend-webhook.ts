// Resend's delivery events (signed the Svix / Standard Webhooks way: HMAC-SHA256 of
// "id.timestamp.body", timestamp within 5 minutes, checked by the `standardwebhooks` library Resend's
// own SDK uses). Each event id is applied once; an older event never overwrites a newer status.
import "server-only";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db/client";

const STATUS: Record<string, string> = {
  "email.delivered": "DELIVERED",
  "email.bounced": "BOUNCED",
  "email.complained": "COMPLAINED",
  "email.delivery_delayed": "DELAYED",
};

type ResendEvent = { type: string; created_at: string; data: { email_id?: string } };

export async function resendWebhook(req: Request, secret: string | undefined): Promise<Response> {
  const raw = await req.text();
  const headers = {
    "webhook-id": req.headers.get("svix-id") ?? "",
    "webhook-timestamp": req.headers.get("svix-timestamp") ?? "",
    "webhook-signature": req.headers.get("svix-signature") ?? "",
  };
  let event: ResendEvent;
  try {
    if (!secret) throw new Error("no secret configured");
    event = new Webhook(secret).verify(raw, headers) as ResendEvent;
  } catch {
    return new Response("Invalid signature", { status: 401 });
  }
  const status = STATUS[event.type];
  const emailId = event.data?.email_id;
  const at = new Date(event.created_at);
  if (!status || !emailId || Number.isNaN(at.getTime())) return new Response(null, { status: 204 });
  await db().$transaction(async (tx) => {
    const { count } = await tx.webhookReceipt.createMany({
      data: [{ id: `resend:${headers["webhook-id"]}` }],
      skipDuplicates: true,
    });
    if (count === 0) return; // this delivery was applied already
    await tx.outboxMessage.updateMany({
      where: { providerId: emailId, OR: [{ deliveryUpdatedAt: null }, { deliveryUpdatedAt: { lte: at } }] },
      data: { deliveryStatus: status, deliveryUpdatedAt: at },
    });
  });
  return new Response(null, { status: 204 });
}
