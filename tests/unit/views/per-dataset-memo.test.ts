import { describe, expect, it } from "vitest";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { previewModel } from "@/lib/views/link-preview";
import { datasetIdentity, perDatasetMemo } from "@/lib/views/per-dataset-memo";
import { parseUrlState } from "@/lib/views/url-state";

const dataset = makeSyntheticDataset({ claims: 400, seed: 5 });

describe("perDatasetMemo", () => {
  it("computes a value once per (dataset, key), keeps the most recently used `max`, and starts afresh for another dataset", () => {
    const memo = perDatasetMemo<{ n: number }>("test-lru", 2);
    const index = indexDataset(dataset);
    let computed = 0;
    const get = (key: string, of = index) => memo(of, key, () => ({ n: ++computed }));
    const a = get("a");
    expect(get("a")).toBe(a);
    get("b");
    get("a"); // a is now the most recent: c pushes b out
    get("c");
    expect(computed).toBe(3);
    expect(get("a")).toBe(a);
    get("b");
    expect(computed).toBe(4);
    const other = indexDataset(dataset);
    expect(get("a", other)).not.toBe(a);
    expect(datasetIdentity(other)).not.toBe(datasetIdentity(index));
    expect(datasetIdentity(index)).toBe(datasetIdentity(index));
  });
});

describe("previewModel", () => {
  it("is computed once per view: the metadata and the preview image read one model, whatever page or v= they ask for", () => {
    const index = indexDataset(dataset);
    const { state } = parseUrlState(new URLSearchParams("kind=speedup&chart=distribution"));
    const model = previewModel(index, { type: "explorer" }, state);
    expect(previewModel(index, { type: "explorer" }, { ...state, page: 3, v: "abcdef12" })).toBe(model);
    expect(previewModel(index, { type: "compare" }, state)).not.toBe(model);
  });

  it("follows an approved correction: the corrected dataset gets its own model", () => {
    const index = indexDataset(dataset);
    const { state } = parseUrlState(new URLSearchParams("kind=speedup&chart=distribution"));
    const before = previewModel(index, { type: "explorer" }, state);
    const target = dataset.claims.find((c) => c.kind === "speedup" && c.value !== null)!;
    const corrected = indexDataset({ ...dataset, claims: dataset.claims.map((c) => (c.id === target.id ? { ...c, value: 12345, min: undefined } : c)) });
    const after = previewModel(corrected, { type: "explorer" }, state);
    expect(after).not.toBe(before);
    expect(Math.max(...after.bars.map((b) => b.to))).toBe(12345);
    expect(Math.max(...before.bars.map((b) => b.to))).not.toBe(12345);
  });
});
