// The client's address, as our own server hands each request to Next. Next only fills
// X-Forwarded-For from the socket when the request has none, so whatever a client writes there would
// reach the rate limits unchanged. Here the header is rewritten to one address: the socket's when no
// proxy is trusted (the default), else the entry that many hops from the right of the chain, each
// trusted proxy having appended the address it saw.

/** @param {string | string[] | undefined} header @param {string | undefined} socketAddress @param {number} trustedProxies */
export function clientAddress(header, socketAddress, trustedProxies) {
  const socket = normalise(socketAddress ?? "") || "unknown";
  if (trustedProxies <= 0) return socket;
  const chain = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((s) => normalise(s.trim()))
    .filter(Boolean);
  // chain + socket: the last `trustedProxies` hops are ours; the one before them is the client.
  const hops = [...chain, socket];
  return hops[Math.max(0, hops.length - 1 - trustedProxies)];
}

// "::ffff:203.0.113.7" (an IPv4 client on a dual-stack socket) is 203.0.113.7.
const normalise = (a) => a.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
