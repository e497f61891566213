// Twilio's inbound-message webhook: the signature over the exact public URL and the posted
// parameters is checked first (403 and nothing changed when it is wrong), then the text is handled.
import "server-only";
import { handleInboundSms } from "@/lib/work-orders/inbound-sms";
import { validTwilioSignature } from "@/lib/outbox/twilio";

export const TWILIO_WEBHOOK_PATH = "/api/webhooks/twilio";

export async function twilioWebhook(req: Request, authToken: string | undefined, publicUrl: string): Promise<Response> {
  const raw = await req.text();
  const params = Object.fromEntries(new URLSearchParams(raw));
  // The URL Twilio signed is the one we gave it (from PUBLIC_URL), never the Host header we received.
  const url = publicUrl + TWILIO_WEBHOOK_PATH + new URL(req.url).search;
  if (!authToken || !validTwilioSignature(authToken, req.headers.get("x-twilio-signature"), url, params)) {
    return new Response("Forbidden", { status: 403 });
  }
  if (params.From && params.MessageSid && typeof params.Body === "string") {
    await handleInboundSms({ from: params.From, body: params.Body, messageSid: params.MessageSid, now: new Date() }); // the webhook's arrival is its now
  }
  return new Response('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', {
    headers: { "content-type": "text/xml" },
  });
}
