import { describe, expect, it } from "vitest";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { queryClaims } from "@/lib/views/query";
import { parseUrlState } from "@/lib/views/url-state";
import { explorerView } from "@/lib/views/explorer-view";

describe("explorerView", () => {
  const index = indexDataset(makeSyntheticDataset({ claims: 2000, seed: 3 }));
  it("returns the same rows and counts as the query module, and serves a repeat from memory", () => {
    const { state } = parseUrlState(new URLSearchParams("hw=GPU~FPGA&sort=-value"));
    const first = explorerView(index, state);
    const direct = queryClaims(index, state);
    expect(first.sorted.map((c) => c.id)).toEqual(direct.sorted.map((c) => c.id));
    expect(first.total).toBe(direct.total);
    expect(first.paperCount).toBe(new Set(direct.sorted.map((c) => c.paperId)).size);
    expect(explorerView(index, parseUrlState(new URLSearchParams("sort=-value&hw=FPGA~GPU")).state)).toBe(first);
  });
  it("keeps different views apart", () => {
    const a = explorerView(index, parseUrlState(new URLSearchParams("hw=GPU")).state);
    const b = explorerView(index, parseUrlState(new URLSearchParams("hw=CPU")).state);
    expect(a).not.toBe(b);
    expect(a.sorted.every((c) => c.hardware.class === "GPU")).toBe(true);
  });
});
