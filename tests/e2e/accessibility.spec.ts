import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { axeRoutes } from "./axe-routes";
import { readDataset } from "./dataset";

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const BLOCKING = new Set(["serious", "critical"]);

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

async function blockingViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`);
}

for (const scheme of ["light", "dark"] as const) {
  for (const route of axeRoutes(readDataset())) {
    test(`axe-core finds no serious or critical violation on ${route.name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(route.path);
      await page.waitForLoadState("networkidle");
      // Charts load after the page: check them too.
      if (route.chart) await page.locator("svg.recharts-surface").first().waitFor();
      expect(await blockingViolations(page)).toEqual([]);
    });
  }
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe-core finds no serious or critical violation in the explorer's static chart, before scripts run (${scheme})`, async ({ page }) => {
    // No script of the page loads, so the chart stays the server-drawn SVG (lib/views/static-bars-svg.ts).
    await page.route("**/_next/static/chunks/**/*.js", (route) => route.abort());
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await expect(page.locator("svg[data-static-chart]")).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
  });
}
