import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import type { Claim, Dataset } from "../../lib/schema";
import { readDataset } from "./dataset";
import { screens } from "./screens";
import { startServer, stopServer } from "./server";

/** The paper with the most claims, and two of its claims to review. */
function reviewTargets(dataset: Dataset): { paperId: string; rejected: Claim; corrected: Claim } {
  const counts = new Map<string, number>();
  for (const c of dataset.claims) counts.set(c.paperId, (counts.get(c.paperId) ?? 0) + 1);
  const [paperId] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const [rejected, corrected] = dataset.claims.filter((c) => c.paperId === paperId);
  return { paperId, rejected: rejected!, corrected: corrected! };
}

test("Suggest a correction checks the input as it is typed before anything is sent", async ({ page }) => {
  const dataset = readDataset();
  const { paperId, rejected: claim } = reviewTargets(dataset);
  await page.goto(`/papers/${paperId}`);
  const item = page.locator(`[data-claim-id="${claim.id}"]`);
  await item.getByText("Suggest a correction").click();
  await expect(item.getByTestId("correction-problem")).toContainText("reason");
  await item.getByTestId("correction-reason").fill("the table reports another value");
  await expect(item.getByTestId("correction-problem")).toContainText("Nothing differs");
  await item.getByTestId("correction-value").fill("abc");
  await expect(item.getByTestId("correction-problem")).toContainText('value "abc" is not a number');
  await item.getByTestId("correction-reject").check();
  await expect(item.getByTestId("correction-send")).toBeEnabled();
  await screens(page, "correction-form", item.getByTestId("correction-send"));
});

test.describe("a dataset with reviewed claims", () => {
  const port = Number(process.env.E2E_PORT ?? 3100) + 1;
  const origin = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  let dir = "";
  const dataset = readDataset();
  const { paperId, rejected, corrected } = reviewTargets(dataset);

  test.beforeAll(async () => {
    // The real data with one claim rejected and one corrected, as npm run extract writes them from overrides.
    dir = mkdtempSync(join(tmpdir(), "claimscope-reviewed-"));
    const reviewed: Dataset = {
      ...dataset,
      version: `${dataset.version}-reviewed`,
      papers: dataset.papers.map((p) => (p.id === paperId ? { ...p, arxivId: "2401.00001", authors: ["Ada Lovelace", "Alan Turing"], date: "2024-01-02" } : p)),
      claims: dataset.claims.map((c) =>
        c.id === rejected.id
          ? { ...c, status: "rejected" as const, reason: "a configuration number" }
          : c.id === corrected.id
            ? { ...c, status: "corrected" as const, reason: "the text says average", qualifier: "average" as const }
            : c,
      ),
    };
    writeFileSync(join(dir, "claims.json"), JSON.stringify(reviewed));
    // The production build the main web server already made, serving the temporary dataset.
    server = await startServer(port, { CLAIMSCOPE_DATA: join(dir, "claims.json") });
  });

  test.afterAll(async () => {
    await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("rejected claims leave the charts, counts and API and are listed with their reason; corrected ones are marked", async ({ page, request }) => {
    const api = (await (await request.get(`${origin}/api/claims`)).json()) as { claims: Claim[]; total: number };
    expect(api.total).toBe(dataset.claims.length - 1);
    expect(api.claims.some((c) => c.id === rejected.id)).toBe(false);

    await page.goto(`${origin}/papers/${paperId}`);
    const rejectedList = page.getByTestId("rejected-claims");
    await expect(rejectedList.locator(`[data-claim-id="${rejected.id}"]`)).toContainText("Reason: a configuration number");
    await expect(page.getByTestId("paper-claims").locator(`[data-claim-id="${rejected.id}"]`)).toHaveCount(0);
    await expect(page.getByTestId("paper-claims").locator(`[data-claim-id="${corrected.id}"] [data-status=corrected]`)).toBeVisible();
    await expect(page.getByTestId("paper-link-arxiv")).toHaveAttribute("href", "https://arxiv.org/abs/2401.00001");
    await expect(page.getByTestId("paper-link-huggingface")).toHaveAttribute("href", "https://huggingface.co/papers/2401.00001");
    await expect(page.getByTestId("paper-byline")).toContainText("Ada Lovelace, Alan Turing · 2024-01-02");
    await screens(page, "paper-reviewed", rejectedList);

    await page.goto(`${origin}/?reviewed=1`);
    await expect(page.getByTestId("result-count")).toHaveText("1");
    await expect(page.locator(`tr[data-claim-id="${corrected.id}"] [data-status=corrected]`)).toBeVisible();
    await expect(page.locator("[data-chart-view] svg.recharts-surface").first()).toBeVisible();
    await screens(page, "explorer-reviewed", page.getByTestId("result-summary"));
    // The chart's tooltip says the claim was reviewed.
    if (corrected.kind === "speedup" && corrected.value !== null) {
      await page.locator(".recharts-bar-rectangle").first().hover();
      await expect(page.locator(".chart-tooltip")).toContainText("corrected by a reviewer");
    }
  });
});
