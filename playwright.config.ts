import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: "off",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // The production server, built first when stale (scripts/start.mjs).
    command: "npm start",
    env: { PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
    url: `http://127.0.0.1:${PORT}/api/claims?kind=cost`,
    reuseExistingServer: !process.env.CI,
    timeout: 5 * 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
