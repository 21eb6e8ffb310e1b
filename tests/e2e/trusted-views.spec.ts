import { execFileSync } from "node:child_process";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { searchKey } from "../../lib/views/search-key";
import { claimsWhere, readDataset } from "./dataset";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** A GET with a Host header of our choosing (fetch and Playwright would set their own). */
function getWithHost(path: string, host: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: PORT, path, headers: { Host: host, "X-Forwarded-Host": host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("the methodology page shows the extraction quality npm run eval measures now", async ({ page }) => {
  const measured = JSON.parse(execFileSync("npx", ["tsx", "scripts/eval.ts", "--json"], { encoding: "utf8" })) as {
    name: string;
    papersScored: number;
    byKind: { kind: string; f1: number }[];
  }[];
  await page.goto("/methodology");
  expect(measured.length).toBeGreaterThan(0);
  await expect(page.getByTestId("quality-set")).toHaveCount(measured.length);
  for (const [i, set] of measured.entries()) {
    await expect(page.getByTestId("quality-set").nth(i)).toContainText(`${set.name}: ${set.papersScored} papers`);
    for (const k of set.byKind) await expect(page.getByTestId(`f1-${i}-${k.kind}`)).toHaveText(k.f1.toFixed(2));
  }
  await expect(page.getByTestId("worked-examples")).toContainText("37% lower latency → 1/(1 − 0.37) = 1.59×");
  // Every view links to it.
  for (const path of ["/", "/compare", "/versus"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methodology" })).toHaveAttribute("href", "/methodology");
  }
  await page.goto("/embed?kind=speedup");
  await expect(page.getByTestId("embed-attribution").getByRole("link", { name: "methodology" })).toHaveAttribute("href", "/methodology");
});

test("a converted claim shows its conversion with its numbers on the paper page, in the table and in the API", async ({ page, request }) => {
  const claim = claimsWhere((c) => c.rule === "percent/reduction" && c.value !== null)[0]!;
  const percent = claim.evidence.text.match(/\d+(?:\.\d+)?/)![0];
  const formula = `1/(1 − ${Number(percent) / 100})`;
  await page.goto(`/papers/${claim.paperId}`);
  const item = page.locator(`[data-claim-id="${claim.id}"]`);
  await expect(item.getByTestId("claim-conversion")).toContainText(formula);
  await expect(item.getByTestId("claim-facts")).toContainText("Qualifier");
  await expect(item.getByTestId("claim-facts")).toContainText("Baseline");
  await page.goto(`/?kind=${claim.kind}&q=${encodeURIComponent(readDataset().papers.find((p) => p.id === claim.paperId)!.title.split(" ").slice(0, 4).join(" "))}`);
  await expect(page.locator(`tr[data-claim-id="${claim.id}"]`).getByTestId("row-conversion")).toContainText(formula);
  const body = (await (await request.get(`/api/claims?kind=${claim.kind}`)).json()) as { claims: { id: string; explanation: { conversion: string } }[] };
  expect(body.claims.find((c) => c.id === claim.id)!.explanation.conversion).toContain(formula);
});

test("a value range needs one kind, and sorting by value never mixes units", async ({ page }) => {
  await page.goto("/?min=2");
  await expect(page.getByTestId("ignored-notice")).toContainText("a value range needs exactly one kind");
  await expect(page.getByTestId("range-hint")).toBeVisible();
  await page.goto("/?kind=accuracy&min=2");
  const values = await page.locator('table.claims td[data-label="Value"]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute("data-value"))));
  expect(values.length).toBeGreaterThan(0);
  expect(values.every((v) => v >= 2)).toBe(true);
  await page.goto("/?sort=-value");
  const kinds = await page.locator('table.claims td[data-label="Kind"]').allTextContents();
  expect(kinds).toEqual([...kinds].sort((a, b) => ["speedup", "memory", "accuracy", "energy", "compute", "cost"].indexOf(a) - ["speedup", "memory", "accuracy", "energy", "compute", "cost"].indexOf(b)));
});

test("enum values in any case work and the link is canonical; search ignores case, hyphens and spacing", async ({ page, request }) => {
  const fpga = claimsWhere((c) => c.hardware.class === "FPGA").length;
  await page.goto("/?hw=fpga&kind=SPEEDUP~memory");
  await expect(page.getByTestId("ignored-notice")).toHaveCount(0);
  await expect(page.locator('a[data-facet="hw"][data-value="FPGA"]')).toHaveAttribute("aria-current", "true");
  await expect(page.locator("#results")).toHaveAttribute("data-view", "hw=FPGA&kind=speedup~memory");
  const api = await request.get("/api/claims?hw=fpga");
  expect(api.status()).toBe(200);
  expect(((await api.json()) as { total: number }).total).toBe(fpga);

  // "kv-cache" and "KV cache" are the words kv and cache; "KVCache" is their joined spelling.
  const text = (paperId: string) => {
    const paper = readDataset().papers.find((p) => p.id === paperId)!;
    return searchKey(`${paper.title}\n${paper.abstract}`);
  };
  const expected = claimsWhere((c) => text(c.paperId).includes("kv") && text(c.paperId).includes("cache")).length;
  const joined = claimsWhere((c) => text(c.paperId).includes("kvcache")).length;
  expect(joined).toBeGreaterThan(0);
  await page.goto(`/?q=KVCache`);
  await expect(page.getByTestId("result-count")).toHaveText(String(joined));
  for (const q of ["kv-cache", "KV cache", "kv_cache", "Kv  Cache"]) {
    await page.goto(`/?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId("result-count"), q).toHaveText(String(expected));
  }
});

test("the compare finder matches whole words", async ({ page }) => {
  const dataset = readDataset();
  await page.goto("/compare?q=sage");
  const matches = page.getByRole("list", { name: "Matching papers" }).getByRole("link");
  const titles = await matches.allTextContents();
  const wholeWord = dataset.papers.filter((p) => /(^|[^a-z])sage/i.test(p.title.replace(/([a-z])([A-Z])/g, "$1 $2")));
  expect(titles.length).toBe(Math.min(8, wholeWord.length));
  expect(titles.some((t) => /usage/i.test(t))).toBe(false);
});

test("devices are grouped by hardware class and baselines make a Versus facet and view", async ({ page }) => {
  await page.goto("/");
  await page.locator(".filters summary", { hasText: /^Device$/ }).click();
  const groups = page.locator('.filters [role="group"][aria-label$=" devices"]');
  expect(await groups.count()).toBeGreaterThan(0);
  const dataset = readDataset();
  const counts = new Map<string, number>();
  for (const c of dataset.claims) {
    const name = c.baselineCanonical ?? c.baseline;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [baseline, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  await page.goto(`/?vs=${encodeURIComponent(baseline.toUpperCase())}`);
  await expect(page.getByTestId("result-count")).toHaveText(String(n));
  await page.goto("/versus");
  await page.getByTestId("versus-choices").getByRole("link", { name: new RegExp(`^${baseline.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).first().click();
  await expect(page).toHaveURL(new RegExp(`/versus\\?vs=`));
  await expect(page.getByTestId("versus-summary")).toContainText(`${n} claims against`);
  // Shareable: the same URL opened afresh shows the same view.
  const url = page.url();
  await page.goto(url);
  await expect(page.getByTestId("versus-summary")).toContainText(`${n} claims against`);
});

test("a paper without an arXiv id links a title search; sources are named by listing", async ({ page }) => {
  const paper = readDataset().papers.find((p) => !p.arxivId)!;
  await page.goto(`/papers/${paper.id}`);
  const search = page.getByTestId("paper-link-search").first();
  expect(new URL((await search.getAttribute("href"))!).searchParams.get("query")).toBe(paper.title);
  await expect(page.getByTestId("paper-sources")).toContainText("Hugging Face Daily Papers listing");
});

test("CSV parses into rows of equal width, and no output names localhost or echoes the Host header", async () => {
  const host = "evil.example.test";
  for (const path of ["/api/claims?kind=speedup&format=csv", "/api/claims?format=meta", "/api/claims?kind=speedup", "/embed?kind=speedup", "/methodology", "/versus"]) {
    const response = await getWithHost(path, host);
    expect(response.status, path).toBe(200);
    const everything = `${JSON.stringify(response.headers)}\n${response.body}`;
    expect(everything, path).not.toContain(host);
    expect(everything, path).not.toContain("localhost");
    expect(everything, path).not.toContain("127.0.0.1");
    if (path.includes("format=csv")) {
      const parsed = Papa.parse<string[]>(response.body, { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(new Set(parsed.data.map((r) => r.length)).size).toBe(1);
      expect(parsed.data.length - 1).toBe(claimsWhere((c) => c.kind === "speedup").length);
    }
  }
});

test("'Reviewed claims only' is offered only when something is reviewed; no stray 1× label; compare legend names only papers with bars", async ({ page }) => {
  const dataset = readDataset();
  const reviewed = dataset.claims.some((c) => c.status === "corrected" || c.status === "added");
  await page.goto("/");
  await expect(page.locator('[data-toggle="reviewed"]')).toHaveCount(reviewed ? 1 : 0);
  await page.locator("svg.recharts-surface").first().waitFor();
  await expect(page.locator(".recharts-reference-line text")).toHaveCount(0);
  // One paper with only accuracy claims (no bar on the × chart) next to one with a speedup.
  const byPaper = new Map<string, string[]>();
  for (const c of dataset.claims) byPaper.set(c.paperId, [...(byPaper.get(c.paperId) ?? []), c.kind]);
  const accuracyOnly = [...byPaper].find(([, kinds]) => kinds.every((k) => k === "accuracy"))![0];
  const withSpeedup = [...byPaper].find(([, kinds]) => kinds.includes("speedup"))![0];
  await page.goto(`/compare?papers=${withSpeedup}~${accuracyOnly}`);
  await page.locator("svg.recharts-surface").first().waitFor();
  await expect(page.locator(".recharts-legend-item")).toHaveCount(1);
});
