// One webhook POST. node:http rather than fetch, for two reasons: it never follows a redirect (a
// 3xx is the receiver's answer, recorded as a failure), and its `lookup` hook lets us check every
// address a name resolves to in the very lookup the connection uses, so a name that answers with a
// public address at registration and a private one now (DNS rebinding) is refused.
import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { en } from "@/lib/i18n/messages/en";
import { checkWebhookUrl, refusedAddress } from "@/lib/outbox/webhook-url";

export type WebhookRequest = { url: string; headers: Record<string, string>; body: string };
export type WebhookResponse = { status: number; body: string };
/** The transport, replaceable in tests; throws when no answer came (refused, unreachable, timed out). */
export type WebhookPost = (req: WebhookRequest, opts: { production: boolean }) => Promise<WebhookResponse>;

export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 4096; // we keep a trimmed reply for the delivery log, never more

function checkedLookup(production: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 0);
      // Any refused address refuses the name: a mix of public and private answers is the attack.
      // The error goes to the delivery log an admin reads: it never names the address, or the log
      // would tell any organisation's admin what names on our network resolve to. The server's log has it.
      const bad = addresses.map((a) => refusedAddress(a.address, { production })).find(Boolean);
      if (bad) {
        console.warn(`[webhooks] refused ${hostname}: ${bad}`);
        return callback(new Error(`Refused: ${hostname} resolves to a private or reserved address`), "", 0);
      }
      if (addresses.length === 0) return callback(new Error(`Refused: ${hostname} resolves to no address`), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

export const postWebhook: WebhookPost = (req, { production }) => {
  const checked = checkWebhookUrl(req.url, { production });
  // The delivery log keeps the reason in English.
  if (!checked.ok) return Promise.reject(new Error(`Refused: ${en[checked.reason]}`));
  const url = checked.url;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...req.headers, "content-length": String(Buffer.byteLength(req.body)) },
        lookup: checkedLookup(production),
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          if (size < MAX_RESPONSE_BYTES) chunks.push(c);
          size += c.length;
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    request.on("error", (err) =>
      reject(err.name === "AbortError" ? new Error(`No answer in ${WEBHOOK_TIMEOUT_MS / 1000} s`) : err),
    );
    request.end(req.body);
  });
};
