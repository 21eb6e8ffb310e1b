import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { axeRoutes } from "./axe-routes";
import { readDataset } from "./dataset";

// Screenshots of every page at 1280 and 375 px in light and dark, for a person to look at (not compared).
const DIR = process.env.SCREENS_DIR ?? join(tmpdir(), "claimscope-screens");

for (const route of axeRoutes(readDataset())) {
  test(`screenshots of ${route.name}`, async ({ page }) => {
    mkdirSync(DIR, { recursive: true });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
        const response = await page.goto(route.path);
        expect(response?.status()).toBe(200);
        if (route.chart) {
          await page.locator("svg.recharts-surface").first().waitFor();
          // On a phone the chart sits below the filters: show it, since that is what the shot is for.
          if (width === 375) await page.locator("svg.recharts-surface").first().scrollIntoViewIfNeeded();
        }
        await page.screenshot({ path: join(DIR, `view-${route.name}-${scheme}-${width}.png`), fullPage: false });
      }
    }
  });
}

test("screenshots of the explorer table rows and the paper's claim facts", async ({ page }) => {
  const paperId = readDataset().claims.find((c) => c.rule === "percent/reduction")!.paperId;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await page.goto("/?kind=speedup");
    await page.locator(width === 375 ? ".sort-control" : "table.claims").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DIR, `view-explorer-table-light-${width}.png`) });
    await page.goto(`/papers/${paperId}`);
    await page.getByTestId("paper-claims").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DIR, `view-paper-claims-light-${width}.png`) });
  }
});
