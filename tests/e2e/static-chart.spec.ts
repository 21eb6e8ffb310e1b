import { expect, test, type Browser } from "@playwright/test";

/**
 * Issue 11, "First load": the explorer's bars chart is in the server's HTML as plain SVG
 * (lib/views/static-bars-svg.ts), so it paints before any script runs, and it looks like the
 * interactive Recharts chart that replaces it, so the swap is not a jump.
 */

test("the server's HTML of / already holds the bars chart as an SVG image, one bar per charted claim", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const svg = html.match(/<svg[^>]*data-static-chart="bars"[^>]*>[\s\S]*?<\/svg>/)?.[0];
  expect(svg).toBeDefined();
  expect(svg).toMatch(/role="img"/);
  expect(svg).toMatch(/aria-label="Claimed speedup \(×\) per paper: \d+ bars"/);
  // The caption says how many bars the chart shows; the static chart draws exactly those.
  const shown = Number(html.match(/showing (\d+) of \d+/)?.[1]);
  expect(shown).toBeGreaterThan(0);
  expect(svg!.match(/class="static-chart-bar"/g)).toHaveLength(shown);
  expect(svg).toMatch(/class="static-chart-tick"[^>]*>1×</);
});

test("without JavaScript the explorer shows the chart, named for screen readers", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?kind=accuracy");
  const chart = page.getByRole("img", { name: /Claimed accuracy \(.+\) per paper: \d+ bars/ });
  await expect(chart).toBeVisible();
  expect(await chart.locator(".static-chart-bar").count()).toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: "Export SVG" })).toBeDisabled();
  await context.close();
});

test("once Recharts has loaded, the interactive chart replaces the static one", async ({ page }) => {
  await page.goto("/");
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  await expect(page.locator("[data-static-chart]")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Export SVG" })).toBeEnabled();
});

type Drawing = { figureHeight: number; bars: number[][]; ticks: [string, number, number][]; labels: [string, number, number][] };

/** Page coordinates of what both charts draw, rounded to whole pixels. */
async function drawing(browser: Browser, path: string, width: number, javaScript: boolean): Promise<Drawing> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(path);
  const svg = javaScript ? "[data-chart-view] svg.recharts-surface" : "svg[data-static-chart]";
  await page.locator(svg).first().waitFor();
  const result = await page.evaluate(
    ({ svg, javaScript }) => {
      const root = document.querySelector(svg)!;
      const box = (e: Element) => e.getBoundingClientRect();
      const shown = (e: Element) => box(e).width > 0;
      const text = (selector: string) =>
        [...root.querySelectorAll(selector)].filter(shown).map((e) => [e.textContent ?? "", Math.round(box(e).x), Math.round(box(e).y)] as [string, number, number]);
      const bars = [...root.querySelectorAll(javaScript ? ".recharts-bar-rectangle path" : ".static-chart-bar")].map((e) => [box(e).x, box(e).y, box(e).width, box(e).height].map(Math.round));
      return {
        figureHeight: Math.round(box(document.querySelector("figure.chart-card")!).height),
        bars,
        ticks: text(javaScript ? ".recharts-text.recharts-cartesian-axis-tick-value" : ".static-chart-tick"),
        labels: text(javaScript ? ".bar-value-label" : ".static-chart-value"),
      };
    },
    { svg, javaScript },
  );
  await context.close();
  return result;
}

for (const width of [1280, 375]) {
  // Log and linear multipliers; accuracy changes with negative bars, ranges and clipped outliers.
  for (const path of ["/", "/?scale=linear", "/?kind=accuracy"]) {
    test(`at ${width} px the static chart of ${path} draws what the interactive one draws, where it draws it`, async ({ browser }) => {
      const still = await drawing(browser, path, width, false);
      const live = await drawing(browser, path, width, true);
      expect(still.figureHeight).toBe(live.figureHeight);
      expect(still.bars.length).toBeGreaterThan(0);
      expect(still.bars).toHaveLength(live.bars.length);
      still.bars.forEach((bar, i) => bar.forEach((v, k) => expect(Math.abs(v - live.bars[i]![k]!), `bar ${i}`).toBeLessThanOrEqual(1)));
      expect(still.ticks.map((t) => t[0])).toEqual(live.ticks.map((t) => t[0]));
      still.ticks.forEach((t, i) => expect(Math.abs(t[1] - live.ticks[i]![1]) + Math.abs(t[2] - live.ticks[i]![2]), t[0]).toBeLessThanOrEqual(1));
      expect(still.labels.map((t) => t[0])).toEqual(live.labels.map((t) => t[0]));
      still.labels.forEach((t, i) => expect(Math.abs(t[1] - live.labels[i]![1]) + Math.abs(t[2] - live.labels[i]![2]), t[0]).toBeLessThanOrEqual(2));
    });
  }
}
