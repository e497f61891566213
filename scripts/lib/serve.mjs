// The HTTP server in front of Next's handler (scripts/server.mjs): each request's X-Forwarded-For is
// replaced by the one client address we trust (./client-address.mjs) before Next or our code sees it.
import { createServer } from "node:http";
import { clientAddress } from "./client-address.mjs";

/** @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handle @param {number} trustedProxies */
export function serve(handle, trustedProxies) {
  return createServer((req, res) => {
    req.headers["x-forwarded-for"] = clientAddress(
      req.headers["x-forwarded-for"],
      req.socket.remoteAddress,
      trustedProxies,
    );
    handle(req, res);
  });
}
