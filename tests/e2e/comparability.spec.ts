import { expect, test } from "@playwright/test";
import type { Claim } from "../../lib/schema";
import { readDataset } from "./dataset";
import { screens } from "./screens";

/** Two papers whose largest speedups are measured against different named baselines. */
function mixedBaselinePair(claims: Claim[]): [Claim, Claim] {
  const best = new Map<string, Claim>();
  for (const c of claims) {
    if (c.kind !== "speedup" || c.value === null || c.status === "rejected") continue;
    const current = best.get(c.paperId);
    if (!current || c.value > (current.value ?? -Infinity)) best.set(c.paperId, c);
  }
  const named = [...best.values()].filter((c) => c.baseline);
  const norm = (s: string) => s.toLowerCase().replace(/^(the|a|an)\s+/, "").trim();
  for (const a of named) for (const b of named) if (a.paperId < b.paperId && norm(a.baseline!) !== norm(b.baseline!)) return [a, b];
  throw new Error("no two papers with different named baselines in the dataset");
}

test("comparing claims with different baselines warns on the chart, in the table and in the summary", async ({ page }) => {
  const dataset = readDataset();
  const [a, b] = mixedBaselinePair(dataset.claims);
  await page.goto(`/compare?papers=${[a.paperId, b.paperId].sort().join("~")}`);
  const warnings = page.getByTestId("warnings-speedup");
  await expect(warnings.locator('[data-dimension="baseline"]')).toContainText(`different baselines: `);
  await expect(warnings).toContainText(a.baseline!);
  await expect(warnings).toContainText(b.baseline!);
  await expect(page.getByTestId("cell-warning").filter({ hasText: `baseline: ${a.baseline}` })).toHaveCount(1);
  await expect(page.getByTestId("comparability-summary")).toContainText("not alike: speedup");
  // The chart marks the kind on its axis.
  await expect(page.locator("svg.recharts-surface").getByText("⚠ speedup")).toBeVisible();
  await screens(page, "compare-warnings", page.getByTestId("comparability-summary"));
  await screens(page, "compare-table-warnings", page.getByTestId("cell-warning"));

  // Typical figures only: a toggle in the URL.
  await page.locator('[data-toggle="typical"]').click();
  await expect(page).toHaveURL(/typical=1/);
  await expect(page.getByTestId("compare-table").getByText("up to", { exact: false })).toHaveCount(0);
});
