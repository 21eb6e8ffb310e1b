import { describe, expect, it } from "vitest";
import { compareChartRows, compareTable, findPapers, viewCompareTable } from "@/lib/views/compare-view";
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
