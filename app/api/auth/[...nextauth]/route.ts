import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { env } from "@/lib/env";

// Auth.js builds its URLs from X-Forwarded-Host (which Next fills with its own listening host) or
// the caller's Host. Every auth URL is pinned to the configured public address instead.
function onPublicUrl(req: NextRequest): NextRequest {
  const pub = new URL(env().PUBLIC_URL);
  const headers = new Headers(req.headers);
  headers.set("x-forwarded-host", pub.host);
  headers.set("x-forwarded-proto", pub.protocol.replace(":", ""));
  headers.set("host", pub.host);
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : req.body;
  // `duplex` is required by Node's fetch for a streamed body and missing from the DOM typings.
  const init = { method: req.method, headers, body, duplex: "half" };
  return new NextRequest(
    req.nextUrl.href.replace(req.nextUrl.origin, pub.origin),
    init as ConstructorParameters<typeof NextRequest>[1],
  );
}

export const GET = (req: NextRequest) => handlers.GET(onPublicUrl(req));
export const POST = (req: NextRequest) => handlers.POST(onPublicUrl(req));
