/**
 * Dashboard benchmark (not a test), one run on the production server (scripts/serve.ts) per
 * dataset: the seeds and 20,000 and 100,000 generated claims. Per dataset: requests/s of `/`,
 * a filtered view, a paper page, the API and a preview image next to a static file of the same
 * server (the ratio is what to read on a shared machine), server CPU ms per request (served
 * from the view cache, and rendered for views asked for the first time), payload sizes of `/`,
 * and in Debian's Chromium the largest contentful paint of `/` and the time from a filter click
 * to the updated chart. Also the gzipped first-load JavaScript of `/`. The last stdout line is
 * one JSON object.
 * Usage: npx tsx scripts/bench-dashboard.ts [--runs 3] [--seconds 5] [--connections 10] [--skip-100k]
 *        [--only seeds|20k|100k] [--click-only]
 * `--click-only` measures only click → chart, a view's first click and a repeated one (with the
 * filter request's time to its last byte and its size, to tell the server's share from the
 * browser's); `--only` benches one dataset.
 * Ports: BENCH_PORT (default 3291) and the two above it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { makeSyntheticDataset } from "../lib/bench/synthetic-dataset";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { buildIfNeeded, startProductionServer } from "./production-server";
import { loadRoute, pagePayload, renderCpuMs } from "./view-load";

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    "skip-100k": { type: "boolean", default: false },
    only: { type: "string" },
    "click-only": { type: "boolean", default: false },
  },
});
const RUNS = Number(flags.runs);
const SECONDS = Number(flags.seconds);
const CONNECTIONS = Number(flags.connections);
const PORT = Number(process.env.BENCH_PORT ?? 3291);
const log = (message: string) => console.error(`[bench-dashboard] ${message}`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(m * 10) / 10;
}


/** Largest contentful paint of `/`, and the cumulative layout shift once the chart has drawn. */
async function measureLcp(browser: Browser, base: string): Promise<{ lcp: number; cls: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  await page.waitForTimeout(300);
  const lcp = (await page.evaluate(LCP_IN_PAGE)) as number;
  const cls = (await page.evaluate(CLS_IN_PAGE)) as number;
  await context.close();
  return { lcp, cls };
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

const CLS_IN_PAGE = `new Promise((resolveCls) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolveCls(Math.round(total * 1000) / 1000), 50);
})`;

const LCP_IN_PAGE = `new Promise((resolveLcp) => {
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    resolveLcp(entries[entries.length - 1].startTime);
  }).observe({ type: "largest-contentful-paint", buffered: true });
})`;

type FilterRequest = { lastByteMs: number; bytes: number };

/** performance.now() in the page from the click to the frame after the FPGA chart is in the DOM, and the view request it made (none on the browser path). */
async function measureFilterUpdate(browser: Browser, base: string): Promise<{ ms: number; request?: FilterRequest }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  let request: FilterRequest | undefined;
  page.on("requestfinished", async (finished) => {
    if (!finished.url().includes("hw=FPGA")) return;
    const timing = finished.timing();
    const sizes = await finished.sizes();
    request = { lastByteMs: Math.round(timing.responseEnd), bytes: sizes.responseBodySize };
  });
  const ms = (await page.evaluate(FILTER_UPDATE_IN_PAGE)) as number;
  await page.waitForTimeout(50);
  await context.close();
  return { ms, request };
}

/**
 * Only click → chart, on `RUNS` fresh servers: the first FPGA click of each asks the server for a
 * view it has not rendered yet, the second is served from the view cache.
 */
async function benchClick(browser: Browser, port: number, dataPath?: string) {
  const fresh: Awaited<ReturnType<typeof measureFilterUpdate>>[] = [];
  const cached: Awaited<ReturnType<typeof measureFilterUpdate>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const server = await startProductionServer(port, dataPath, 600_000);
    try {
      fresh.push(await measureFilterUpdate(browser, `http://127.0.0.1:${port}`));
      cached.push(await measureFilterUpdate(browser, `http://127.0.0.1:${port}`));
    } finally {
      server.kill();
    }
  }
  const summary = (runs: typeof fresh) => {
    const lastByte = runs.flatMap((r) => (r.request ? [r.request.lastByteMs] : []));
    return { filterUpdateMs: median(runs.map((r) => r.ms)), requestLastByteMs: lastByte.length ? median(lastByte) : null, requestBytes: runs[0]?.request?.bytes ?? null };
  };
  const runs = (list: typeof fresh) => list.map((r) => `${Math.round(r.ms)} (request ${r.request?.lastByteMs ?? "-"})`).join(", ");
  log(`${dataPath ?? "seed data"}: load average ${loadavg()[0]?.toFixed(2)}; first clicks ${runs(fresh)} ms; repeated ${runs(cached)} ms`);
  return { result: { firstClick: summary(fresh), repeatedClick: summary(cached) } };
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

/** A paper with claims, and the views whose first render is measured: every hardware class × kind. */
async function viewsOf(base: string): Promise<{ paperId: string; fresh: string[] }> {
  const api = (await (await fetch(`${base}/api/claims?kind=speedup`)).json()) as { claims: { paperId: string }[] };
  const fresh: string[] = [];
  for (const hw of ["GPU", "CPU", "FPGA", "ASIC", "TPU", "unspecified"]) for (const kind of ["memory", "energy", "accuracy"]) fresh.push(`/?hw=${hw}&kind=${kind}&sort=-value`);
  return { paperId: api.claims[0]?.paperId ?? "none", fresh };
}

async function benchDataset(browser: Browser, port: number, dataPath?: string) {
  const server = await startProductionServer(port, dataPath, 600_000);
  const base = `http://127.0.0.1:${port}`;
  const pid = server.pid!;
  try {
    const { paperId, fresh } = await viewsOf(base);
    const routes: Record<string, string> = {
      static: "/icon.svg",
      "/": "/",
      filtered: "/?hw=GPU&kind=speedup",
      paper: `/papers/${paperId}`,
      api: "/api/claims?hw=GPU&kind=speedup",
      // No v=: the synthetic datasets' versions are not hex, and a v= the URL map ignores is never cached.
      preview: "/preview/explorer?kind=speedup",
    };
    const load: Record<string, Awaited<ReturnType<typeof loadRoute>> & { ofStatic?: number }> = {};
    for (const [name, path] of Object.entries(routes)) {
      load[name] = await loadRoute(`${base}${path}`, pid, SECONDS, CONNECTIONS);
      if (name !== "static") load[name]!.ofStatic = Math.round((load[name]!.requestsPerSecond / load.static!.requestsPerSecond) * 100) / 100;
      log(`${dataPath ?? "seeds"} ${name} ${path}: ${JSON.stringify(load[name])}`);
    }
    const renderMs = await renderCpuMs(base, fresh, pid);
    const payload = await pagePayload(`${base}/`);
    await measureLcp(browser, base); // warm the browser's first run
    const lcp: number[] = [];
    const cls: number[] = [];
    const filter: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const first = await measureLcp(browser, base);
      lcp.push(first.lcp);
      cls.push(first.cls);
      filter.push((await measureFilterUpdate(browser, base)).ms);
    }
    log(`load average ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores`);
    log(`${dataPath ?? "seed data"}: first render ${renderMs} ms CPU; payload ${JSON.stringify(payload)}; LCP runs ${lcp.map(Math.round).join(", ")} ms; CLS ${cls.join(", ")}; filter runs ${filter.map(Math.round).join(", ")} ms`);
    return { result: { load, renderCpuMsPerNewView: renderMs, payload, lcpMs: median(lcp), cls: Math.max(...cls), filterUpdateMs: median(filter) }, js: await firstLoadJsGzipKB(base) };
  } finally {
    server.kill();
  }
}

async function main() {
  log("building if needed…");
  buildIfNeeded();
  const dir = mkdtempSync(join(tmpdir(), "claimscope-bench-"));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const bench = flags["click-only"] ? benchClick : benchDataset;
    const only = flags.only;
    const report: Record<string, unknown> = {};
    let js: number | undefined;
    if (!only || only === "seeds") {
      const seed = await bench(browser, PORT);
      report.seed = seed.result;
      js = "js" in seed ? seed.js : undefined;
    }
    for (const claims of flags["skip-100k"] ? [20_000] : [20_000, 100_000]) {
      if (only && only !== `${claims / 1000}k`) continue;
      const file = join(dir, `synthetic-${claims}.json`);
      writeFileSync(file, JSON.stringify(makeSyntheticDataset({ claims, seed: 1 })));
      report[`synthetic${claims / 1000}k`] = (await bench(browser, PORT + (claims === 20_000 ? 1 : 2), file)).result;
    }
    console.log(JSON.stringify({ ...report, firstLoadJsGzipKB: js, connections: CONNECTIONS, seconds: SECONDS }));
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
