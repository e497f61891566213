import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Never leak an address to another site. (Not no-referrer everywhere: Chromium then sends
  // "Origin: null" with form posts, and Next rightly refuses server actions from a null origin.)
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'none'" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  // PGlite's WebAssembly fails to load when bundled (STACK.md).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Photos can be posted with the form itself (before JavaScript loads): 10 × 20 MB and the fields.
  experimental: {
    serverActions: { bodySizeLimit: "210mb" },
    // Tailwind's few KB go in the page's <style>, not a render-blocking stylesheet request (issue 19:
    // the stylesheet held the form's first paint for 159 ms on a slow phone connection).
    inlineCss: true,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Pages whose address is a token (tracking links, sign-in confirmation) send no referrer at all.
      { source: "/t/:token*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/approve/:token*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/v/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/sign-in/confirm", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default nextConfig;
