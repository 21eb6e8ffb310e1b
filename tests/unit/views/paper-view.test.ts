import { describe, expect, it } from "vitest";
import { abstractRuns, paperByline, paperView } from "@/lib/views/paper-view";
import { parseUrlState } from "@/lib/views/url-state";
import { storedCorrection } from "../curation/stored-correction";
import { claimOn, handMadeIndex, paper } from "./hand-made-dataset";

const fastk = paper("fastk", "FastK", "FastK is 3x faster than vLLM on A100 GPUs. It uses 40% less memory.", {
  techniques: ["quantization", "kv-cache"],
  modelFamily: "llm",
  arxivId: "2402.10001",
  date: "2024-02-15",
  authors: ["A", "B", "C", "D", "E", "F", "G", "H"],
  sources: ["000_0123456789abcdef.txt", "more.jsonl"],
});
const speedup = claimOn(fastk, "3x faster", { kind: "speedup", value: 3, hardware: { class: "GPU", device: "NVIDIA A100" }, baseline: "vLLM" });
const memory = claimOn(fastk, "40% less memory", { kind: "memory", value: 1 / 0.6, rule: "percent/reduction", status: "corrected", reason: "table 2" });
const rejected = claimOn(fastk, "A100 GPUs", { kind: "compute", value: 2, status: "rejected" });
const history = storedCorrection(memory, { id: 7, action: "correct", fields: { value: 1 / 0.6 } });
const index = handMadeIndex([fastk], [speedup, memory, rejected], { historyByClaim: new Map([[memory.id, [history]]]), unappliedCorrections: [] });
const stateFor = (query: Record<string, string>) => parseUrlState(query).state;
const papersOf = (href: string) => parseUrlState(new URLSearchParams(href.split("?")[1] ?? "")).state.papers;

describe("paperByline", () => {
  it("names six authors and counts the rest, then the date and the arXiv id", () => {
    expect(paperByline(fastk)).toBe("A, B, C, D, E, F and 2 more · 2024-02-15 · arXiv 2402.10001");
  });
  it("leaves out what the paper does not have", () => {
    expect(paperByline({ authors: ["Ada"] })).toBe("Ada");
    expect(paperByline({ date: "2024-01-01" })).toBe("2024-01-01");
    expect(paperByline({})).toBe("");
  });
});

describe("abstractRuns", () => {
  it("prints every character once and marks each claim's evidence with how it was read", () => {
    const runs = abstractRuns(fastk.abstract, [speedup, memory]);
    expect(runs.map((r) => r.text).join("")).toBe(fastk.abstract);
    const marked = runs.filter((r) => r.highlight);
    expect(marked.map((r) => r.text)).toEqual(["3x faster", "40% less memory"]);
    expect(marked[0]!.highlight).toMatchObject({ claimIds: speedup.id });
    expect(marked[0]!.highlight!.tooltip).toMatch(/^speedup 3x faster → 3×/);
    // A reviewed claim says so in its tooltip.
    expect(marked[1]!.highlight!.tooltip).toMatch(/^memory .* \(corrected\)$/);
  });
  it("strips invisible controls, so a bidi override cannot reorder the text", () => {
    const runs = abstractRuns("It is \u202E40% faster.", []);
    expect(runs.map((r) => r.text).join("")).toBe("It is 40% faster.");
  });
});

describe("paperView", () => {
  it("is undefined for an unknown paper", () => {
    expect(paperView(index, "nope", stateFor({}))).toBeUndefined();
  });

  it("offers to add the paper to the comparison, keeping the papers already chosen", () => {
    const view = paperView(index, "fastk", stateFor({ papers: "other" }))!;
    expect(view.compare.label).toBe("Add to comparison");
    expect(papersOf(view.compare.href).sort()).toEqual(["fastk", "other"]);
    expect(view.compare.removeHref).toBeUndefined();
    expect(papersOf(view.explorerHref)).toEqual(["other"]);
  });

  it("opens the comparison when the paper is in it, with a link that takes it out", () => {
    const view = paperView(index, "fastk", stateFor({ papers: "fastk~other" }))!;
    expect(view.compare.label).toBe("Open comparison");
    expect(papersOf(view.compare.href).sort()).toEqual(["fastk", "other"]);
    expect(view.compare.removeHref!.startsWith("/papers/fastk")).toBe(true);
    expect(papersOf(view.compare.removeHref!)).toEqual(["other"]);
  });

  it("lists the claims in abstract order with their facts, the reviewer's reason only where no history tells it", () => {
    const view = paperView(index, "fastk", stateFor({}))!;
    expect(view.tags).toEqual(["quantization", "kv-cache", "llm"]);
    expect(view.claims.map((c) => c.heading)).toEqual(["speedup 3×", "memory 1.67×"]);
    expect(view.claims[0]!.facts).toContainEqual({ id: "baseline", term: "Baseline", detail: "vLLM" });
    expect(view.claims[0]).not.toHaveProperty("reviewerNote");
    expect(view.claims[1]).toMatchObject({ history: [history] });
    expect(view.claims[1]).not.toHaveProperty("reviewerNote");
    const withoutHistory = paperView(handMadeIndex([fastk], [memory]), "fastk", stateFor({}))!;
    expect(withoutHistory.claims[0]).toMatchObject({ reviewerNote: "table 2" });
  });

  it("lists rejected claims apart, with the reason or a note that none was given", () => {
    const view = paperView(index, "fastk", stateFor({}))!;
    expect(view.rejected).toHaveLength(1);
    expect(view.rejected[0]).toMatchObject({ heading: "compute 2×", reason: "no reason given" });
    expect(view.claims.map((c) => c.claim.id)).not.toContain(rejected.id);
  });

  it("names each source file and the paper's date", () => {
    const view = paperView(index, "fastk", stateFor({}))!;
    expect(view.sources.note).toBe("Listings this paper was ingested from; the paper is dated 2024-02-15.");
    expect(view.sources.items.map((s) => s.file)).toEqual(fastk.sources);
    expect(view.sources.items[0]!.description).toMatch(/^Hugging Face Daily Papers listing no\. 1/);
    expect(view.links.map((l) => l.kind)).toEqual(["arxiv", "huggingface"]);
  });
});
