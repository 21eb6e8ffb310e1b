import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { datasetVersion } from "../../lib/dataset/dataset-file";
import type { Claim, Dataset } from "../../lib/schema";
import { readDataset } from "./dataset";
import { screens } from "./screens";
import { startServer, stopServer } from "./server";

/*
 * Corrections go live (issue #10), on a server of its own: a reader suggests, a reviewer
 * approves, every view shows it, and it stays through a restart and a re-extraction.
 */
const port = Number(process.env.E2E_PORT ?? 3100) + 2;
const origin = `http://127.0.0.1:${port}`;
const TOKEN = "e2e-review-token";
const LIMIT = 4;
const dataset = readDataset();
const target = dataset.claims.find((c) => c.kind === "speedup" && c.value !== null && c.value !== 2.5 && c.min === undefined)!;
// The server starts on the data minus one other paper, so that `npm run extract` later makes a new release.
const dropped = dataset.papers.find((p) => p.id !== target.paperId)!;
let dir = "";
let server: ChildProcess | undefined;
const env = () => ({ CLAIMSCOPE_DATA: join(dir, "claims.json"), CLAIMSCOPE_REVIEW_TOKEN: TOKEN, CLAIMSCOPE_CORRECTIONS_PER_MINUTE: String(LIMIT) });

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimscope-review-"));
  const papers = dataset.papers.filter((p) => p !== dropped);
  const claims = dataset.claims.filter((c) => c.paperId !== dropped.id);
  const start: Dataset = { version: datasetVersion(papers, claims), papers, claims };
  writeFileSync(join(dir, "claims.json"), JSON.stringify(start));
  server = await startServer(port, env(), join(tmpdir(), `claimscope-review-server-${port}.log`));
});

test.afterAll(async () => {
  await stopServer(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** GET as JSON; retried once, because a keep-alive connection idle through a long step may be closed under us. */
async function getJson<T>(path: string): Promise<T> {
  const get = async () => (await fetch(`${origin}${path}`)).json() as Promise<T>;
  return get().catch(get);
}

async function servedClaim(id: string): Promise<Claim | undefined> {
  return (await getJson<{ claims: Claim[] }>(`/api/claims?kind=${target.kind}`)).claims.find((c) => c.id === id);
}

test("a reader suggests a correction, a reviewer approves it on /review, the explorer shows it with its badge", async ({ page }) => {
  await page.goto(`${origin}/papers/${target.paperId}`);
  const item = page.locator(`[data-claim-id="${target.id}"]`);
  await item.getByText("Suggest a correction").click();
  await item.getByTestId("correction-value").fill("2.5");
  await item.getByTestId("correction-reason").fill("Table 3 reports 2.5x");
  await item.getByTestId("correction-submitter").fill("Ada");
  await item.getByTestId("correction-send").click();
  await expect(item.getByTestId("correction-status")).toContainText(/suggestion #\d+ is waiting for a reviewer/);
  await screens(page, "correction-sent", item.getByTestId("correction-status"));
  expect((await servedClaim(target.id))?.value).toBe(target.value); // pending: nothing served changes yet
  // That answer is now kept (lib/http/view-response-cache.ts); the approval below must replace it.
  const cached = await fetch(`${origin}/api/claims?kind=${target.kind}`);
  expect(cached.headers.get("x-claimscope-cache")).toBe("hit");

  await page.goto(`${origin}/review`);
  const review = page.getByTestId("review-item").filter({ hasText: "Table 3 reports 2.5x" });
  await expect(review.locator("mark")).toHaveText(target.evidence.text);
  await expect(review.locator("tr", { hasText: "value" })).toContainText("2.5");
  await expect(review).toContainText("Ada");
  await page.getByTestId("review-token").fill(TOKEN);
  await screens(page, "review-pending", review);
  await review.getByTestId("review-note").fill("checked against the paper");
  await review.getByTestId("review-approve").click();
  await expect(page.getByTestId("review-empty")).toBeVisible();
  await screens(page, "review-empty");

  const afterApproval = await fetch(`${origin}/api/claims?kind=${target.kind}`, { headers: { "If-None-Match": cached.headers.get("etag")! } });
  expect(afterApproval.status).toBe(200);
  expect(((await afterApproval.json()) as { claims: Claim[] }).claims.find((c) => c.id === target.id)?.value).toBe(2.5);

  await page.goto(`${origin}/?reviewed=1`);
  await expect(page.getByTestId("result-count")).toHaveText("1");
  const row = page.locator(`tr[data-claim-id="${target.id}"]`);
  await expect(row.locator("[data-status=corrected]")).toBeVisible();
  await expect(row.locator("td[data-label=Value]")).toHaveAttribute("data-value", "2.5");
  await screens(page, "explorer-corrected", row);

  await page.goto(`${origin}/papers/${target.paperId}`);
  await expect(item.locator("[data-status=corrected]")).toBeVisible();
  await expect(item.getByTestId("correction-history")).toContainText("suggested by Ada");
  await expect(item.getByTestId("correction-history")).toContainText("checked against the paper");
  await screens(page, "paper-corrected", item);
  const csv = await (await fetch(`${origin}/api/claims?kind=${target.kind}&format=csv`)).text();
  expect(csv.split("\n").find((line) => line.includes(target.evidence.text))).toContain("2.5");
});

test("the approved correction survives a server restart and a re-extraction", async () => {
  expect((await servedClaim(target.id))?.value).toBe(2.5);
  await stopServer(server);
  server = await startServer(port, env(), join(tmpdir(), `claimscope-review-server-${port}.log`));
  expect((await servedClaim(target.id))?.value).toBe(2.5);

  const before = await getJson<{ version: string }>("/api/claims?kind=cost");
  const extracted = spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--out", join(dir, "claims.json")], { encoding: "utf8", env: { ...process.env, DATABASE_URL: "", CLAIMSCOPE_DB: "" } });
  expect(extracted.status, extracted.stderr).toBe(0);
  expect(extracted.stdout).toMatch(/release #2 .* is current/);
  const after = await getJson<{ version: string }>("/api/claims?kind=cost");
  expect(after.version).not.toBe(before.version);
  expect(await servedClaim(target.id)).toMatchObject({ value: 2.5, status: "corrected" });
});

test.describe("the corrections API", () => {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${origin}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

  test("decisions need the reviewer token: 401 without, 403 with a wrong one", async () => {
    const created = await post("/api/corrections", { action: "reject", claimId: target.id, reason: "a test" }, { "x-forwarded-for": "203.0.113.1" });
    expect(created.status).toBe(201);
    const { id, status } = (await created.json()) as { id: number; status: string };
    expect(status).toBe("pending");
    expect((await post(`/api/corrections/${id}/decision`, { decision: "approve" })).status).toBe(401);
    expect((await post(`/api/corrections/${id}/decision`, { decision: "approve" }, { authorization: "Bearer wrong" })).status).toBe(403);
    const rejected = await post(`/api/corrections/${id}/decision`, { decision: "reject", note: "not a problem" }, { authorization: `Bearer ${TOKEN}` });
    expect(rejected.status).toBe(200);
    expect((await post(`/api/corrections/${id}/decision`, { decision: "approve" }, { authorization: `Bearer ${TOKEN}` })).status).toBe(409);
    const listed = (await (await fetch(`${origin}/api/corrections?status=rejected`)).json()) as { corrections: { id: number; reviewerNote?: string }[] };
    expect(listed.corrections).toMatchObject([{ id, reviewerNote: "not a problem" }]);
    expect((await fetch(`${origin}/api/corrections?status=maybe`)).status).toBe(400);
  });

  test("malformed bodies get a 400 naming the field", async () => {
    const headers = { "x-forwarded-for": "203.0.113.2" };
    const bad = await post("/api/corrections", { action: "correct", claimId: target.id, fields: { value: "lots" }, reason: "r" }, headers);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: "fields.value" });
    const unknown = await post("/api/corrections", { action: "reject", claimId: "no-such:claim", reason: "r" }, headers);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ field: "claimId" });
    expect((await post("/api/corrections", "{not json", headers)).status).toBe(400);
  });

  test(`past ${LIMIT} submissions a client gets 429 with Retry-After`, async () => {
    const headers = { "x-forwarded-for": "203.0.113.3" };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i <= LIMIT; i++) {
      last = await post("/api/corrections", { action: "reject", claimId: target.id, reason: `flood ${i}` }, headers);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(LIMIT).fill(201), 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another client is not affected.
    expect((await post("/api/corrections", { action: "reject", claimId: target.id, reason: "other" }, { "x-forwarded-for": "203.0.113.4" })).status).toBe(201);
  });
});
