import { expect, test } from "@playwright/test";
import { readDataset } from "./dataset";

test("the paper page highlights each claim's exact text", async ({ page }) => {
  const dataset = readDataset();
  const counts = new Map<string, number>();
  for (const c of dataset.claims) counts.set(c.paperId, (counts.get(c.paperId) ?? 0) + 1);
  const [paperId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const claims = dataset.claims.filter((c) => c.paperId === paperId);
  await page.goto(`/papers/${paperId}`);
  const paper = dataset.papers.find((p) => p.id === paperId)!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(paper.title);
  // The abstract reads exactly as written once the hover/focus value labels are set aside.
  const abstractText = await page.getByTestId("abstract").evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".claim-value").forEach((v) => v.remove());
    return copy.textContent;
  });
  expect(abstractText).toBe(paper.abstract);
  for (const claim of claims) {
    // A claim may share a phrase with another (one number, two kinds): join the marks that carry it.
    const marks = page.locator(`mark.claim[data-claim-ids~="${claim.id}"]`);
    const texts = await marks.allTextContents();
    expect(texts.join(""), `claim ${claim.id}`).toBe(claim.evidence.text);
  }
  await expect(page.getByTestId("paper-claims").locator("li")).toHaveCount(claims.length);
  // Focus shows the normalized value.
  const first = page.locator("mark.claim").first();
  await first.focus();
  await expect(page.locator(".claim-hl:focus-within .claim-value").first()).toBeVisible();
});

test("an unknown paper id is a 404 page", async ({ page }) => {
  const response = await page.goto("/papers/no-such-paper-here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
