// POST /api/webhooks/twilio: tenants' SMS replies. Verified by Twilio's signature, not a session.
import { env } from "@/lib/env";
import { twilioWebhook } from "@/lib/work-orders/twilio-webhook";

export const dynamic = "force-dynamic";

export function POST(req: Request) {
  return twilioWebhook(req, env().TWILIO_AUTH_TOKEN, env().PUBLIC_URL);
}
