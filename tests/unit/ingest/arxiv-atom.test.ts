import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArxivAtom } from "@/lib/ingest/arxiv-atom";
import { extractClaims } from "@/lib/extract";

const FEED = readFileSync("tests/fixtures/sources/arxiv-feed.xml", "utf8");
const MALFORMED = readFileSync("tests/fixtures/sources/malformed.xml", "utf8");

describe("parseArxivAtom", () => {
  const { papers, errors } = parseArxivAtom(FEED, "arxiv-feed.xml");

  it("reads id without version, title, summary, authors, dates and links", () => {
    expect(papers).toHaveLength(3);
    expect(papers[0]).toMatchObject({
      arxivId: "2402.10001",
      version: 2,
      title: "TileKV: Tiled Key-Value Caches for Long-Context Decoding",
      authors: ["Ada Example", "Bo Sample"],
      authorCount: 2,
      date: "2024-02-15",
      updated: "2024-02-20",
      url: "https://arxiv.org/abs/2402.10001",
      pdfUrl: "http://arxiv.org/pdf/2402.10001v2",
      categories: ["cs.LG", "cs.DC"],
      source: "arxiv-feed.xml",
    });
  });

  it("collapses wrapped lines and indentation in titles and abstracts", () => {
    for (const p of papers) {
      expect(p.title).not.toMatch(/\s{2}|\n/);
      expect(p.abstract).not.toMatch(/\s{2}|\n|^\s|\s$/);
    }
    expect(papers[0]!.abstract).toContain("On an NVIDIA A100 GPU, TileKV achieves a $3.5\\times$ speedup");
  });

  it("decodes XML entities", () => {
    expect(papers[2]!.title).toBe("EdgeSpec: Speculative Decoding for Phones & Tablets");
  });

  it("keeps the LaTeX multiplier readable for the extractor", () => {
    const claims = extractClaims({ id: "tilekv", title: papers[0]!.title, abstract: papers[0]!.abstract });
    expect(claims).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "speedup", value: 3.5 })]));
  });

  it("reports an entry without an abstract by file, line and title, and keeps the others", () => {
    expect(errors).toEqual([
      expect.objectContaining({ file: "arxiv-feed.xml", line: 56, entry: "A Paper Without an Abstract", message: expect.stringMatching(/summary/) }),
    ]);
  });

  it("reports malformed XML with its line and no papers", () => {
    const result = parseArxivAtom(MALFORMED, "malformed.xml");
    expect(result.papers).toEqual([]);
    expect(result.errors).toEqual([expect.objectContaining({ file: "malformed.xml", line: 7, message: expect.stringMatching(/not well-formed XML/) })]);
  });

  it("reports XML that is not a feed", () => {
    const result = parseArxivAtom("<rss><channel/></rss>", "other.xml");
    expect(result.errors[0]!.message).toMatch(/no <feed> element/);
  });

  it("treats the API's error entry as an error, not a paper", () => {
    const apiError = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>
      <title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>`;
    const result = parseArxivAtom(apiError, "bad-query.xml");
    expect(result.papers).toEqual([]);
    expect(result.errors[0]!.message).toMatch(/arXiv API returned an error.*incorrect id format/);
  });

  it("keeps numeric-looking ids as strings", () => {
    const feed = `<feed><entry><id>http://arxiv.org/abs/2401.10000v1</id><title>T</title><summary>S</summary></entry></feed>`;
    expect(parseArxivAtom(feed, "f.xml").papers[0]).toMatchObject({ arxivId: "2401.10000", version: 1 });
  });
});
