// X-Twilio-Signature as SECURITY.md defines it, checked against Twilio's own SDK implementation
// and a fixed vector; one changed parameter, URL or token fails; nothing throws on junk.
import twilio from "twilio";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { twilioSignature, validTwilioSignature } = await import("@/lib/outbox/twilio");

const token = "12345";
const url = "https://mycompany.com/myapp.php?foo=1&bar=2";
const params = {
  CallSid: "CA1234567890ABCDE",
  Caller: "+12349013030",
  Digits: "1234",
  From: "+12349013030",
  To: "+18005551212",
};

describe("Twilio request signatures", () => {
  it("match Twilio's SDK and a fixed vector", () => {
    expect(twilioSignature(token, url, params)).toBe(twilio.getExpectedTwilioSignature(token, url, params));
    expect(twilioSignature(token, url, params)).toBe(
      "0/KCTR6DLpKmkAf8muzZqo1nDgQ=" /* openssl dgst -sha1 -hmac 12345 -binary | base64 */,
    );
  });

  it.each([
    ["the genuine request", token, url, params, true],
    ["a changed parameter", token, url, { ...params, Digits: "1235" }, false],
    ["an added parameter", token, url, { ...params, Extra: "1" }, false],
    ["another URL", token, "https://evil.test/myapp.php?foo=1&bar=2", params, false],
    ["another token", "54321", url, params, false],
  ])("%s", (_name, t, u, p, ok) => {
    const signature = twilioSignature(token, url, params);
    expect(validTwilioSignature(t, signature, u, p)).toBe(ok);
  });

  it.each([null, "", "short", "0/KCTR6DLpKmkAf8muzZqo1nDgQ"])("refuses a missing or malformed signature: %s", (sig) => {
    expect(validTwilioSignature(token, sig, url, params)).toBe(false);
  });
});
