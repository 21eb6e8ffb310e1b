import { expect, test } from "@playwright/test";
import { readDataset } from "./dataset";

test("papers are added from the explorer and the paper page, then compared side by side", async ({ page }) => {
  const dataset = readDataset();
  await page.goto("/");
  const firstRow = page.locator("table.claims tbody tr").first();
  const firstPaper = (await firstRow.getAttribute("data-claim-id")) ?? "";
  const paperId = dataset.claims.find((c) => c.id === firstPaper)!.paperId;
  await firstRow.getByRole("link", { name: /^\+ compare/ }).click();
  await expect(page).toHaveURL(new RegExp(`papers=${paperId}`));
  // A second paper, added from its own page.
  const other = dataset.papers.find((p) => p.id !== paperId && dataset.claims.some((c) => c.paperId === p.id))!;
  await page.goto(`/papers/${other.id}?papers=${paperId}`);
  await page.getByTestId("compare-add").click();
  await expect(page).toHaveURL(/\/compare\?papers=/);
  const headers = page.getByTestId("compare-table").locator("thead th");
  await expect(headers).toHaveCount(3);
  await expect(page.getByTestId("compare-table")).toContainText(other.title);
  await page.getByRole("link", { name: `Remove ${other.title}` }).click();
  await expect(headers).toHaveCount(2);
});

test("a paper can be found by title and added on the compare page", async ({ page }) => {
  const dataset = readDataset();
  const paper = dataset.papers.find((p) => dataset.claims.some((c) => c.paperId === p.id))!;
  await page.goto("/compare");
  await expect(page.getByTestId("compare-empty")).toBeVisible();
  // The finder matches whole words: the title's first three words find it.
  await page.getByLabel("Add a paper by title").fill(paper.title.split(/\s+/).slice(0, 3).join(" "));
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/\/compare\?q=/);
  await page.getByRole("link", { name: `+ ${paper.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?papers=${paper.id}$`));
  await expect(page.getByTestId("compare-table")).toContainText(paper.title);
});
