import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import type { Claim, Dataset, Paper } from "../../lib/schema";
import { makeSyntheticDataset } from "../../lib/bench/synthetic-dataset";
import { startExtraServer } from "./extra-server";
import { screens } from "./screens";

/*
 * Issue 13, HTTP: a server with no public origin configured (the default), fed a dataset
 * written before ingest cleaned papers (a bidi override in an abstract, a javascript: link).
 */

const SPOOF_ABSTRACT = "Our kernel cuts memory by \u202E40%\u202C on every model we tried.";
const spoofPaper: Paper = { id: "spoofed-numbers", title: "Spoofed numbers", abstract: SPOOF_ABSTRACT, url: "javascript:alert(1)", sources: ["old.jsonl"], techniques: [], modelFamily: "other" };
const evidenceStart = SPOOF_ABSTRACT.indexOf("40%");
const spoofClaim: Claim = {
  id: "spoofed-numbers:memory:1",
  paperId: spoofPaper.id,
  kind: "memory",
  value: 1.6667,
  qualifier: "exact",
  hardware: { class: "unspecified" },
  phase: "unspecified",
  evidence: { start: evidenceStart, end: evidenceStart + 3, text: "40%", sentence: SPOOF_ABSTRACT },
  rule: "percent/reduction",
};

function hostileDataset(): string {
  // Over 1,000 claims, so the API has a second page and a `next` link.
  const base = makeSyntheticDataset({ claims: 1500, seed: 13 });
  const dataset: Dataset = { ...base, version: "00000000hardened", papers: [...base.papers, spoofPaper], claims: [...base.claims, spoofClaim] };
  const path = join(mkdtempSync(join(tmpdir(), "claimscope-hardening-")), "claims.json");
  writeFileSync(path, JSON.stringify(dataset));
  return path;
}

function expectSecurityHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
}

const FORGED = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" };

test.describe("no public origin configured", () => {
  let server: { origin: string; stop: () => void };
  test.beforeAll(async () => {
    server = await startExtraServer(10, { CLAIMSCOPE_DATA: hostileDataset() });
  });
  test.afterAll(() => server?.stop());

  test("forged Host and X-Forwarded-* headers are never reflected; links are relative", async ({ request }) => {
    const page = await request.get(`${server.origin}/?kind=memory`, { headers: FORGED });
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html).not.toContain("evil.example");
    expect(html).not.toContain("javascript://");
    expect(html).not.toMatch(/localhost/);
    expect(html).toMatch(/<title>[^<]+· Claimscope<\/title>/);
    const api = await (await request.get(`${server.origin}/api/claims`, { headers: FORGED })).json();
    expect(api.next).toBe("/api/claims?page=2");
    const csv = await request.get(`${server.origin}/api/claims?format=csv&kind=memory`, { headers: FORGED });
    expect(csv.headers()["x-claimscope-view"]).toMatch(/^\/\?kind=memory&v=/);
    const meta = await (await request.get(`${server.origin}/api/claims?format=meta&kind=memory`, { headers: FORGED })).json();
    expect(meta.link).toMatch(/^\/\?kind=memory&v=/);
    // A malformed Host gives a normal page, not one without a title.
    const malformed = await request.get(`${server.origin}/`, { headers: { "x-forwarded-host": "a b<c>", host: "[::1" } });
    expect([200, 400]).toContain(malformed.status());
  });

  test("bad percent-encoding and forged or huge server-action posts get 400/411/413 with the security headers, never 500", async ({ request }) => {
    for (const path of ["/papers/%ff", "/papers/%e2%82", "/preview/paper/%ff"]) {
      const response = await request.get(`${server.origin}${path}`);
      expect(response.status(), path).toBe(400);
      expectSecurityHeaders(response, path);
    }
    const home = await (await request.get(`${server.origin}/`)).text();
    const actionId = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(home)?.[1];
    expect(actionId, "the search form's server action id").toBeTruthy();
    const forged = await request.post(`${server.origin}/`, { headers: { "next-action": actionId!, "content-type": "text/plain;charset=UTF-8" }, data: '["not form data"]' });
    expect(forged.status()).toBe(400);
    expectSecurityHeaders(forged, "forged action");
    // Form data whose action argument is not a form (what the client would send for a string argument).
    const notAForm = await request.post(`${server.origin}/`, { headers: { "next-action": actionId! }, multipart: { "0": '["forged"]' } });
    expect(notAForm.status()).toBeLessThan(500);
    const huge = await request.post(`${server.origin}/`, { headers: { "next-action": actionId!, "content-type": "application/x-www-form-urlencoded" }, data: `q=${"a".repeat(5 * 1024 * 1024)}` });
    expect(huge.status()).toBe(413);
    expectSecurityHeaders(huge, "huge action");
  });

  test("errors carry the same headers as pages: /embed/<anything>, an unknown paper", async ({ request }) => {
    for (const path of ["/embed/anything", "/embed/x/y", "/papers/no-such-paper"]) {
      const response = await request.get(`${server.origin}${path}`);
      expect(response.status(), path).toBe(404);
      expectSecurityHeaders(response, path);
    }
    const embed = (await request.get(`${server.origin}/embed`)).headers();
    expect(embed["content-security-policy"]).toContain("frame-ancestors *");
  });

  test("a paper from older data: no javascript: Source link, no bidi override, the number isolated", async ({ page }) => {
    await page.goto(`${server.origin}/papers/${spoofPaper.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Spoofed numbers");
    await expect(page.getByTestId("paper-link-source")).toHaveCount(0);
    expect(await page.locator("a[href^='javascript:']").count()).toBe(0);
    const abstract = (await page.getByTestId("abstract").textContent())!;
    expect(abstract).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(await page.locator("bdi > mark.claim").first().textContent()).toBe("40%");
    await screens(page, "paper-from-older-data", page.getByTestId("abstract"));
  });

  test("preview images: a burst of distinct views is bounded (200 or 503, never 500), and a repeated view is served from memory", async ({ request }) => {
    const views = Array.from({ length: 16 }, (_, i) => `/preview/explorer?q=burst${i}&kind=speedup`);
    // A fresh connection each: a keep-alive socket idle through a slow burst may be closed under the next request.
    const fresh = { headers: { connection: "close" } };
    const statuses = await Promise.all(views.map((v) => request.get(`${server.origin}${v}`, fresh).then((r) => r.status())));
    expect(statuses.every((s) => s === 200 || s === 503), statuses.join(",")).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    const busy = await Promise.all(views.map((v) => request.get(`${server.origin}${v}`, fresh)));
    const refused = busy.find((r) => r.status() === 503);
    if (refused) expect(refused.headers()["retry-after"]).toBe("5");
    const first = await request.get(`${server.origin}/preview/explorer?kind=memory`);
    const again = await request.get(`${server.origin}/preview/explorer?kind=memory&v=other`);
    expect(first.status()).toBe(200);
    expect(again.headers()["x-preview-cache"]).toBe("hit");
    expect((await again.body()).equals(await first.body())).toBe(true);
  });
});

test.describe("behind a trusted proxy", () => {
  let server: { origin: string; stop: () => void };
  test.beforeAll(async () => {
    server = await startExtraServer(11, { CLAIMSCOPE_TRUST_PROXY: "1" });
  });
  test.afterAll(() => server?.stop());

  test("valid forwarded headers make the links; invalid ones are ignored", async ({ request }) => {
    const proxied = await (await request.get(`${server.origin}/?kind=speedup`, { headers: { "x-forwarded-host": "claims.example", "x-forwarded-proto": "https" } })).text();
    expect(proxied).toContain('<meta property="og:url" content="https://claims.example/?kind=speedup"/>');
    expect(proxied).toContain('property="og:image" content="https://claims.example/preview/explorer?kind=speedup&amp;v=');
    const forged = await (await request.get(`${server.origin}/?kind=speedup`, { headers: FORGED })).text();
    expect(forged).not.toContain("javascript:");
    expect(forged).not.toContain("og:url");
  });
});

test.describe("offline", () => {
  // A network namespace with only loopback: every outbound connection is refused.
  const canIsolate = process.getuid?.() === 0 && spawnSync("unshare", ["-n", "true"]).status === 0;
  test.skip(!canIsolate, "needs root and unshare for a network namespace");

  test("with outbound connections refused, a preview with emoji, CJK and Arabic is still a PNG", () => {
    const port = Number(process.env.E2E_PORT ?? 3100) + 12;
    const out = join(mkdtempSync(join(tmpdir(), "claimscope-offline-")), "preview.png");
    const query = new URLSearchParams({ q: "🚀 高效推理 عربى", kind: "speedup" }).toString();
    const script = [
      "ip link set lo up",
      `NEXT_TELEMETRY_DISABLED=1 node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1 >/dev/null 2>&1 & pid=$!`,
      `for i in $(seq 150); do curl -sf -o /dev/null http://127.0.0.1:${port}/api/claims?kind=cost && break; sleep 0.2; done`,
      // Outbound really is refused in here:
      "curl -s -m 3 -o /dev/null https://fonts.googleapis.com && echo OUTBOUND-REACHABLE",
      `curl -s -m 60 -o ${out} -w '%{http_code} %{content_type}\\n' 'http://127.0.0.1:${port}/preview/explorer?${query}'`,
      "kill $pid",
    ].join("\n");
    const run = spawnSync("unshare", ["-n", "sh", "-c", script], { encoding: "utf8", timeout: 90_000 });
    expect(run.stdout).not.toContain("OUTBOUND-REACHABLE");
    expect(run.stdout.trim()).toBe("200 image/png");
    expect([...readFileSync(out).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
