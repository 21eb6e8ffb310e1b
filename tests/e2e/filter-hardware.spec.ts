import { expect, test } from "@playwright/test";
import { searchKey } from "../../lib/views/search-key";
import { claimsWhere, readDataset } from "./dataset";

test("filtering by FPGA shows exactly the FPGA claims of the dataset", async ({ page }) => {
  const expected = claimsWhere((c) => c.hardware.class === "FPGA");
  await page.goto("/");
  const chip = page.locator('a[data-facet="hw"][data-value="FPGA"]');
  await expect(chip.locator(".count")).toHaveText(String(expected.length));
  await chip.click();
  await expect(page).toHaveURL(/\?hw=FPGA$/);
  await expect(page.locator('[data-chart-view="hw=FPGA"], [data-testid="empty-state"]').first()).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText(String(expected.length));
  if (expected.length === 0) {
    await expect(page.getByTestId("empty-state")).toBeVisible();
    return;
  }
  // Walk every table page and collect the claim ids shown.
  const shown: string[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    // The browser may draw the page after the URL changed: wait for the page's own number.
    if (pageNumber > 1) await expect(page.locator("nav.pagination")).toContainText(`Page ${pageNumber} of`);
    const rows = page.locator("table.claims tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(page.locator('table.claims td[data-hw]:not([data-hw="FPGA"])')).toHaveCount(0);
    shown.push(...(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim-id") ?? ""))));
    const next = page.locator('nav.pagination a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForURL(new RegExp(`page=${pageNumber + 1}`));
  }
  expect([...shown].sort()).toEqual(expected.map((c) => c.id).sort());
});

test("a filter that matches nothing says so and offers to clear", async ({ page }) => {
  await page.goto("/?hw=FPGA&q=zzzz-no-such-words");
  await expect(page.getByTestId("empty-state")).toContainText("No claims match these filters");
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("table.claims tbody tr").first()).toBeVisible();
});

test("filters are keyboard-operable with a visible focus ring", async ({ page }) => {
  await page.goto("/");
  const chip = page.locator('a[data-facet="kind"][data-value="memory"]');
  await chip.focus();
  const outline = await chip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?kind=memory$/);
});

test("the first HTML response already holds the filtered table and paper titles", async ({ request }) => {
  const dataset = readDataset();
  const fpga = dataset.claims.filter((c) => c.hardware.class === "FPGA").slice(0, 50);
  const html = await (await request.get("/?hw=FPGA")).text();
  for (const claim of fpga) expect(html).toContain(`data-claim-id="${claim.id}"`);
  // React's text escaping.
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
  for (const paperId of new Set(fpga.map((c) => c.paperId))) {
    expect(html).toContain(escape(dataset.papers.find((p) => p.id === paperId)!.title));
  }
});

test("the API answers the explorer's parameters with the dataset's claims", async ({ request }) => {
  const dataset = readDataset();
  const body = (await (await request.get("/api/claims?hw=FPGA&sort=-value")).json()) as { claims: { id: string; explanation: { summary: string } }[] };
  const byId = new Map(dataset.claims.map((c) => [c.id, c]));
  expect(body.claims.map((c) => c.id).sort()).toEqual(dataset.claims.filter((c) => c.hardware.class === "FPGA").map((c) => c.id).sort());
  for (const { explanation, ...claim } of body.claims) {
    expect(claim).toEqual(byId.get(claim.id));
    // Every claim says how its number was read (lib/views/explain-claim.ts).
    expect(explanation.summary).toContain(byId.get(claim.id)!.evidence.text);
  }
});

test("search and value range write the canonical URL and filter the rows", async ({ page }) => {
  const dataset = readDataset();
  const word = dataset.papers[0]!.title.split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w)) ?? "the";
  // A value range is in one kind's unit, so the range fields come with one kind selected.
  await page.goto("/?hw=GPU&kind=speedup&chart=distribution");
  await page.getByLabel("Search titles and abstracts").fill(word);
  await page.getByLabel("Min speedup (×)").fill("1.5");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?hw=GPU&kind=speedup&min=1\\.5&q=${word}&chart=distribution$`));
  const text = new Map(dataset.papers.map((p) => [p.id, searchKey(`${p.title}\n${p.abstract}`)]));
  const expected = dataset.claims.filter(
    (c) => c.hardware.class === "GPU" && c.kind === "speedup" && c.value !== null && c.value >= 1.5 && text.get(c.paperId)!.includes(searchKey(word)),
  );
  await expect(page.getByTestId("result-count")).toHaveText(String(expected.length));
  await expect(page.getByLabel("Search titles and abstracts")).toHaveValue(word);
});
