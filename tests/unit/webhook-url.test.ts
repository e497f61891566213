// Where a webhook may go (SSRF): the URL an admin registers, and each address a name resolves to
// at delivery time, in production and outside it.
import { describe, expect, it } from "vitest";
import { checkWebhookUrl, refusedAddress } from "@/lib/outbox/webhook-url";
import { english } from "@/tests/support/english";
import { webhookEndpointSchema } from "@/lib/settings/webhook-schema";

const prod = { production: true };
const dev = { production: false };

describe("checkWebhookUrl", () => {
  it.each([
    // [url, allowed in production, allowed outside production]
    ["https://hooks.example.com/fixwell", true, true],
    ["https://hooks.example.com:8443/fixwell?x=1", true, true],
    ["https://93.184.216.34/hook", true, true],
    ["https://[2606:4700::1111]/hook", true, true],
    ["http://hooks.example.com/fixwell", false, false], // https only
    ["ftp://hooks.example.com/", false, false],
    ["https://user:pass@hooks.example.com/", false, false],
    ["not a url", false, false],
    ["http://localhost:4000/hook", false, true],
    ["http://127.0.0.1:4000/hook", false, true],
    ["https://localhost/hook", false, true],
    ["http://api.localhost/hook", false, true],
    ["http://[::1]:4000/hook", false, true],
    ["http://127.1/hook", false, true], // URL reads it as 127.0.0.1
    ["http://2130706433/hook", false, true], // 127.0.0.1 as one number
    ["https://0x7f.0.0.1/hook", false, true],
    ["https://10.0.0.5/hook", false, false],
    ["https://172.16.4.1/hook", false, false],
    ["https://192.168.1.10/hook", false, false],
    ["https://100.64.0.1/hook", false, false],
    ["https://169.254.169.254/latest/meta-data", false, false], // AWS, GCP, Azure metadata
    ["https://0.0.0.0/hook", false, false],
    ["https://[fd00:ec2::254]/latest", false, false], // AWS metadata over IPv6
    ["https://[fe80::1]/hook", false, false],
    ["https://[::ffff:10.0.0.1]/hook", false, false], // IPv4-mapped
    ["https://[::ffff:169.254.169.254]/hook", false, false],
    ["https://[64:ff9b::a9fe:a9fe]/hook", false, false], // NAT64 of 169.254.169.254
    ["https://[2002:0a00:0001::]/hook", false, false], // 6to4 of 10.0.0.1
    ["https://metadata.google.internal/computeMetadata/v1", false, false],
    ["https://printer.local/hook", false, false],
    ["https://intranet/hook", false, false], // a bare name: only inside a network
  ])("%s: production %s, development %s", (url, inProduction, inDevelopment) => {
    expect(checkWebhookUrl(url, prod).ok).toBe(inProduction);
    expect(checkWebhookUrl(url, dev).ok).toBe(inDevelopment);
  });

  it("explains a refusal in words an admin can act on", () => {
    const reason = (url: string) => {
      const c = checkWebhookUrl(url, prod);
      return c.ok ? "accepted" : english(c.reason);
    };
    expect(reason("http://hooks.example.com/x")).toBe("Use an https:// address (only local tests may use http).");
    expect(reason("https://10.1.2.3/x")).toMatch(/private network/);
    expect(reason("http://localhost/x")).toMatch(/own server/);
  });
});

describe("refusedAddress (each resolved address, at delivery)", () => {
  it.each([
    ["93.184.216.34", null, null],
    ["2606:4700::1111", null, null],
    ["127.0.0.1", "refused", null],
    ["::1", "refused", null],
    ["::ffff:127.0.0.1", "refused", null],
    ["10.0.0.1", "refused", "refused"],
    ["169.254.169.254", "refused", "refused"],
    ["::ffff:a9fe:a9fe", "refused", "refused"],
    ["fd00:ec2::254", "refused", "refused"],
    ["224.0.0.1", "refused", "refused"],
    ["255.255.255.255", "refused", "refused"],
    ["64:ff9b::0a00:0001", "refused", "refused"],
    ["64:ff9b::5db8:d822", null, null], // NAT64 of a public address
    ["64:ff9b:1::a00:1", "refused", "refused"], // NAT64 for local use
    ["::a00:1", "refused", "refused"], // IPv4-compatible 10.0.0.1
    ["::7f00:1", "refused", null], // IPv4-compatible 127.0.0.1
    ["::5db8:d822", null, null], // IPv4-compatible public address
    ["::ffff:0:a9fe:a9fe", "refused", "refused"], // IPv4-translated 169.254.169.254
    ["::", "refused", "refused"],
    ["not-an-ip", "refused", "refused"],
  ])("%s: production %s, development %s", (ip, inProduction, inDevelopment) => {
    expect(refusedAddress(ip, prod) ? "refused" : null).toBe(inProduction);
    expect(refusedAddress(ip, dev) ? "refused" : null).toBe(inDevelopment);
  });
});

describe("webhookEndpointSchema", () => {
  const base = { url: "https://hooks.example.com/x", description: "Accounting", active: true };
  it("keeps the events in the list's order, once each", () => {
    const r = webhookEndpointSchema.parse({
      ...base,
      events: ["work_order.closed", "work_order.created", "work_order.closed"],
    });
    expect(r.events).toEqual(["work_order.created", "work_order.closed"]);
  });
  it.each([
    ["no event", { ...base, events: [] }, "events", /at least one event/],
    ["an unknown event", { ...base, events: ["invoice.paid"] }, "events.0", /Invalid option/],
    ["no address", { ...base, url: "  ", events: ["work_order.closed"] }, "url", /Enter the address/],
    [
      "a long description",
      { ...base, description: "x".repeat(201), events: ["work_order.closed"] },
      "description",
      /200/,
    ],
  ])("refuses %s", (_, input, path, message) => {
    const r = webhookEndpointSchema.safeParse(input);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path.join(".") === path);
    expect(english(issue!.message)).toMatch(message);
  });
});
