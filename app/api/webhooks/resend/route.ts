// POST /api/webhooks/resend: email delivery events. Verified by Resend's (Svix) signature, not a session.
import { env } from "@/lib/env";
import { resendWebhook } from "@/lib/notifications/resend-webhook";

export const dynamic = "force-dynamic";

export function POST(req: Request) {
  return resendWebhook(req, env().RESEND_WEBHOOK_SECRET);
}
