import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { readDataset } from "./dataset";

const SCREENS = process.env.SCREENS_DIR ?? join(tmpdir(), "claimscope-screens");

test("the CSV download matches the table", async ({ page }) => {
  await page.goto("/?kind=speedup&sort=-value");
  const ids = await page.locator("table.claims tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim-id")));
  const values = await page.locator('table.claims td[data-label="Value"]').evaluateAll((tds) => tds.map((td) => td.getAttribute("data-value")));
  const total = Number(await page.getByTestId("result-count").textContent());
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  const text = readFileSync((await download.path())!, "utf8");
  // Header plus rows only: every row as wide as the header, nothing a reader must skip.
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  expect(new Set(rows.data.map((r) => r.length)).size).toBe(1);
  expect(rows.data[0]).toEqual(expect.arrayContaining(["baseline_hardware", "baseline_canonical", "conversion", "rule", "status"]));
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.data).toHaveLength(total);
  expect(parsed.data.slice(0, ids.length).map((r) => r.claim_id)).toEqual(ids);
  expect(parsed.data.slice(0, ids.length).map((r) => r.value)).toEqual(values);
  // The metadata travels beside the rows: response headers and the JSON sidecar.
  const response = await page.request.get(`/api/claims?kind=speedup&sort=-value&format=csv`);
  expect(response.headers()["x-claimscope-version"]).toBe(readDataset().version);
  expect(decodeURIComponent(response.headers()["x-claimscope-filters"]!)).toBe("kind: speedup");
  const meta = (await (await page.request.get("/api/claims?kind=speedup&sort=-value&format=meta")).json()) as { link: string; rows: number; filters: string };
  expect(meta).toMatchObject({ rows: total, filters: "kind: speedup" });
  expect(meta.link).toMatch(/^\/\?kind=speedup&sort=-value&v=/);
});

test("the chart exports as SVG and PNG that explain themselves, on a light background even in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/?kind=speedup");
  await page.locator("[data-chart-view] svg.recharts-surface").first().waitFor();
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export SVG" }).click()]);
  const svg = readFileSync((await svgDownload.path())!, "utf8");
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg).toContain("Claimed speedup (×) per paper"); // title
  expect(svg).toContain("Filters: kind: speedup"); // subtitle
  expect(svg).toContain("Source: Claimscope, data"); // footnote
  expect(svg).toContain("/methodology");
  expect(svg).toContain("/?kind=speedup");
  expect(svg).not.toContain("localhost");
  expect(svg).not.toContain("127.0.0.1");
  expect(svg).toMatch(/<rect width="100%" height="100%" fill="rgb\(255, 255, 255\)"/); // light background
  expect(svg).toMatch(/>[\d.–]+×</); // value labels
  expect(svg.includes(">GPU<") || svg.includes(">unspecified<")).toBe(true); // legend
  const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export PNG" }).click()]);
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  mkdirSync(SCREENS, { recursive: true });
  writeFileSync(join(SCREENS, "export-bars.svg"), svg);
  writeFileSync(join(SCREENS, "export-bars.png"), png);
});
