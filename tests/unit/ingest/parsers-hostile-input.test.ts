import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArxivAtom } from "@/lib/ingest/arxiv-atom";
import { parseBibtex } from "@/lib/ingest/bibtex";
import { parseHfDailyPapers } from "@/lib/ingest/hf-daily-papers";
import { RawPaper } from "@/lib/schema";
import type { IngestResult } from "@/lib/ingest/types";

/* Any input gives papers and errors, never an exception; every paper is schema-valid with clean text. */

const PARSERS: [string, (text: string, source: string) => IngestResult, string][] = [
  ["arxiv", parseArxivAtom, "tests/fixtures/sources/arxiv-feed.xml"],
  ["hf", parseHfDailyPapers, "tests/fixtures/sources/hf-daily-papers.json"],
  ["bibtex", parseBibtex, "tests/fixtures/sources/papers.bib"],
];

function expectWellFormed(result: IngestResult): void {
  for (const p of result.papers) {
    expect(RawPaper.safeParse(p).success).toBe(true);
    expect(p.title).toBe(p.title.replace(/\s+/g, " ").trim());
    expect(p.abstract).toBe(p.abstract.replace(/\s+/g, " ").trim());
  }
  for (const e of result.errors) expect(e.file).toBe("x");
}

describe.each(PARSERS)("%s parser on hostile input", (_name, parse, fixture) => {
  const text = readFileSync(fixture, "utf8");
  it("arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => expectWellFormed(parse(s, "x"))), { numRuns: 200 });
  });
  it("the fixture cut at any point", () => {
    fc.assert(fc.property(fc.nat({ max: text.length }), (n) => expectWellFormed(parse(text.slice(0, n), "x"))), { numRuns: 100 });
  });
  it("the fixture with a character replaced anywhere", () => {
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.constantFrom("<", ">", "{", "}", '"', "\\", "&", "\n", "@", "$"), (n, ch) =>
        expectWellFormed(parse(text.slice(0, n) + ch + text.slice(n + 1), "x")),
      ),
      { numRuns: 150 },
    );
  });
});
