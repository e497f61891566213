import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "phone",
      testIgnore: /quickstart|role-matrix|notifications|approvals/,
      use: { ...devices["Pixel 5"], viewport: { width: 375, height: 812 }, browserName: "chromium" },
    },
    // The tenant journeys are a phone's, and the cross-site check needs no browser: phone only (the
    // job-link specs drive their desktop managers and take their 1280 px shots themselves). The role
    // matrix is about who may do what, not screen size: desktop only.
    {
      name: "desktop",
      testIgnore: /quickstart|tenant-journeys|cross-site|vendor-job|vendor-papers|job-thread/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    // The README's first command, on the embedded database, once.
    {
      name: "quickstart",
      testMatch: /quickstart/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/sign-in`,
    timeout: 600_000, // a production build first; slow on a busy 2-core machine
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(port) },
    // Stopped with SIGTERM, not the default SIGKILL, so scripts/e2e-server.mjs removes the run's database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
