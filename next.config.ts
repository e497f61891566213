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
    // the stylesheet held the form's first paint for 159 ms on a slow phone connection). Next also
    // repeats the CSS twice in the page's RSC payload (HTML 32-42 KB gzipped instead of 9-19 KB plus an
    // 8.5 KB stylesheet), and inline still wins: measured back to back (bench pages, Lighthouse mobile,
    // median of 3, load 6-11 on 2 cores), LCP inline vs stylesheet: form 1.88 vs 2.46 s, tracking 1.13
    // vs 2.45, approval 1.76 vs 2.16, job 1.29 vs 1.15, sign-in 1.06 vs 2.27, dashboard 1.88 vs 1.18;
    // first paint 0.82-0.96 s inline, up to 1.27 s with the stylesheet. Tailwind emits 32 KB (7 KB
    // gzipped) from app/, components/ and lib/ only: scanning just those drops 3 rules (76 bytes).
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
