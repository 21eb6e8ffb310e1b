import { describe, expect, it } from "vitest";
import { compareChartRows, compareTable, compareView, findPapers, viewCompareTable } from "@/lib/views/compare-view";
import { parseUrlState } from "@/lib/views/url-state";
import { claimOn, handMadeIndex, paper } from "./hand-made-dataset";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";

const dataset = makeSyntheticDataset({ claims: 200, seed: 2 });
const index = indexDataset(dataset);

describe("compare view", () => {
  it("puts papers in columns and kinds in rows, reporting unknown ids", () => {
    const ids = dataset.papers.slice(0, 3).map((p) => p.id);
    const table = compareTable(index, [...ids, "no-such-paper"]);
    expect(table.papers.map((p) => p.id)).toEqual(ids);
    expect(table.unknownIds).toEqual(["no-such-paper"]);
    for (const row of table.rows) {
      row.cells.forEach((cell, i) => expect(cell.every((c) => c.kind === row.kind && c.paperId === ids[i])).toBe(true));
    }
    for (const row of compareChartRows(table)) expect(row.kind).not.toBe("accuracy");
  });
  it("finds papers by title words", () => {
    const paper = dataset.papers[5]!;
    expect(findPapers(index, paper.title.toUpperCase(), 5).map((p) => p.id)).toContain(paper.id);
    expect(findPapers(index, "", 5)).toEqual([]);
  });
});

describe("viewCompareTable", () => {
  it("applies typical figures and reviewed-only to the compared claims", () => {
    const ids = [...new Set(dataset.claims.map((c) => c.paperId))].slice(0, 6);
    const table = compareTable(index, ids);
    const typical = viewCompareTable(table, { reviewed: false, typical: true });
    const cells = typical.rows.flatMap((r) => r.cells.flat());
    expect(cells.some((c) => c.qualifier === "up_to" || c.min !== undefined)).toBe(false);
    expect(viewCompareTable(table, { reviewed: true, typical: false }).rows).toEqual([]);
    expect(viewCompareTable(table, { reviewed: false, typical: false })).toEqual(table);
  });
});

describe("compareView (the compare page's model), on a hand-made dataset", () => {
  const fastk = paper("fastk", "FastK: Fast Kernels for Serving", "FastK is 3x faster than vLLM on A100 GPUs. It uses 40% less memory.");
  const tinya = paper("tinya", "TinyA: Tiny Accelerators", "On an FPGA, TinyA achieves up to 10x speedup over FlexGen. On average it is 2x faster than FlexGen. Accuracy improves by 1.5 points.");
  const slowpoke = paper("slowpoke", "Slowpoke Serving", "Nothing is measured here.");
  const a1 = claimOn(fastk, "3x faster", { kind: "speedup", value: 3, hardware: { class: "GPU", device: "NVIDIA A100" }, baseline: "vLLM" });
  const a2 = claimOn(fastk, "40% less memory", { kind: "memory", value: 1 / 0.6, rule: "percent/reduction" });
  const b1 = claimOn(tinya, "10x speedup", { kind: "speedup", value: 10, qualifier: "up_to", hardware: { class: "FPGA" }, baseline: "FlexGen" });
  const b2 = claimOn(tinya, "2x faster", { kind: "speedup", value: 2, qualifier: "average", hardware: { class: "FPGA" }, baseline: "FlexGen" });
  const b3 = claimOn(tinya, "1.5 points", { kind: "accuracy", value: 1.5, unit: "pp", rule: "points/gain" });
  const small = handMadeIndex([fastk, tinya, slowpoke], [a1, a2, b1, b2, b3]);
  const stateFor = (query: Record<string, string>) => parseUrlState(query).state;
  const view = compareView(small, stateFor({ papers: "fastk~tinya" }));

  it("puts the papers in columns in URL order, each with its colour, its page and a link that removes only it", () => {
    expect(view.papers.map((p) => p.id)).toEqual(["fastk", "tinya"]);
    expect(new Set(view.papers.map((p) => p.color)).size).toBe(2);
    expect(parseUrlState(new URLSearchParams(view.papers[0]!.removeHref.split("?")[1])).state.papers).toEqual(["tinya"]);
    expect(view.papers[1]!.href.startsWith("/papers/tinya?")).toBe(true);
    expect(view.explorerHref.startsWith("/?")).toBe(true);
    expect(parseUrlState(new URLSearchParams(view.explorerHref.split("?")[1])).state.papers).toEqual(["fastk", "tinya"]);
  });

  it("has a row per kind some paper claims, with an empty cell where a paper has none of that kind", () => {
    expect(view.rows.map((r) => r.kind)).toEqual(["speedup", "memory", "accuracy"]);
    const memory = view.rows.find((r) => r.kind === "memory")!;
    expect(memory.cells.map((c) => [c.paperId, c.claims.map((x) => x.id)])).toEqual([["fastk", [a2.id]], ["tinya", []]]);
    expect(memory.issues).toEqual([]);
  });

  it("flags how the compared claims differ, and notes the difference only on each paper's compared (largest) claim", () => {
    const speedup = view.rows.find((r) => r.kind === "speedup")!;
    expect(speedup.issues.map((i) => i.dimension)).toEqual(["baseline", "hardware", "qualifier"]);
    const [best, other] = speedup.cells[1]!.claims;
    expect(best).toMatchObject({ id: b1.id, value: "10×", detail: "up to · FPGA · vs FlexGen" });
    expect(best!.differences).toEqual(["baseline: FlexGen", "hardware: FPGA", "qualifier: peak (up to)"]);
    expect(best!.title.endsWith(`— “${b1.evidence.sentence}”`)).toBe(true);
    expect(other).toMatchObject({ id: b2.id, differences: [] });
    expect(speedup.cells[0]!.claims[0]).toMatchObject({ detail: "exact · GPU · vs vLLM" });
    expect(view.summary).toContain("not alike: speedup");
  });

  it("charts the best multiplier per paper and kind, never accuracy, with the warnings of unlike kinds", () => {
    expect(view.chart.rows).toEqual([
      { kind: "speedup", values: { fastk: 3, tinya: 10 } },
      { kind: "memory", values: { fastk: 1 / 0.6 } },
    ]);
    expect(Object.keys(view.chart.warnings)).toEqual(["speedup"]);
    expect(view.chart.papers).toEqual([{ id: "fastk", title: fastk.title }, { id: "tinya", title: tinya.title }]);
    expect(view.inView.map((c) => c.id).sort()).toEqual([a1, a2, b1, b2, b3].map((c) => c.id).sort());
  });

  it("with typical figures only, compares the claims that remain", () => {
    const typical = compareView(small, stateFor({ papers: "fastk~tinya", typical: "1" }));
    const speedup = typical.rows.find((r) => r.kind === "speedup")!;
    expect(speedup.cells[1]!.claims.map((c) => c.id)).toEqual([b2.id]);
    expect(speedup.cells[1]!.claims[0]!.differences).toContain("qualifier: average");
  });

  it("lists title matches not yet chosen, each linking to the comparison with it added", () => {
    const searched = compareView(small, stateFor({ papers: "fastk", q: "serving" }));
    expect(searched.search.matches.map((m) => m.id)).toEqual(["slowpoke"]);
    expect(parseUrlState(new URLSearchParams(searched.search.matches[0]!.href.split("?")[1])).state.papers.sort()).toEqual(["fastk", "slowpoke"]);
    // The form carries the selection but not the old query.
    expect(parseUrlState(new URLSearchParams(searched.search.view)).state).toMatchObject({ papers: ["fastk"], q: "" });
  });

  it("reports unknown ids, and with no papers has no rows and asks for two", () => {
    expect(compareView(small, stateFor({ papers: "fastk~nope" })).notices).toEqual(["papers=nope (unknown paper)"]);
    const empty = compareView(small, stateFor({}));
    expect(empty.papers).toEqual([]);
    expect(empty.rows).toEqual([]);
    expect(empty.summary).toMatch(/^Pick at least two papers/);
  });

  it("offers the reviewed-only toggle only when a claim was reviewed", () => {
    expect(view.reviewedAvailable).toBe(false);
    const reviewed = handMadeIndex([fastk], [{ ...a1, status: "corrected", reason: "table 2" }]);
    expect(compareView(reviewed, stateFor({ papers: "fastk" })).reviewedAvailable).toBe(true);
  });
});
