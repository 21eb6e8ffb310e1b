import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { PREVIEW_LABEL_CHARS, previewImagePath, previewModel } from "@/lib/views/link-preview";
import { compareComparability } from "@/lib/views/comparability";
import { compareTable, viewCompareTable } from "@/lib/views/compare-view";
import type { Dataset } from "@/lib/schema";
import { DEFAULT_STATE, type ViewState } from "@/lib/views/url-state";

const dataset = JSON.parse(readFileSync("data/claims.json", "utf8")) as Dataset;
const index = indexDataset(dataset);
const view = (s: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...s });

describe("link previews", () => {
  it("titles an explorer view by what it shows", () => {
    const state = view({ kind: ["speedup"], hw: ["FPGA"] });
    const papers = new Set(dataset.claims.filter((c) => c.kind === "speedup" && c.hardware.class === "FPGA" && c.status !== "rejected").map((c) => c.paperId)).size;
    const model = previewModel(index, { type: "explorer" }, state);
    expect(model.title).toBe(`Speedup claims on FPGA — ${papers} paper${papers === 1 ? "" : "s"}`);
    expect(model.description).toContain(`data ${dataset.version}`);
    expect(model.bars.length).toBeGreaterThan(0);
  });

  it("is deterministic and differs between views", () => {
    const a = previewModel(index, { type: "explorer" }, view({ kind: ["memory"] }));
    expect(previewModel(index, { type: "explorer" }, view({ kind: ["memory"] }))).toEqual(a);
    expect(previewModel(index, { type: "explorer" }, view({ kind: ["speedup"] }))).not.toEqual(a);
  });

  it("draws the chart type of the view", () => {
    expect(previewModel(index, { type: "explorer" }, view({ chart: "distribution" })).bars.every((b) => b.box && b.mid !== undefined)).toBe(true);
    expect(previewModel(index, { type: "explorer" }, view({ chart: "tradeoff" })).points.length).toBeGreaterThan(0);
  });

  it("points the image at the view's own query plus the data version", () => {
    expect(previewImagePath({ type: "explorer" }, view({ kind: ["speedup"], page: 3 }), "abcdef12")).toBe("/preview/explorer?kind=speedup&v=abcdef12");
    const paper = dataset.papers[0]!;
    expect(previewImagePath({ type: "paper", paper }, DEFAULT_STATE, "abcdef12")).toBe(`/preview/paper/${paper.id}?v=abcdef12`);
  });
});

describe("preview labels and caveats", () => {
  it("cuts long labels from the right to fit the label column", () => {
    const model = previewModel(index, { type: "explorer" }, view({ kind: ["speedup"] }));
    const labels = model.bars.map((b) => b.label).filter(Boolean);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => l.length <= PREVIEW_LABEL_CHARS)).toBe(true);
    // Cut from the right: every label is the start of a paper's title.
    for (const label of labels) expect(dataset.papers.some((p) => p.title.startsWith(label.replace(/…$/, "")))).toBe(true);
  });

  it("draws the comparability warnings the compare page shows", () => {
    const table = viewCompareTable(compareTable(index, dataset.papers.map((p) => p.id)), DEFAULT_STATE);
    const unlike = compareComparability(table).filter((r) => r.issues.length > 0);
    expect(unlike.length).toBeGreaterThan(0);
    const ids = unlike[0]!.compared.map((c) => c.paperId).slice(0, 4);
    const model = previewModel(index, { type: "compare" }, view({ papers: ids }));
    expect(model.warnings).toHaveLength(1);
    expect(model.warnings[0]).toMatch(/^Not alike: /);
  });
});
