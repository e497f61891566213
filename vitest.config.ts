import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside Next's server bundles; the tests are server code.
      "server-only": path.join(root, "tests/support/empty.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Some unit tests read every source file (the action, i18n and import checks): a few seconds on
        // a busy 2-core machine, which Vitest's 5 s default turned into a failure that was only load.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          setupFiles: ["tests/db/setup.ts"],
          environment: "node",
          pool: "forks",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
