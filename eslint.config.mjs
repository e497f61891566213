// ESLint (flat config): Next's rules for React, hooks, accessibility and Core Web Vitals, with
// TypeScript; and the layer rules of CONVENTIONS.md (imports point down: app → components → lib):
// app/ never reaches the database client (pages read through lib/); components never import app/
// (server actions live in lib/actions/) nor the database client; lib/ imports neither app/ nor
// components/. Loops between lib/ folders are checked by scripts/check-lib-cycles.mjs
// (npm run lint:cycles).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const noUp = (names, message) => names.map((name) => ({ group: [name], message }));

const layers = [
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/db/client",
              message: "Pages, route handlers and actions read and write through lib/ (a scoped read or a use case).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: noUp(
            ["@/app/*", "@/components/*"],
            "lib/ is the bottom layer: it never imports pages or components.",
          ),
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db/client", message: "Components never reach the database: read through a lib/ module." },
          ],
          patterns: noUp(
            ["@/app/*"],
            "Components sit below app/: server actions live in lib/actions/, or come as props.",
          ),
        },
      ],
    },
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Every picture we show is a tenant's or vendor's file: from our access-checked file route
      // (credentials, ranges) or a local object URL before upload. next/image would refetch them
      // through its optimiser without the viewer's link or session, so <img> is the right element.
      "@next/next/no-img-element": "off",
      // `_name` and rest siblings are how an unused part is left out on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  ...layers,
  {
    ignores: [
      "lib/db/generated/**",
      ".next/**",
      "test-results/**",
      "playwright-report/**",
      "node_modules/**",
      "public/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
