/**
 * Debian's Chromium, as the e2e tests and the dashboard benchmark launch it:
 * Playwright never downloads browsers here, and these flags keep it quiet in containers.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
