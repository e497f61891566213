import { defineConfig } from "prisma/config";

// process.env is read directly: Prisma's env() helper throws when DATABASE_URL is unset,
// which is the embedded (PGlite) case. See STACK.md.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
