// Route handlers get no Origin check from Next (server actions do): a state-changing route.ts
// refuses a browser's cross-site request itself. Browsers send Origin on every POST and DELETE,
// and "null" from sandboxed or privacy-stripped contexts; a request without Origin is not a
// browser's cross-site form post (curl, server to server), so it passes to the caller checks.
import "server-only";
import { env } from "@/lib/env";

export function crossSiteRefusal(req: Request): Response | null {
  const origin = req.headers.get("origin");
  if (origin === null || origin === new URL(env().PUBLIC_URL).origin) return null;
  return Response.json(
    { error: "This request came from another site and was refused. Open the form from our site and try again." },
    { status: 403 },
  );
}

/** The caller's address for rate limits (the first hop the proxy saw), as the QR form action does. */
export function clientAddress(req: Request): string {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}
