import { expect, test, type APIRequestContext } from "@playwright/test";
import { readDataset } from "./dataset";
import { screens } from "./screens";
import { startExtraServer } from "./extra-server";

/** PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function preview(request: APIRequestContext, path: string): Promise<Buffer> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
  return Buffer.from(await response.body());
}

// Cards carry absolute URLs only on a configured public origin (lib/http/public-origin.ts): a server with one.
test.describe("with CLAIMSCOPE_PUBLIC_URL set", () => {
  let server: { origin: string; stop: () => void };
  let base = "";
  test.beforeAll(async () => {
    server = await startExtraServer(13, (origin) => ({ CLAIMSCOPE_PUBLIC_URL: origin }));
    base = server.origin;
  });
  test.afterAll(() => server?.stop());

  test("each view's og:image is its own chart: two filter URLs give two different 1200x630 PNGs", async ({ page, request }) => {
    const version = readDataset().version;
    // Canonical queries (lib/url-state.ts key order), so "the same query" is a plain string match.
    const views = ["hw=FPGA&kind=speedup", "kind=memory&chart=distribution"];
    const images: Buffer[] = [];
    for (const query of views) {
      await page.goto(`${base}/?${query}`);
      const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(new URL(ogImage!).pathname).toBe("/preview/explorer");
      expect(new URL(ogImage!).search).toBe(`?${query}&v=${version}`);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
      const image = await preview(request, ogImage!);
      expect(pngSize(image)).toEqual({ width: 1200, height: 630 });
      images.push(image);
    }
    expect(images[0]!.equals(images[1]!)).toBe(false);
    // Deterministic: the same URL renders the same bytes.
    expect((await preview(request, `${base}/preview/explorer?hw=FPGA&kind=speedup&v=${version}`)).equals(images[0]!)).toBe(true);
    const title = await page.goto(`${base}/?kind=speedup&hw=FPGA`).then(() => page.locator('meta[property="og:title"]').getAttribute("content"));
    expect(title).toMatch(/^Speedup claims on FPGA — \d+ papers?$/);

    // Compare and paper pages describe themselves too, with their own preview image.
    const dataset = readDataset();
    const [a, b] = dataset.papers.filter((p) => dataset.claims.some((c) => c.paperId === p.id && c.kind === "speedup")).map((p) => p.id).sort();
    await page.goto(`${base}/compare?papers=${a}~${b}`);
    const compareImage = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
    expect(compareImage.pathname + compareImage.search).toBe(`/preview/compare?papers=${a}~${b}&v=${version}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /^Compare: .+ vs .+/);
    expect(pngSize(await preview(request, compareImage.href))).toEqual({ width: 1200, height: 630 });
    await page.goto(`${base}/papers/${a}`);
    const paperImage = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
    expect(paperImage.pathname + paperImage.search).toBe(`/preview/paper/${a}?v=${version}`);
    const paperTitle = dataset.papers.find((p) => p.id === a)!.title;
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", paperTitle.length > 120 ? `${paperTitle.slice(0, 119)}…` : paperTitle);
  });
});

test("share menu: copy link (pinned to the data version), copy embed code, download image", async ({ browser }) => {
  const version = readDataset().version;
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"], viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/?kind=speedup&chart=distribution");
  await page.getByTestId("copy-link").click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).search).toBe(`?kind=speedup&chart=distribution&v=${version}`);

  await page.getByTestId("copy-embed").click();
  await expect(page.getByText("Embed code copied")).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  // The frame starts at the chart's height (380 px distribution plus the attribution and legend) and the listener resizes it.
  expect(snippet).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\?kind=speedup&amp;chart=distribution&amp;v=[0-9a-f]+" width="100%" height="464"/);
  expect(snippet).toContain('d.type!=="claimscope:resize"');
  await expect(page.getByTestId("embed-snippet")).toHaveValue(snippet);
  await screens(page, "share-menu", page.getByTestId("embed-snippet"));

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-image").click()]);
  expect(download.suggestedFilename()).toBe("claimscope-explorer.png");
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  expect(pngSize(readFileSync(path))).toEqual({ width: 1200, height: 630 });
  await context.close();
});

test("the preview images at desktop and phone widths (for review)", async ({ page }) => {
  const dataset = readDataset();
  const paper = dataset.papers.find((p) => dataset.claims.filter((c) => c.paperId === p.id && c.kind !== "accuracy").length >= 3)!;
  for (const [name, path] of [
    ["preview-bars", "/preview/explorer?kind=speedup&hw=FPGA"],
    ["preview-tradeoff", "/preview/explorer?chart=tradeoff"],
    ["preview-paper", `/preview/paper/${paper.id}`],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await screens(page, name);
  }
});
