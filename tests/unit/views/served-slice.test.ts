import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { claimsSlice } from "@/lib/views/claims-slice";
import { servedSlice } from "@/lib/views/served-slice";
import { sliceForRender, sliceUrl } from "@/lib/views/slice-for-render";
import { viewRequest } from "@/lib/http/view-cache-key";

const dataset = makeSyntheticDataset({ claims: 300, seed: 7 });

describe("servedSlice", () => {
  it("is one body per loaded dataset, named by a hash of its bytes", () => {
    const index = indexDataset(dataset);
    const served = servedSlice(index);
    expect(servedSlice(index)).toBe(served);
    expect(served.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.parse(served.body)).toEqual(JSON.parse(JSON.stringify(claimsSlice(index))));
    // The same data loaded again (a restart) is the same URL; the browser's copy stays valid.
    expect(servedSlice(indexDataset(dataset)).hash).toBe(served.hash);
  });

  it("changes its hash when a claim changes (an approved correction), and keeps both for the server's render", () => {
    const before = servedSlice(indexDataset(dataset));
    const corrected = { ...dataset, claims: dataset.claims.map((c, i) => (i === 0 ? { ...c, value: (c.value ?? 1) + 1, status: "corrected" as const, reason: "checked" } : c)) };
    const after = servedSlice(indexDataset(corrected));
    expect(after.hash).not.toBe(before.hash);
    expect(sliceForRender(after.hash)).toBe(after.index);
    expect(sliceForRender(before.hash)).toBe(before.index);
  });

  it("escapes markup characters, as every JSON answer does", () => {
    const odd = { ...dataset, papers: dataset.papers.map((p, i) => (i === 0 ? { ...p, title: "<script>&</script>" } : p)) };
    const served = servedSlice(indexDataset(odd));
    expect(served.body).not.toMatch(/[<>&]/);
    expect((JSON.parse(served.body) as { papers: { title: string[] } }).papers.title).toContain("<script>&</script>");
  });

  it("is served through the view cache under its hash; a parameter the URL map ignores is not cached", () => {
    const { hash } = servedSlice(indexDataset(dataset));
    expect(viewRequest("GET", sliceUrl(hash), {})?.view).toMatch(new RegExp(`^/api/slice\\?v=${hash}\\n`));
    expect(viewRequest("GET", "/api/slice", {})?.view).toMatch(/^\/api\/slice\?\n/);
    expect(viewRequest("GET", `/api/slice?v=${hash}&junk=1`, {})).toBeNull();
  });
});
