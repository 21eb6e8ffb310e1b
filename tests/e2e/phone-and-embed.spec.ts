import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";

const BLOG_PORT = Number(process.env.E2E_PORT ?? 3100) + 3;
let blog: Server | undefined;

test.beforeAll(async ({ baseURL }) => {
  // A host page that uses the documented snippet (share menu → Embed, README).
  blog = createServer((_req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html><body style="margin:0">
      <iframe id="short" src="${baseURL}/embed?kind=cost&theme=dark" width="100%" height="900" style="border:0" data-claimscope-embed></iframe>
      <script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="claimscope:resize"||typeof d.height!=="number")return;document.querySelectorAll("iframe[data-claimscope-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>
      </body></html>`);
  });
  await new Promise<void>((resolve) => blog!.listen(BLOG_PORT, "127.0.0.1", resolve));
});

test.afterAll(() => blog?.close());

test("embeds take theme=light|dark|auto and resize the host's iframe to the chart", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/embed?kind=speedup&theme=light");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/embed?kind=speedup&theme=DARK");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(255, 255, 255)");
  await page.goto("/embed?kind=speedup&theme=auto");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");

  await page.goto(`http://127.0.0.1:${BLOG_PORT}/`);
  const frame = page.frameLocator("#short");
  await frame.locator("svg.recharts-surface").first().waitFor();
  // The 900 px frame shrinks to its content: no blank band under a short chart.
  await expect.poll(async () => (await page.locator("#short").boundingBox())!.height).toBeLessThan(700);
  const content = await frame.locator("body").evaluate((b) => Math.ceil(b.ownerDocument.documentElement.getBoundingClientRect().height));
  expect(Math.abs((await page.locator("#short").boundingBox())!.height - content)).toBeLessThanOrEqual(2);
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("a sort control replaces the hidden table header", async ({ page }) => {
    await page.goto("/?kind=speedup");
    const control = page.getByRole("navigation", { name: "Sort claims" });
    await expect(control).toBeVisible();
    await control.getByRole("link", { name: /^Value/ }).click();
    await expect(page).toHaveURL(/sort=-value/);
    const values = await page.locator('table.claims td[data-label="Value"]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute("data-value"))));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  test("tapping a cut chart label shows the paper's full title", async ({ page }) => {
    await page.goto("/?kind=speedup");
    const label = page.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value", { hasText: "…" }).first();
    await label.waitFor();
    const title = await label.locator("title").textContent();
    await label.click();
    await expect(page.getByTestId("tapped-label")).toHaveText(title!);
  });

  test("distribution axis labels do not overlap", async ({ page }) => {
    await page.goto("/?chart=distribution&kind=speedup");
    await page.locator("svg.recharts-surface").first().waitFor();
    const boxes = await page.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (let i = 1; i < boxes.length; i++) {
      const a = boxes[i - 1]!;
      const b = boxes[i]!;
      const overlap = a.right > b.left + 1 && b.right > a.left + 1 && a.bottom > b.top + 1 && b.bottom > a.top + 1;
      expect(overlap, `tick ${i - 1} and ${i}`).toBe(false);
    }
  });
});
