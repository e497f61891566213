// SMS through Twilio, and the check of what Twilio posts back to us. The SDK is the real path;
// a base URL (tests only: a local fake of Twilio's API) is reached by swapping the host on each
// request the SDK builds, so everything else — auth, form encoding, parsing — is the SDK's own.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import twilio from "twilio";
import type { Sms, SmsPort } from "@/lib/outbox/channels";

type RequestClient = InstanceType<typeof twilio.RequestClient>;

function hostSwapped(baseUrl: string): RequestClient {
  const real = new twilio.RequestClient();
  const base = new URL(baseUrl);
  return Object.assign(Object.create(real) as RequestClient, {
    request(opts: Parameters<RequestClient["request"]>[0]) {
      const uri = new URL(opts.uri);
      uri.protocol = base.protocol;
      uri.host = base.host;
      return real.request({ ...opts, uri: uri.toString() });
    },
  });
}

export function twilioSms(
  accountSid: string,
  authToken: string,
  from: string,
  baseUrl?: string,
  statusCallback?: string,
): SmsPort {
  const client = twilio(accountSid, authToken, baseUrl ? { httpClient: hostSwapped(baseUrl) } : {});
  return {
    async send(sms: Sms) {
      // Twilio's Messages API has no idempotency key; the outbox's lease keeps a repeat to one crash window.
      const message = await client.messages.create({
        to: sms.to,
        from,
        body: sms.text,
        ...(statusCallback ? { statusCallback } : {}),
      });
      return message.sid;
    },
  };
}

/**
 * X-Twilio-Signature: base64 HMAC-SHA1, keyed with the auth token, of the exact public URL followed
 * by every POST parameter's name and value, sorted by name. Compared in constant time.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, k) => acc + k + params[k], url);
  return createHmac("sha1", authToken).update(Buffer.from(data, "utf8")).digest("base64");
}

export function validTwilioSignature(
  authToken: string,
  signature: string | null,
  url: string,
  params: Record<string, string>,
): boolean {
  if (!signature) return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
