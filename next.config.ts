import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite's WebAssembly fails to load when bundled (STACK.md).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
