// What the per-address limits count (lib/rate-limit.ts addressKey): an IPv4 address whole, an IPv6
// one by its /64, whatever way the address is written; the intake's bucket uses it.
import { describe, expect, it } from "vitest";
import { addressKey } from "@/lib/rate-limit";
import { visitorLimits } from "@/lib/work-orders/visitor-limits";

describe("addressKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"], // an IPv4 client on a dual-stack socket
    ["2001:db8:1234:5678::1", "2001:db8:1234:5678::/64"],
    ["2001:db8:1234:5678:ffff:ffff:ffff:ffff", "2001:db8:1234:5678::/64"],
    ["2001:0DB8:1234:5678:0:0:0:1", "2001:db8:1234:5678::/64"], // case and leading zeros
    ["[2001:db8:1234:5678::1]", "2001:db8:1234:5678::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["64:ff9b::192.0.2.1", "64:ff9b:0:0::/64"],
    ["", "unknown"],
    [undefined, "unknown"],
    ["unknown", "unknown"],
    ["203.0.113.7, 10.0.0.1", "unknown"], // one address or nothing: the server hands over one
  ])("%s counts as %s", (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it("puts a QR report from any address of one /64 in the same bucket, and another /64 in its own", () => {
    const bucket = (address: string) => visitorLimits({ unitId: "u1", address })[1].bucket;
    expect(bucket("2001:db8:1:2::a")).toBe(bucket("2001:db8:1:2:dead:beef:0:1"));
    expect(bucket("2001:db8:1:3::a")).not.toBe(bucket("2001:db8:1:2::a"));
    expect(bucket("198.51.100.1")).not.toBe(bucket("198.51.100.2"));
  });
});
