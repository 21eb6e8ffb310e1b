import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";

// Outside test-results/, which Playwright empties at the start of every run.
const DIR = process.env.SCREENS_DIR ?? join(tmpdir(), "claimscope-screens");

/** Screenshots of what a person sees, at desktop and phone width, for review (not compared). */
export async function screens(page: Page, name: string, focus?: Locator): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    if (focus) await focus.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${DIR}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
