import { expect, test } from "@playwright/test";

/*
 * Whole views served once per release (scripts/serve.ts, lib/http/view-response-cache.ts):
 * the production server answers a repeat from memory, says so, and answers a matching
 * If-None-Match with 304. (A new release or an approved correction: review-flow.spec.ts.)
 */
const CACHE = "x-claimscope-cache";

for (const path of ["/?hw=GPU&kind=speedup&sort=-value", "/papers/flightllm-efficient-large-language-model-inference-with-a-complete-mapping-flow", "/api/claims?kind=energy&page=1", "/compare?papers=a~b"]) {
  test(`a repeated request for ${path.split("?")[0]} is served from the cache, with an ETag that revalidates to 304`, async ({ request }) => {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const again = await request.get(path);
    expect(again.headers()[CACHE]).toBe("hit");
    expect(await again.body()).toEqual(await first.body());
    const etag = again.headers()["etag"]!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(again.headers()["cache-control"]).toBe("public, no-cache");
    const revalidated = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(revalidated.status()).toBe(304);
    expect(revalidated.headers()[CACHE]).toBe("revalidated");
    expect(revalidated.headers()["x-frame-options"]).toBe("DENY");
  });
}

test("a view pinned to the current release may be kept a minute by a shared cache", async ({ request }) => {
  const { version } = (await (await request.get("/api/claims?kind=cost")).json()) as { version: string };
  const pinned = await request.get(`/?kind=memory&v=${version}`);
  expect(pinned.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60, must-revalidate");
});

test("a preview image is rendered once per view and release", async ({ request }) => {
  const { version } = (await (await request.get("/api/claims?kind=cost")).json()) as { version: string };
  const path = `/preview/explorer?kind=memory&chart=distribution&v=${version}`;
  const first = await request.get(path);
  expect(first.headers()["content-type"]).toBe("image/png");
  const again = await request.get(path);
  expect(again.headers()[CACHE]).toBe("hit");
  expect(again.headers()["cache-control"]).toBe("public, max-age=86400, immutable");
  expect(await again.body()).toEqual(await first.body());
});

test("a client-side navigation (Flight request) is cached apart from the HTML of the same view", async ({ page }) => {
  const flights: string[] = [];
  page.on("response", (response) => {
    if (response.request().headers()["rsc"] === "1" && new URL(response.url()).searchParams.get("hw") === "FPGA") flights.push(response.headers()[CACHE] ?? "");
  });
  // A text search is answered by the server (the browser's slice has no abstracts), so its filter clicks are Flight requests.
  for (let i = 0; i < 2; i++) {
    await page.goto("/?q=model");
    await page.locator('a[data-facet="hw"][data-value="FPGA"]').click();
    await expect(page).toHaveURL(/hw=FPGA/);
    await expect(page.locator('section[data-view="hw=FPGA&q=model"]')).toBeVisible();
  }
  expect(flights.length).toBeGreaterThanOrEqual(2);
  // The browser may hold the first answer and revalidate it: either way the server renders nothing.
  expect(["hit", "revalidated"]).toContain(flights.at(-1));
});
