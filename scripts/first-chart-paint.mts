/**
 * One-off (issue 11, "First load"): when does the first chart paint? Prints FCP, LCP, when a
 * server-drawn chart is in the page and when the interactive Recharts chart appears, median of
 * runs, at 4× CPU slowdown; and screenshots the chart card with and without JavaScript.
 * Usage: npx tsx scripts/first-chart-paint.mts <base-url of a running `npm start`> <label> [runs]
 */
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

const [base = "http://127.0.0.1:3701", label = "run", runsArg = "5"] = process.argv.slice(2);
const path = "/?hw=GPU&kind=speedup";
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const WATCH = `(() => {
  window.__firstChart = {};
  const seen = () => {
    const t = performance.now();
    if (!window.__firstChart.static && document.querySelector("[data-static-chart]")) window.__firstChart.static = t;
    if (!window.__firstChart.interactive && document.querySelector("[data-chart-view] svg.recharts-surface .recharts-bar-rectangle")) window.__firstChart.interactive = t;
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__firstChart.lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
})()`;
const rows: Record<string, number>[] = [];
for (let i = 0; i < Number(runsArg) + 1; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(WATCH);
  await page.goto(base + path, { waitUntil: "load" });
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  await page.waitForTimeout(500);
  const r = (await page.evaluate(`({ ...window.__firstChart, fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime })`)) as Record<string, number>;
  if (i > 0) rows.push(r); // the first run warms the server and the browser
  await context.close();
}
const median = (k: string) => {
  const v = rows.map((r) => r[k]).filter((x): x is number => typeof x === "number").sort((a, b) => a - b);
  return v.length ? Math.round(v[Math.floor(v.length / 2)]!) : null;
};
console.log(JSON.stringify({ label, path, cpuSlowdown: 4, runs: rows.length, fcpMs: median("fcp"), lcpMs: median("lcp"), staticChartMs: median("static"), interactiveChartMs: median("interactive") }));

// Beside the e2e screenshots (tests/e2e/screens.ts), for review.
const dir = process.env.SCREENS_DIR ?? join(tmpdir(), "claimscope-screens");
mkdirSync(dir, { recursive: true });
for (const width of [1280, 375]) {
  for (const js of [false, true]) {
    const context = await browser.newContext({ viewport: { width, height: 1000 }, javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: "load" });
    if (js) await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
    await page.locator("figure.chart-card").screenshot({ path: `${dir}/first-chart-${label}-${width}-${js ? "js" : "nojs"}.png` });
    await context.close();
  }
}
await browser.close();
