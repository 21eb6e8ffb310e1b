import { expect, test } from "@playwright/test";
import { readDataset } from "./dataset";

test.use({ viewport: { width: 375, height: 800 } });

test("phone-width pages do not overflow horizontally", async ({ page }) => {
  const dataset = readDataset();
  const ids = [...new Set(dataset.claims.map((c) => c.paperId))].slice(0, 3);
  for (const path of ["/", "/?chart=tradeoff", "/?chart=distribution", `/papers/${ids[0]}`, `/compare?papers=${ids.join("~")}`]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("a chart tooltip stays inside a phone-width screen", async ({ page }) => {
  await page.goto("/");
  const bar = page.locator(".recharts-bar-rectangle").nth(2);
  await bar.scrollIntoViewIfNeeded();
  await bar.hover();
  const tooltip = page.locator(".chart-tooltip");
  await expect(tooltip).toBeVisible();
  const box = (await tooltip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
});
