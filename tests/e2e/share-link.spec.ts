import { expect, test } from "@playwright/test";
import { readDataset } from "./dataset";

test("copy link reproduces the same chart and the same rows in a fresh browser", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto("/");
  await page.locator('a[data-facet="kind"][data-value="speedup"]').click();
  await expect(page).toHaveURL(/kind=speedup/);
  await page.locator('th a[data-sort="value"]').click();
  await expect(page).toHaveURL(/sort=value/);
  await page.locator('th a[data-sort="value"]').click(); // descending
  await expect(page).toHaveURL(/sort=-value/);
  await page.getByTestId("chart-distribution").click();
  await expect(page).toHaveURL(/chart=distribution/);
  await page.getByTestId("scale-linear").click();
  await expect(page).toHaveURL(/scale=linear/);

  const chart = page.locator("[data-chart-view]");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  const view = await chart.getAttribute("data-chart-view");
  const rows = await page.locator("table.claims tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim-id")));
  const dots = await chart.locator("svg circle").count();

  await page.getByTestId("copy-link").click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The copied link pins the data version (v=, issue #6); otherwise it is the address bar's URL.
  const version = readDataset().version;
  expect(link).toBe(`${page.url()}&v=${version}`);
  expect(new URL(link).search).toBe(`?kind=speedup&chart=distribution&scale=linear&sort=-value&v=${version}`);
  await context.close();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const otherChart = other.locator("[data-chart-view]");
  await expect(otherChart.locator("svg.recharts-surface").first()).toBeVisible();
  expect(await otherChart.getAttribute("data-chart-view")).toBe(view);
  expect(await otherChart.getAttribute("data-chart-type")).toBe("distribution");
  expect(await otherChart.locator("svg circle").count()).toBe(dots);
  expect(await other.locator("table.claims tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim-id")))).toEqual(rows);
  expect(new URL(baseURL ?? link).host).toBe(new URL(link).host);
  await fresh.close();
});
