// The delivery log names a failed try's reason in words an admin can act on, never the network
// library's code or the address a name resolved to; our own "Refused: …" reasons stay as written.
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { webhookFailureReason } from "@/lib/outbox/webhook-error";

// Messages as Node's http/https/dns and our transport (webhook-post.ts) write them.
const CASES = [
  ["getaddrinfo ENOTFOUND hooks.invalid", "hookError.dns"],
  ["getaddrinfo EAI_AGAIN hooks.example.com", "hookError.dns"],
  ["connect ECONNREFUSED 203.0.113.7:443", "hookError.refused"],
  ["connect ECONNREFUSED ::1:443", "hookError.refused"],
  ["connect ETIMEDOUT 203.0.113.7:443", "hookError.timeout"],
  ["No answer in 10 s", "hookError.timeout"],
  ["certificate has expired", "hookError.tls"],
  ["self-signed certificate", "hookError.tls"],
  ["unable to verify the first certificate", "hookError.tls"],
  ["Hostname/IP does not match certificate's altnames: IP: 203.0.113.7 is not in the cert's list: ", "hookError.tls"],
  ["Client network socket disconnected before secure TLS connection was established", "hookError.tls"],
  ["write EPROTO 40E8F1B7:error:0A00010B:SSL routines:ssl3_get_record:wrong version number", "hookError.tls"],
  ["read ECONNRESET", "hookError.reset"],
  ["socket hang up", "hookError.reset"],
  ["connect EHOSTUNREACH 2001:db8::7:443", "hookError.unreachable"],
  ["something new went wrong at 203.0.113.7:443", "hookError.other"],
] as const;

describe("webhookFailureReason", () => {
  it.each(CASES)("%s -> %s", (error, key) => {
    expect(webhookFailureReason(error)).toBe(key);
  });

  it("keeps our own refusals as written (they already name no address)", () => {
    const refused = "Refused: hooks.example.com resolves to a private or reserved address";
    expect(webhookFailureReason(refused)).toBe(refused);
  });

  it.each([
    ["en", en],
    ["es", es],
  ] as const)("reads in words (%s), with no code and no address", (locale, messages) => {
    const t = translator(locale, messages);
    for (const [error] of CASES) {
      const reason = webhookFailureReason(error);
      expect(Object.hasOwn(messages, reason), reason).toBe(true);
      const shown = t(reason);
      expect(shown, error).not.toMatch(/\bE[A-Z_]{4,}\b|getaddrinfo|\d+\.\d+\.\d+\.\d+|::/);
      expect(shown, error).toMatch(/\p{L}{3,}/u);
    }
  });
});
