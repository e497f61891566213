// The address rate limits are keyed to: the socket's, unless proxies are configured as trusted;
// never one a client made up (SECURITY.md "Input").
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/scripts/lib/client-address.mjs";

describe("clientAddress", () => {
  it.each([
    ["no header, no proxy: the socket", undefined, "203.0.113.7", 0, "203.0.113.7"],
    ["a made-up header, no proxy trusted: still the socket", "1.2.3.4", "203.0.113.7", 0, "203.0.113.7"],
    ["a made-up chain, no proxy trusted: still the socket", "1.2.3.4, 5.6.7.8", "203.0.113.7", 0, "203.0.113.7"],
    ["one trusted proxy: the address it appended", "198.51.100.9", "10.0.0.2", 1, "198.51.100.9"],
    [
      "one trusted proxy, a client-written entry before it: the proxy's entry wins",
      "1.2.3.4, 198.51.100.9",
      "10.0.0.2",
      1,
      "198.51.100.9",
    ],
    ["two trusted proxies", "1.2.3.4, 198.51.100.9, 10.0.0.1", "10.0.0.2", 2, "198.51.100.9"],
    ["more proxies trusted than hops: the leftmost", "198.51.100.9", "10.0.0.2", 5, "198.51.100.9"],
    ["a proxy trusted but no header (a direct connection): the socket", undefined, "203.0.113.7", 1, "203.0.113.7"],
    ["IPv4 on a dual-stack socket", undefined, "::ffff:203.0.113.7", 0, "203.0.113.7"],
    ["IPv6", undefined, "2001:db8::1", 0, "2001:db8::1"],
    ["a repeated header", ["1.2.3.4", "198.51.100.9"], "10.0.0.2", 1, "198.51.100.9"],
    ["no socket address", undefined, undefined, 0, "unknown"],
  ] as const)("%s", (_, header, socket, trusted, expected) => {
    expect(clientAddress(header as string | string[] | undefined, socket, trusted)).toBe(expected);
  });
});

describe("the server in front of Next", () => {
  it("hands Next the socket's address, whatever X-Forwarded-For the client sent", async () => {
    const { serve } = await import("@/scripts/lib/serve.mjs");
    const { request } = await import("node:http");
    const server = serve((req, res) => res.end(String(req.headers["x-forwarded-for"])), 0);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const get = (xff?: string) =>
      new Promise<string>((resolve, reject) => {
        const req = request(
          { host: "127.0.0.1", port, path: "/", headers: xff ? { "x-forwarded-for": xff } : {} },
          (res) => {
            let body = "";
            res.on("data", (c) => (body += c));
            res.on("end", () => resolve(body));
          },
        );
        req.on("error", reject);
        req.end();
      });
    try {
      expect(await get()).toBe("127.0.0.1");
      for (const made_up of ["10.9.8.7", "1.1.1.1, 2.2.2.2", "evil"]) expect(await get(made_up)).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
