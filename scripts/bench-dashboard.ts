/**
 * Dashboard benchmark (not a test). On a production build in Debian's Chromium:
 * largest contentful paint of `/`, time from a filter click to the updated chart,
 * on the seed data and on a 20,000-claim synthetic dataset; and the gzipped size
 * of the JavaScript the `/` HTML loads. The last stdout line is one JSON object.
 * Usage: npx tsx scripts/bench-dashboard.ts [--runs 5]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { makeSyntheticDataset } from "../lib/bench/synthetic-dataset";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { buildIfNeeded, startProductionServer } from "./production-server";

const runsFlag = process.argv.indexOf("--runs");
const RUNS = runsFlag > -1 ? Number(process.argv[runsFlag + 1]) : 5;
const log = (message: string) => console.error(`[bench-dashboard] ${message}`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(m * 10) / 10;
}


async function measureLcp(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.waitForTimeout(300);
  const lcp = (await page.evaluate(LCP_IN_PAGE)) as number;
  await context.close();
  return lcp;
}

// In-page code is a string: tsx's name-keeping helpers (__name) don't exist in the browser.
const FILTER_UPDATE_IN_PAGE = `new Promise((resolveTime, reject) => {
  const link = document.querySelector('a[data-facet="hw"][data-value="FPGA"]');
  if (!link) return reject(new Error("no FPGA filter link"));
  const start = performance.now();
  const observer = new MutationObserver(() => {
    const chart = document.querySelector('[data-chart-view="hw=FPGA"]');
    const section = document.querySelector('section[data-view="hw=FPGA"]');
    if (!section) return;
    // Drawn means the chart shows exactly the marks the new view asked for (or says it has none).
    const marks = chart ? Number(chart.getAttribute("data-marks")) : -1;
    const drawnMarks = chart ? chart.querySelectorAll(".recharts-bar-rectangle, .recharts-scatter-symbol").length : -1;
    const drawn = (chart && (marks === 0 ? chart.querySelector(".empty") : drawnMarks === marks)) || section.querySelector('[data-testid="empty-state"]');
    if (!drawn) return;
    observer.disconnect();
    requestAnimationFrame(() => resolveTime(performance.now() - start));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  link.click();
  setTimeout(() => reject(new Error("filter update did not appear within 10 s")), 10000);
})`;

const LCP_IN_PAGE = `new Promise((resolveLcp) => {
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    resolveLcp(entries[entries.length - 1].startTime);
  }).observe({ type: "largest-contentful-paint", buffered: true });
})`;

/** performance.now() in the page from the click to the frame after the FPGA chart is in the DOM. */
async function measureFilterUpdate(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  const ms = (await page.evaluate(FILTER_UPDATE_IN_PAGE)) as number;
  await context.close();
  return ms;
}

async function firstLoadJsGzipKB(base: string): Promise<number> {
  const html = await (await fetch(`${base}/`)).text();
  // Scripts a modern browser fetches for the page: <script src> (minus noModule polyfills) and script preloads.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
  const preloads = [...html.matchAll(/<link[^>]+as="script"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]);
  const sources = new Set([...tags.map((m) => m[1] as string), ...preloads.filter((h): h is string => Boolean(h))]);
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

async function benchDataset(browser: Browser, port: number, dataPath?: string) {
  const server = await startProductionServer(port, dataPath);
  const base = `http://127.0.0.1:${port}`;
  try {
    await measureLcp(browser, base); // warm caches once, as a returning server would be
    const lcp: number[] = [];
    const filter: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      lcp.push(await measureLcp(browser, base));
      filter.push(await measureFilterUpdate(browser, base));
    }
    log(`load average ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores`);
    log(`${dataPath ?? "seed data"}: LCP runs ${lcp.map(Math.round).join(", ")} ms; filter runs ${filter.map(Math.round).join(", ")} ms`);
    return { result: { lcpMs: median(lcp), filterUpdateMs: median(filter) }, js: await firstLoadJsGzipKB(base) };
  } finally {
    server.kill();
  }
}

async function main() {
  log("building if needed…");
  buildIfNeeded();
  const dir = mkdtempSync(join(tmpdir(), "claimscope-bench-"));
  const synthetic = join(dir, "synthetic-20k.json");
  writeFileSync(synthetic, JSON.stringify(makeSyntheticDataset({ claims: 20_000, seed: 1 })));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const seed = await benchDataset(browser, 3291);
    const large = await benchDataset(browser, 3292, synthetic);
    console.log(JSON.stringify({ seed: seed.result, synthetic20k: large.result, firstLoadJsGzipKB: seed.js }));
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
