import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { readDataset } from "./dataset";
import { screens } from "./screens";

// "Another site": a page served by the test itself on its own port (loopback, like the app,
// so Chromium's local-network-access rules do not get in the way), framing two routes.
const BLOG_PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
let blog: Server | undefined;

test.beforeAll(async ({ baseURL }) => {
  blog = createServer((_req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>Someone's blog</title></head>
      <body style="font-family:sans-serif;margin:8px"><h1>Someone's blog</h1><p>Here is the chart:</p>
      <iframe id="embed" src="${baseURL}/embed?kind=speedup&chart=distribution" width="100%" height="460" style="border:0"></iframe>
      <iframe id="home" src="${baseURL}/" width="100%" height="120"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => blog!.listen(BLOG_PORT, "127.0.0.1", resolve));
});

test.afterAll(() => blog?.close());

test("/embed renders inside another site's iframe; every other route refuses to be framed", async ({ page, request, baseURL }) => {
  const embed = await request.get("/embed?kind=speedup");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  for (const path of ["/", "/compare", "/papers/x", "/api/claims?kind=cost"]) {
    const other = await request.get(path);
    expect(other.headers()["x-frame-options"], path).toBe("DENY");
    expect(other.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }

  await page.goto(`http://localhost:${BLOG_PORT}/post`);
  const framed = page.frameLocator("#embed");
  await expect(framed.getByTestId("embed")).toBeVisible();
  await expect(framed.locator("[data-chart-type=distribution] svg.recharts-surface").first()).toBeVisible();
  await expect(framed.getByTestId("embed-attribution")).toContainText(`data ${readDataset().version}`);
  const back = framed.getByRole("link", { name: /Open the full view in Claimscope/ });
  expect(new URL((await back.getAttribute("href"))!, baseURL).pathname).toBe("/");
  await expect(framed.locator(".site-header")).toBeHidden();

  // The explorer refused to be framed: its frame ends on Chromium's error page, never the explorer.
  await expect.poll(() => page.frames().some((f) => f.url().startsWith("chrome-error://"))).toBe(true);
  const home = page.frames().find((f) => f.url().startsWith("chrome-error://"))!;
  expect(await home.locator("h1", { hasText: "Claims explorer" }).count()).toBe(0);
  expect(page.frames().some((f) => f.url() === `${baseURL}/`)).toBe(false);
  await screens(page, "embed-iframe", page.locator("#embed"));
});
