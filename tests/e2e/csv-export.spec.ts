import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";

test("the CSV download matches the table", async ({ page }) => {
  await page.goto("/?kind=speedup&sort=-value");
  const ids = await page.locator("table.claims tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim-id")));
  const values = await page.locator('table.claims td[data-label="Value"]').evaluateAll((tds) => tds.map((td) => td.getAttribute("data-value")));
  const total = Number(await page.getByTestId("result-count").textContent());
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  const text = readFileSync((await download.path())!, "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, comments: "#", skipEmptyLines: true });
  expect(parsed.data).toHaveLength(total);
  expect(parsed.data.slice(0, ids.length).map((r) => r.claim_id)).toEqual(ids);
  expect(parsed.data.slice(0, ids.length).map((r) => r.value)).toEqual(values);
  expect(text).toMatch(/# Claimscope data version: \S+/);
  expect(text).toContain("# Filters: kind: speedup");
  expect(text).toContain("/?kind=speedup&sort=-value");
});

test("the chart exports as SVG and PNG with a footnote", async ({ page }) => {
  await page.goto("/?kind=speedup");
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export SVG" }).click()]);
  const svg = readFileSync((await svgDownload.path())!, "utf8");
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg).toContain("Claimscope data");
  expect(svg).toContain("kind: speedup");
  expect(svg).toContain("/?kind=speedup");
  const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export PNG" }).click()]);
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe("PNG");
});
