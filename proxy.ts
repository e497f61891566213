// Content-Security-Policy with a fresh nonce per page (SECURITY.md): Next reads the nonce from the
// request's CSP header and puts it on its own scripts; 'strict-dynamic' lets those load the rest.
// Only redirects and headers happen here: every page and action still checks who is calling.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID() + crypto.randomUUID()).replace(/=+$/, "");
  const dev = process.env.NODE_ENV !== "production";
  // The email previews show the organisation's logo from its own https address, as mail clients
  // would, inside a sandboxed frame (which inherits this policy): images only, that page only.
  const logos = request.nextUrl.pathname === "/dashboard/settings/emails" ? " https:" : "";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'", // React style attributes; no script can hide in them
    `img-src 'self' blob: data:${logos}`, // blob: for photo previews before upload
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // Which page: a vendor's link and a technician's jobs open in the language on file (lib/i18n/on-file.ts).
  headers.set("x-fixwell-path", request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not static files, not the API, and not posts carrying files (a proxy buffers
      // bodies, and forms post photos before JavaScript loads); server actions need no nonce.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "content-type", value: "multipart/form-data.*" },
      ],
    },
    {
      // The page an action redirects to, which Next fetches from itself (a GET without a body, for
      // the page's RSC) carrying the action's headers, its form's content type among them: it still
      // needs the page's path, so a vendor's job page keeps the vendor's language after a step.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      has: [{ type: "header", key: "rsc" }],
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
