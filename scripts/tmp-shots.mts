import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
const [base, tag] = [process.argv[2] ?? "http://127.0.0.1:3601", process.argv[3] ?? "after"];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  await page.locator('a[data-facet="hw"][data-value="FPGA"]').click();
  await page.locator('[data-chart-view="hw=FPGA"] svg.recharts-surface').first().waitFor();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/client-shots/${tag}-click-${width}.png`, fullPage: true });
  await page.goto(`${base}/?hw=FPGA`, { waitUntil: "load" });
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/client-shots/${tag}-load-${width}.png`, fullPage: true });
  await page.close();
}
await browser.close();
