import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { filterClaims, queryClaims, TABLE_PAGE_SIZE } from "@/lib/views/query";
import { sortClaims } from "@/lib/views/sort-claims";
import { CLAIM_KINDS } from "@/lib/schema";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { DEFAULT_STATE, type ViewState } from "@/lib/views/url-state";

const dataset = makeSyntheticDataset({ claims: 600, seed: 3 });
const index = indexDataset(dataset);
const view = (s: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...s });

describe("query", () => {
  it("returns every claim for the default view", () => {
    expect(filterClaims(index, DEFAULT_STATE).claims).toHaveLength(dataset.claims.length);
  });

  it("filters by hardware class exactly", () => {
    const { claims } = filterClaims(index, view({ hw: ["FPGA"] }));
    expect(claims.length).toBe(dataset.claims.filter((c) => c.hardware.class === "FPGA").length);
    expect(claims.every((c) => c.hardware.class === "FPGA")).toBe(true);
  });

  it("counts each facet value under the other filters only", () => {
    const state = view({ hw: ["GPU"], kind: ["speedup"] });
    const { facets } = filterClaims(index, state);
    const speedups = dataset.claims.filter((c) => c.kind === "speedup");
    expect(facets.hw.get("FPGA")).toBe(speedups.filter((c) => c.hardware.class === "FPGA").length);
    expect(facets.kind.get("memory")).toBe(dataset.claims.filter((c) => c.kind === "memory" && c.hardware.class === "GPU").length);
  });

  it("applies the value range to the normalized value of the one selected kind and drops non-convertible claims", () => {
    const { claims } = filterClaims(index, view({ kind: ["speedup"], min: 2, max: 5 }));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBe(dataset.claims.filter((c) => c.kind === "speedup" && c.value !== null && c.value >= 2 && c.value <= 5).length);
  });

  it("reads an accuracy range in points only, never in BLEU or FID", () => {
    const { claims } = filterClaims(index, view({ kind: ["accuracy"], min: -1 }));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => (c.unit ?? "pp") === "pp" && c.value !== null && c.value >= -1)).toBe(true);
  });

  it("ignores a range when the kinds would mix units", () => {
    expect(filterClaims(index, view({ kind: ["speedup", "accuracy"], min: 2 })).claims.length).toBe(
      filterClaims(index, view({ kind: ["speedup", "accuracy"] })).claims.length,
    );
  });

  it("searches titles and abstracts case-insensitively, all words", () => {
    const paper = dataset.papers[0]!;
    const word = paper.title.split(" ")[0]!.toUpperCase();
    const { claims } = filterClaims(index, view({ q: `${word} ${paper.title.split(" ").at(-1)}` }));
    expect(claims.some((c) => c.paperId === paper.id)).toBe(true);
    expect(filterClaims(index, view({ q: "zzzz-nothing" })).claims).toEqual([]);
  });

  it("finds hyphenated and spaced spellings alike", () => {
    const paper = dataset.papers.find((p) => /\w+ \w+/.test(p.title))!;
    const [first, second] = paper.title.split(" ") as [string, string];
    const hyphenated = filterClaims(index, view({ q: `${first.toLowerCase()}-${second.toUpperCase()}` })).claims;
    expect(hyphenated.some((c) => c.paperId === paper.id)).toBe(true);
  });

  it("filters by baseline (canonical name first) ignoring case", () => {
    const withBaseline = dataset.claims.find((c) => c.baseline !== undefined && c.status !== "rejected")!;
    const { claims, facets } = filterClaims(index, view({ vs: [withBaseline.baseline!.toUpperCase()] }));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => (c.baselineCanonical ?? c.baseline)!.toLowerCase() === withBaseline.baseline!.toLowerCase())).toBe(true);
    expect(facets.vs.get(withBaseline.baseline!)).toBe(claims.length);
  });

  it("filters by paper technique and model family", () => {
    const { claims } = filterClaims(index, view({ tech: ["quantization"], model: ["llm"] }));
    for (const c of claims) {
      const paper = index.paperById.get(c.paperId)!;
      expect(paper.techniques).toContain("quantization");
      expect(paper.modelFamily).toBe("llm");
    }
  });

  it("hides qualifiers not chosen", () => {
    const { claims } = filterClaims(index, view({ qual: ["exact", "average"] }));
    expect(claims.every((c) => c.qualifier !== "up_to")).toBe(true);
  });

  it("sorts deterministically with nulls last in both directions", () => {
    const asc = sortClaims(index, dataset.claims, { key: "value", desc: false });
    const desc = sortClaims(index, dataset.claims, { key: "value", desc: true });
    // Values sort within one unit: kinds stay in their fixed order, never interleaved.
    const unitOf = (c: (typeof asc)[number]) => `${CLAIM_KINDS.indexOf(c.kind)}:${c.kind === "accuracy" ? (c.unit ?? "pp") : "x"}`;
    for (const list of [asc, desc]) {
      const units = list.map(unitOf);
      expect(units).toEqual([...units].sort());
      for (const unit of new Set(units)) {
        const group = list.filter((c) => unitOf(c) === unit);
        const values = group.map((c) => c.value).filter((v): v is number => v !== null);
        expect(values).toEqual([...values].sort((a, b) => (list === asc ? a - b : b - a)));
        const firstNull = group.findIndex((c) => c.value === null);
        if (firstNull !== -1) expect(group.slice(firstNull).every((c) => c.value === null)).toBe(true);
      }
    }
    expect(sortClaims(index, [...dataset.claims].reverse(), { key: "kind", desc: false })).toEqual(sortClaims(index, dataset.claims, { key: "kind", desc: false }));
  });

  it("paginates and clamps the page", () => {
    const result = queryClaims(index, view({ page: 999 }));
    expect(result.page).toBe(result.pageCount);
    expect(result.rows.length).toBeLessThanOrEqual(TABLE_PAGE_SIZE);
    expect(result.total).toBe(dataset.claims.length);
  });
});

describe("queryClaims order", () => {
  it("filters a cached sorted list to the same order as sorting the filtered claims", () => {
    for (const sort of [{ key: "value", desc: true }, { key: "hw", desc: false }, { key: "paper", desc: false }] as const) {
      const state = view({ hw: ["GPU", "CPU"], sort: { ...sort } });
      const expected = sortClaims(index, filterClaims(index, state).claims, state.sort).map((c) => c.id);
      expect(queryClaims(index, state).sorted.map((c) => c.id)).toEqual(expected);
    }
  });
});

describe("reviewed claims (issue #5)", () => {
  const reviewedDataset = {
    ...dataset,
    claims: dataset.claims.map((c, i) =>
      i === 0 ? { ...c, status: "rejected" as const, reason: "not a claim" } : i === 1 || i === 2 ? { ...c, status: (i === 1 ? "corrected" : "added") as "corrected" | "added" } : c,
    ),
  };
  const reviewedIndex = indexDataset(reviewedDataset);
  const rejectedId = reviewedDataset.claims[0]!.id;

  it("keeps rejected claims out of the explorer, its counts and the index, and lists them per paper", () => {
    const result = queryClaims(reviewedIndex, DEFAULT_STATE);
    expect(result.total).toBe(dataset.claims.length - 1);
    expect(result.sorted.some((c) => c.id === rejectedId)).toBe(false);
    const facetTotal = [...result.facets.kind.values()].reduce((a, b) => a + b, 0);
    expect(facetTotal).toBe(dataset.claims.length - 1);
    expect(reviewedIndex.claims.some((c) => c.id === rejectedId)).toBe(false);
    expect(reviewedIndex.rejectedByPaper.get(reviewedDataset.claims[0]!.paperId)?.map((c) => c.id)).toEqual([rejectedId]);
  });

  it("filters to reviewed-only claims", () => {
    const { claims } = filterClaims(reviewedIndex, view({ reviewed: true }));
    expect(claims.map((c) => c.status).sort()).toEqual(["added", "corrected"]);
  });

  it("typical figures drop 'up to' claims and read ranges at their lower end", () => {
    const { claims } = filterClaims(index, view({ typical: true }));
    expect(claims.some((c) => c.qualifier === "up_to")).toBe(false);
    expect(claims.every((c) => c.min === undefined)).toBe(true);
    const ranges = dataset.claims.filter((c) => c.min !== undefined && c.qualifier !== "up_to");
    for (const range of ranges.slice(0, 5)) expect(claims.find((c) => c.id === range.id)?.value).toBe(range.min);
  });
});
