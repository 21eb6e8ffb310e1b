import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergePapers, slugify } from "@/lib/ingest/merge-papers";
import { runExtraction } from "@/lib/dataset/extract-corpus";

/* Paper ids are URLs and override targets: once given, they never move. */

const LONG = "Efficient inference of large language models on commodity hardware with speculative decoding and";
const INCUMBENT = `${LONG} paged attention`;
const NEWCOMER = `${LONG} sparse kernels`;

describe("paper ids never move", () => {
  it("the two titles collide in the first 80 characters of their slugs", () => {
    expect(slugify(INCUMBENT)).toBe(slugify(NEWCOMER));
  });

  it("an incumbent keeps its id when a colliding newcomer comes earlier in input order; the newcomer gets the suffix", () => {
    const id = slugify(INCUMBENT);
    const merged = mergePapers(
      [
        { title: NEWCOMER, abstract: "x", source: "a-new.jsonl" },
        { title: INCUMBENT, abstract: "y", source: "b-old.jsonl" },
      ],
      [{ id, title: INCUMBENT }],
    );
    expect(merged).toMatchObject([
      { title: NEWCOMER, id: `${id}-2` },
      { title: INCUMBENT, id },
    ]);
  });

  it("a paper found again by arXiv id keeps its id even when its title changed", () => {
    const merged = mergePapers([{ title: "A renamed paper", abstract: "x", arxivId: "2401.00001", source: "feed.xml" }], [{ id: "old-title", title: "Old title", arxivId: "2401.00001" }]);
    expect(merged[0]!.id).toBe("old-title");
  });

  it("ids of papers that are gone stay reserved", () => {
    const merged = mergePapers([{ title: "Gone", abstract: "x", arxivId: "2401.00002", source: "a" }], [{ id: "gone", title: "Gone", arxivId: "2401.00001" }]);
    expect(merged[0]!.id).toBe("gone-2");
  });

  it("through extraction: a new file sorting earlier does not take the incumbent's URL, and its reviewed override still applies", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimscope-ids-"));
    const inputs = join(dir, "in");
    const out = join(dir, "claims.json");
    const write = (name: string, title: string, abstract: string) =>
      writeFileSync(join(inputs, name), JSON.stringify({ title, abstract }) + "\n", { flag: "w" });
    mkdirSync(inputs);
    write("b-old.jsonl", INCUMBENT, "Our system is 2.5x faster than vLLM.");
    const id = slugify(INCUMBENT);
    const overrides = join(dir, "overrides.json");
    writeFileSync(overrides, JSON.stringify({ overrides: [{ action: "reject", paperId: id, evidence: "2.5x faster", reason: "measured on a toy model" }] }));
    const quiet = { log: () => {}, error: () => {} };
    expect(runExtraction({ inputs: [inputs], out, overridesFile: overrides }, quiet).written).toBe(true);
    write("a-new.jsonl", NEWCOMER, "Our kernels are 3x faster than FlashAttention.");
    const errors: string[] = [];
    expect(runExtraction({ inputs: [inputs], out, overridesFile: overrides }, { log: () => {}, error: (l) => errors.push(l) }).written).toBe(true);
    const dataset = JSON.parse(readFileSync(out, "utf8")) as { papers: { id: string; title: string }[]; claims: { paperId: string; status?: string }[] };
    expect(dataset.papers.find((p) => p.title === INCUMBENT)!.id).toBe(id);
    expect(dataset.papers.find((p) => p.title === NEWCOMER)!.id).toBe(`${id}-2`);
    expect(dataset.claims.find((c) => c.paperId === id)).toMatchObject({ status: "rejected" });
    expect(errors.join("\n")).not.toMatch(/orphaned|not applied/);
  });
});
