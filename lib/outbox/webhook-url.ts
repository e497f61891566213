// Where a webhook may go (SSRF). An admin types the URL, but the request leaves from inside our
// network: it must not reach this server, the private network or a cloud metadata service. Checked
// when the endpoint is saved (the URL as written) and again at every delivery (each address the
// name resolves to, in the lookup the connection itself uses, so DNS cannot change its answer in
// between). Outside production, http(s)://localhost and 127.0.0.1 are allowed for local receivers.
import { BlockList, isIP } from "node:net";
import { ipv6Groups } from "@/lib/ip";
import type { MessageKey } from "@/lib/i18n/messages/en";

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: MessageKey };
type Mode = { production: boolean };

const LOOPBACK_V4 = ["127.0.0.0", 8] as const;
const LOOPBACK_V6 = ["::1", 128] as const;

// Addresses that are not somewhere on the public internet (IANA special-purpose registries).
const V4: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["169.254.0.0", 16], // link-local, including 169.254.169.254 (cloud metadata)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];
const V6: [string, number][] = [
  ["::", 128],
  ["64:ff9b:1::", 48], // NAT64 for local use (RFC 8215)
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local, including fd00:ec2::254 (AWS metadata)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
];

function blockList(allowLoopback: boolean) {
  const list = new BlockList();
  for (const [a, p] of V4) list.addSubnet(a, p, "ipv4");
  for (const [a, p] of V6) list.addSubnet(a, p, "ipv6");
  if (!allowLoopback) {
    list.addSubnet(...LOOPBACK_V4, "ipv4");
    list.addSubnet(...LOOPBACK_V6, "ipv6");
  }
  return list;
}
const STRICT = blockList(false);
const DEV = blockList(true);
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet(...LOOPBACK_V4, "ipv4");
LOOPBACK.addSubnet(...LOOPBACK_V6, "ipv6");

/**
 * An IPv4 address carried inside an IPv6 one: by NAT64 (64:ff9b::/96), 6to4 (2002::/16), the old
 * IPv4-compatible form (::a.b.c.d, not :: or ::1 themselves) or the IPv4-translated one (::ffff:0:a.b.c.d).
 */
function embeddedV4(v6: string): string | null {
  const g = ipv6Groups(v6);
  const quad = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return quad(g[6], g[7]);
  if (zero(0, 6) && (g[6] !== 0 || g[7] > 1)) return quad(g[6], g[7]);
  if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) return quad(g[6], g[7]);
  if (g[0] === 0x2002) return quad(g[1], g[2]);
  return null;
}

/** Why this address may not receive webhooks, or null when it may. IPv4-mapped IPv6 counts as IPv4. */
export function refusedAddress(address: string, { production }: Mode): string | null {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const kind = isIP(ip);
  if (kind === 0) return "not an IP address";
  const list = production ? STRICT : DEV;
  const family = kind === 4 ? "ipv4" : "ipv6";
  if (list.check(ip, family)) return `${ip} is a private, loopback, link-local or reserved address`;
  const inner = kind === 6 ? embeddedV4(ip) : null;
  if (inner && list.check(inner, "ipv4")) return `${ip} carries the private address ${inner}`;
  return null;
}

const isLoopback = (host: string, ip: string | null) =>
  host === "localhost" || host.endsWith(".localhost") || (!!ip && LOOPBACK.check(ip, isIP(ip) === 4 ? "ipv4" : "ipv6"));
const LOCAL_ONLY_NAME = /(^|\.)(internal|local|localdomain|home\.arpa)$/; // metadata.google.internal, mDNS …

/** Whether an admin may register this URL, with the reason shown beside the field when not. */
export function checkWebhookUrl(raw: string, { production }: Mode): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: "settings.v.hookFull" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "settings.v.hookHttps" };
  if (url.username || url.password) return { ok: false, reason: "settings.v.hookCredentials" };
  // URL has already turned 0x7f.1, 2130706433 and friends into dotted decimal; [::1] keeps its brackets.
  const host = url.hostname.replace(/\.$/, "").toLowerCase();
  const bare = host.replace(/^\[|\]$/g, "");
  const ip = isIP(bare) ? bare : null;
  if (isLoopback(host, ip)) {
    return production ? { ok: false, reason: "settings.v.hookSelf" } : { ok: true, url };
  }
  if (url.protocol !== "https:") return { ok: false, reason: "settings.v.hookHttpsLocal" };
  if (ip) {
    const why = refusedAddress(ip, { production });
    if (why) return { ok: false, reason: "settings.v.hookPrivate" };
    return { ok: true, url };
  }
  if (!host.includes(".") || LOCAL_ONLY_NAME.test(host)) return { ok: false, reason: "settings.v.hookPrivateName" };
  return { ok: true, url };
}
