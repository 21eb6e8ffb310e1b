import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "@/lib/ingest/bibtex";
import { extractClaims } from "@/lib/extract";

const BIB = readFileSync("tests/fixtures/sources/papers.bib", "utf8");

describe("parseBibtex", () => {
  const { papers, errors } = parseBibtex(BIB, "papers.bib");

  it("reads arXiv ids from eprint, and from a URL or DOI when eprint is absent", () => {
    expect(papers.map((p) => p.arxivId)).toEqual(["2405.40001", undefined, "2307.60006"]);
    expect(papers[0]).toMatchObject({ version: 3, url: "https://arxiv.org/abs/2405.40001", date: "2024-05" });
    expect(papers[1]).toMatchObject({ url: "https://doi.org/10.1145/3626202.3637562", doi: "10.1145/3626202.3637562", date: "2024" });
  });

  it("turns LaTeX accents, braces and markup into plain text", () => {
    expect(papers[0]!.title).toBe("SparseServe: Sparse Attention Serving with KV Reuse");
    expect(papers[0]!.authors).toEqual(["Jörg Müller", "María García", "The SparseServe Team"]);
    expect(papers[2]!.title).toBe("Café: Cheap Accelerator for Edge Inference");
    expect(papers[2]!.authors).toEqual(["Van Nguyễn", "Pat O'Brien"]);
    expect(papers[0]!.abstract).toBe(
      "Serving long prompts is dominated by attention. SparseServe reuses KV blocks across requests. On NVIDIA H100 GPUs it achieves a 3.5× speedup over FlashAttention2 and 40% lower memory, at 10⁴ requests per minute.",
    );
  });

  it("gives the extractor the LaTeX claims as numbers", () => {
    const claims = extractClaims({ id: "sparseserve", title: papers[0]!.title, abstract: papers[0]!.abstract });
    expect(claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "speedup", value: 3.5 }),
        expect.objectContaining({ kind: "memory" }),
      ]),
    );
  });

  it("reports an entry without an abstract by key and line", () => {
    expect(errors).toEqual([expect.objectContaining({ file: "papers.bib", line: 27, entry: "noabstract2024", message: expect.stringMatching(/no abstract/) })]);
  });

  it("reports a syntax error with its line and keeps the entries before it", () => {
    const broken = `${BIB}\n@article{cut,\n  title = {Unclosed\n`;
    const result = parseBibtex(broken, "broken.bib");
    expect(result.papers).toHaveLength(3);
    expect(result.errors.at(-1)).toMatchObject({ file: "broken.bib", entry: "cut", message: expect.stringMatching(/BibTeX syntax/) });
    expect(result.errors.at(-1)!.line).toBeGreaterThan(40);
  });

  it("keeps a superscript visible instead of gluing digits", () => {
    const { papers: [p] } = parseBibtex("@misc{s, title={T}, abstract={about 10\\textsuperscript{4} tokens}}", "s.bib");
    expect(p!.abstract).not.toContain("104");
  });
});
