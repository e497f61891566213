// What the delivery log shows for a try that got no HTTP answer. The stored error is the network
// library's message ("getaddrinfo ENOTFOUND hooks.invalid", "connect ECONNREFUSED 203.0.113.7:443"):
// a code an admin cannot act on, and for a failed connection the address the name resolved to,
// which the page never shows (see webhook-post.ts). Read when the log is shown, not when the row is
// stored, so rows written before this read the same; the row keeps the raw text for support.
// Our own refusals ("Refused: …") are written for the admin and shown as they are.
import type { MessageKey } from "@/lib/i18n/messages/en";

// First match wins: a TLS failure can surface as a reset ("… before secure TLS connection was
// established"), so TLS is tried before the reset.
const REASONS: [RegExp, MessageKey][] = [
  [/\b(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_NODATA|EAI_FAIL)\b/, "hookError.dns"],
  [/\bECONNREFUSED\b/, "hookError.refused"],
  [/\b(ETIMEDOUT|ESOCKETTIMEDOUT)\b|^No answer in\b|\btimed? ?out\b/i, "hookError.timeout"],
  [/certificate|\bcert\b|\bTLS\b|\bSSL\b|\bEPROTO\b|\bCERT_\w+|altnames/i, "hookError.tls"],
  [/\b(ECONNRESET|ECONNABORTED|EPIPE)\b|socket hang up/i, "hookError.reset"],
  [/\b(EHOSTUNREACH|ENETUNREACH|EHOSTDOWN|ENETDOWN)\b/, "hookError.unreachable"],
];

/** The reason an admin reads for a stored delivery error: a message key, or our own refusal as written. */
export function webhookFailureReason(error: string): MessageKey | string {
  if (error.startsWith("Refused: ")) return error;
  return REASONS.find(([re]) => re.test(error))?.[1] ?? "hookError.other";
}
