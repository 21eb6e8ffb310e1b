import { describe, expect, it } from "vitest";
import { barsData, distributionData, markParetoFrontier, MAX_BARS, tradeoffData } from "@/lib/views/chart-data";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { DEFAULT_STATE } from "@/lib/views/url-state";

const dataset = makeSyntheticDataset({ claims: 2000, seed: 5 });
const index = indexDataset(dataset);

describe("chart data", () => {
  it("caps bars and reports the true total", () => {
    const data = barsData(index, dataset.claims, DEFAULT_STATE);
    expect(data.bars.length).toBeLessThanOrEqual(MAX_BARS);
    expect(data.total).toBe(dataset.claims.filter((c) => c.kind === "speedup" && c.value !== null && c.value > 0).length);
    expect(data.bars.every((b) => b.span[0] <= b.span[1] || b.span[0] === 1)).toBe(true);
  });

  it("marks the Pareto frontier", () => {
    const points = [
      { x: 1, y: 1, pareto: false },
      { x: 2, y: 0, pareto: false },
      { x: 0.5, y: 2, pareto: false },
      { x: 0.5, y: 0.5, pareto: false },
    ];
    markParetoFrontier(points);
    expect(points.map((p) => p.pareto)).toEqual([true, true, true, false]);
  });

  it("trade-off keeps only papers with both kinds", () => {
    const data = tradeoffData(index, dataset.claims, DEFAULT_STATE);
    for (const p of data.points) {
      const kinds = new Set(index.claimsByPaper.get(p.paperId)!.map((c) => c.kind));
      expect(kinds.has("speedup") && kinds.has("accuracy")).toBe(true);
    }
  });

  it("distribution boxes are ordered statistics", () => {
    const data = distributionData(dataset.claims, DEFAULT_STATE);
    for (const b of data.boxes) expect(b.min <= b.q1 && b.q1 <= b.median && b.median <= b.q3 && b.q3 <= b.max).toBe(true);
    expect(data.boxes.reduce((n, b) => n + b.n, 0)).toBe(data.total);
  });
});

describe("accuracy units", () => {
  it("charts the most common accuracy unit and leaves the others to the table", async () => {
    const { chartedAccuracyUnit } = await import("@/lib/views/chart-data");
    const base = dataset.claims.find((c) => c.kind === "accuracy")!;
    const claims = [
      { ...base, id: "a", unit: "pp", value: 1 },
      { ...base, id: "b", unit: "pp", value: -2 },
      { ...base, id: "c", unit: "BLEU", value: 2 },
    ];
    expect(chartedAccuracyUnit(claims)).toBe("pp");
    const data = barsData(index, claims, { ...DEFAULT_STATE, kind: ["accuracy"] });
    expect(data).toMatchObject({ unit: "pp", total: 2, excluded: 1 });
    expect(data.bars.map((b) => b.id)).toEqual(["a", "b"]);
  });
});
