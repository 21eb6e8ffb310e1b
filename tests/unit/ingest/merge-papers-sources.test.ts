import { describe, expect, it } from "vitest";
import { mergePapers } from "@/lib/ingest/merge-papers";
import { parseInputFile } from "@/lib/ingest/read-input";
import type { RawPaper } from "@/lib/schema";

const FLIGHT = "FlightLLM: Efficient Large Language Model Inference with a Complete Mapping Flow on FPGAs";

describe("mergePapers across sources", () => {
  it("dedups by arXiv id even when titles differ, keeping the first abstract and id", () => {
    const merged = mergePapers([
      { title: "TileKV: Tiled KV Caches", abstract: "v1 text", arxivId: "2402.10001", source: "a.xml" },
      { title: "TileKV: Tiled Key-Value Caches for Long Contexts", abstract: "v2 text", arxivId: "2402.10001", upvotes: 4, source: "b.json" },
    ]);
    expect(merged).toEqual([
      expect.objectContaining({ id: "tilekv-tiled-kv-caches", abstract: "v1 text", upvotes: 4, sources: ["a.xml", "b.json"] }),
    ]);
  });

  it("a seed paper keeps its slug id when an arXiv entry for it is merged in, and gains its metadata", () => {
    const merged = mergePapers([
      { title: FLIGHT, abstract: "seed abstract", date: "01-08", authorCount: 10, source: "seed.txt" },
      { title: FLIGHT.toUpperCase(), abstract: "arXiv abstract", arxivId: "2401.03868", date: "2024-01-08", authors: ["A", "B"], url: "https://arxiv.org/abs/2401.03868", source: "feed.xml" },
      { title: "FlightLLM (camera-ready title)", abstract: "bib", arxivId: "2401.03868", doi: "10.1145/3626202.3637562", source: "refs.bib" },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      id: "flightllm-efficient-large-language-model-inference-with-a-complete-mapping-flow",
      abstract: "seed abstract",
      arxivId: "2401.03868",
      url: "https://arxiv.org/abs/2401.03868",
      authors: ["A", "B"],
      authorCount: 10,
      date: "2024-01-08",
      doi: "10.1145/3626202.3637562",
      sources: ["seed.txt", "feed.xml", "refs.bib"],
    });
  });

  it("keeps two submissions with one title and different arXiv ids apart", () => {
    const merged = mergePapers([
      { title: "Same Title", abstract: "a", arxivId: "2401.00001", source: "x" },
      { title: "Same Title", abstract: "b", arxivId: "2402.00002", source: "y" },
    ]);
    expect(merged.map((p) => p.id)).toEqual(["same-title", "same-title-2"]);
  });

  it("ids do not depend on which later sources are present", () => {
    const seed: RawPaper = { title: FLIGHT, abstract: "seed", source: "seed.txt" };
    const alone = mergePapers([seed]);
    const withFeeds = mergePapers([
      seed,
      ...parseInputFile("tests/fixtures/sources/arxiv-feed.xml").papers,
      ...parseInputFile("tests/fixtures/sources/hf-daily-papers.json").papers,
      ...parseInputFile("tests/fixtures/sources/papers.bib").papers,
    ]);
    expect(withFeeds[0]!.id).toBe(alone[0]!.id);
    expect(withFeeds[0]!.sources).toEqual(["seed.txt", "arxiv-feed.xml", "papers.bib"]);
    const tile = withFeeds.filter((p) => p.arxivId === "2402.10001");
    expect(tile).toHaveLength(1);
    expect(tile[0]).toMatchObject({ sources: ["arxiv-feed.xml", "hf-daily-papers.json"], upvotes: 42, version: 2 });
    expect(withFeeds.map((p) => p.title)).toEqual([
      FLIGHT,
      "TileKV: Tiled Key-Value Caches for Long-Context Decoding",
      "EdgeSpec: Speculative Decoding for Phones & Tablets",
      "QuantFlow: 4-bit Weights for Diffusion Transformers",
      "SparseServe: Sparse Attention Serving with KV Reuse",
      "Café: Cheap Accelerator for Edge Inference",
    ]);
  });
});
