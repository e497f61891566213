// IP address pieces shared by the rate limits (an IPv6 client by its /64) and the webhooks' SSRF
// checks (the IPv4 an IPv6 address carries). Pure.

/** The eight 16-bit groups of a valid IPv6 address, "::" expanded and a dotted IPv4 tail read as two. */
export function ipv6Groups(v6: string): number[] {
  const [head, tail = ""] = v6.split("::");
  const part = (s: string) =>
    s
      ? s.split(":").flatMap((g) => {
          if (!g.includes(".")) return [parseInt(g, 16)];
          const [a, b, c, d] = g.split(".").map(Number);
          return [(a << 8) | b, (c << 8) | d];
        })
      : [];
  const h = part(head);
  const t = part(tail);
  return v6.includes("::") ? [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t] : h;
}
