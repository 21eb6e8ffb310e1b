import { expect, test, type Page, type Request } from "@playwright/test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeSyntheticDataset } from "../../lib/bench/synthetic-dataset";
import { BROWSER_FILTER_MAX_CLAIMS } from "../../lib/views/claims-slice";
import { claimsWhere, readDataset } from "./dataset";
import { startExtraServer } from "./extra-server";

/** Requests for a page of the explorer: the HTML document or the RSC payload of a client navigation. */
function explorerRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname === "/" && (r.resourceType() === "document" || r.headers()["rsc"] === "1" || url.searchParams.has("_rsc"))) seen.push(r);
  });
  return seen;
}

async function openHydrated(page: Page, url: string) {
  await page.goto(url);
  // The chart draws only after hydration, so from here on clicks are handled by the client.
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
}

const rowIds = (page: Page) => page.locator("table.claims tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim-id")));

test("on the seeds a filter click redraws table, counts and URL in the browser; a reload shows the same view", async ({ page }) => {
  const fpga = claimsWhere((c) => c.hardware.class === "FPGA");
  test.skip(fpga.length === 0, "the served data has no FPGA claim");
  // What the server renders for the URL the click leads to.
  const served = await page.context().newPage();
  await served.goto("/?hw=FPGA");
  const expected = { title: await served.title(), rows: await rowIds(served), evidence: await served.locator("table.claims td.evidence").allTextContents() };
  await served.close();

  const requests = explorerRequests(page);
  await openHydrated(page, "/");
  requests.length = 0;
  await page.locator('a[data-facet="hw"][data-value="FPGA"]').click();
  await expect(page).toHaveURL(/\/\?hw=FPGA$/);
  await expect(page.getByTestId("result-count")).toHaveText(String(fpga.length));
  await expect(page.locator('[data-chart-view="hw=FPGA"]')).toBeVisible();
  // Facet counts under the new filter: each kind chip counts the FPGA claims of that kind.
  const speedups = fpga.filter((c) => c.kind === "speedup").length;
  await expect(page.locator('a[data-facet="kind"][data-value="speedup"] .count')).toHaveText(String(speedups));
  expect(await rowIds(page)).toEqual(expected.rows);
  // Each row's evidence sentence loads as the row appears (the claimed phrase alone shows until then).
  await expect(page.locator("table.claims td.evidence")).toHaveText(expected.evidence);
  await expect(page).toHaveTitle(expected.title);
  expect(requests.map((r) => r.url()), "no document or RSC request for the new view").toEqual([]);

  await page.reload();
  await expect(page.getByTestId("result-count")).toHaveText(String(fpga.length));
  expect(await rowIds(page)).toEqual(expected.rows);
  await expect(page.locator("table.claims td.evidence")).toHaveText(expected.evidence);
  expect(requests.filter((r) => r.resourceType() === "document")).toHaveLength(1);
});

test("sort, page and back/forward stay in the browser and in the URL", async ({ page }) => {
  const total = readDataset().claims.filter((c) => c.status !== "rejected").length;
  const requests = explorerRequests(page);
  await openHydrated(page, "/");
  requests.length = 0;
  await page.locator('th a[data-sort="value"]').click();
  await expect(page).toHaveURL(/\/\?sort=value$/);
  // The URL changes before React draws the new view: wait for the view, then read the rows.
  await expect(page.locator('th[aria-sort="ascending"] a[data-sort="value"]')).toBeVisible();
  const sorted = await rowIds(page);
  const next = page.locator('nav.pagination a[rel="next"]');
  if ((await next.count()) > 0) {
    await next.click();
    await expect(page).toHaveURL(/\/\?sort=value&page=2$/);
    await expect(page.locator("nav.pagination")).toContainText("Page 2 of");
    expect(await rowIds(page)).not.toEqual(sorted);
    await page.goBack();
    await expect(page).toHaveURL(/\/\?sort=value$/);
    await expect.poll(() => rowIds(page)).toEqual(sorted);
  }
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("result-count")).toHaveText(String(total));
  await expect(page.locator('th[aria-sort="ascending"] a[data-sort="paper"]')).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/\/\?sort=value$/);
  await expect.poll(() => rowIds(page)).toEqual(sorted);
  expect(requests.map((r) => r.url())).toEqual([]);
});

test("the page names the claims slice instead of holding it: one immutable request for every view", async ({ page, request }) => {
  const html = await (await request.get("/")).text();
  const href = html.match(/<link rel="preload" href="(\/api\/slice\?v=[0-9a-f]{16})"/)?.[1];
  expect(href, "the slice is preloaded with the page").toBeDefined();
  // Its columns are not in the page: the RSC payload carries the slice's hash only.
  expect(html).not.toContain("wholeId");
  const slices: Request[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/slice") slices.push(r);
  });
  await openHydrated(page, "/");
  await page.locator('a[data-facet="hw"][data-value="GPU"]').click();
  await expect(page.locator('section[data-view="hw=GPU"]')).toBeVisible();
  await page.locator('th a[data-sort="value"]').click();
  await expect(page.locator('th[aria-sort="ascending"] a[data-sort="value"]')).toBeVisible();
  expect(slices.map((r) => new URL(r.url()).pathname + new URL(r.url()).search)).toEqual([href]);
  expect((await slices[0]!.response())?.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("until the slice has loaded the server's HTML stands and a filter link is a plain link", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/slice?*", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  await expect(page.getByTestId("result-count")).toBeVisible();
  await page.locator('a[data-facet="hw"][data-value="GPU"]').click();
  await expect(page).toHaveURL(/\/\?hw=GPU$/);
  await expect(page.locator('section[data-view="hw=GPU"]')).toBeVisible();
  release();
  // Once the slice is here the page hydrates: the chart draws and clicks stay in the browser.
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  const requests = explorerRequests(page);
  await page.locator('a[data-facet="kind"][data-value="memory"]').click();
  await expect(page.locator('section[data-view="hw=GPU&kind=memory"]')).toBeVisible();
  expect(requests.map((r) => r.url())).toEqual([]);
});

test.describe(`above ${BROWSER_FILTER_MAX_CLAIMS} claims`, () => {
  let server: { origin: string; stop: () => void };
  let dir: string;
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "claimscope-large-"));
    const dataset = makeSyntheticDataset({ claims: BROWSER_FILTER_MAX_CLAIMS + 1, seed: 3 });
    writeFileSync(join(dir, "claims.json"), JSON.stringify(dataset));
    server = await startExtraServer(14, { CLAIMSCOPE_DATA: join(dir, "claims.json") });
  });
  test.afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the explorer keeps server navigation: a filter click asks the server for the view", async ({ page }) => {
    const requests = explorerRequests(page);
    await openHydrated(page, `${server.origin}/`);
    requests.length = 0;
    await page.locator('a[data-facet="hw"][data-value="GPU"]').click();
    await expect(page).toHaveURL(/\/\?hw=GPU$/);
    await expect(page.locator('section[data-view="hw=GPU"]')).toBeVisible();
    expect(requests.map((r) => new URL(r.url()).searchParams.get("hw"))).toContain("GPU");
    expect(requests.every((r) => r.resourceType() !== "document")).toBe(true);
  });
});
