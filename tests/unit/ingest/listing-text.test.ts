import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseListingText } from "@/lib/ingest/listing-text";

const ABSTRACT_A = "We propose FastThing, which reduces latency by 50% on GPUs while keeping accuracy within 0.1% of the baseline model in all our experiments.";
const ABSTRACT_B = "We study sparse attention for long sequences and report a 2.8x speedup over dense attention with no loss in quality on the benchmarks we consider.";

describe("parseListingText", () => {
  it("reads blank-line separated pairs under a banner", () => {
    const text = `new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nMar 11\n\nFastThing: A Paper\n\n${ABSTRACT_A}\n\nSparse Stuff\n\n${ABSTRACT_B}\n`;
    const { papers } = parseListingText(text, "a.txt");
    expect(papers).toMatchObject([
      { title: "FastThing: A Paper", abstract: ABSTRACT_A, source: "a.txt" },
      { title: "Sparse Stuff", abstract: ABSTRACT_B },
    ]);
    expect(papers[0]!.date).toBeUndefined();
  });

  it("keeps author count, date and upvotes; drops organisation lines and ads", () => {
    const text = [
      "Subscribe", "", "Daily Papers", "", "FastThing: A Paper", "", ABSTRACT_A, "", "  • 4 authors", "·", "Dec 31, 2024", "",
      "Sparse Stuff", "", ABSTRACT_B, "", "Skywork Skywork", "·", "Feb 25 8", "",
      "Free AI Image Generator No sign-up. Instant results. Open Now",
    ].join("\n");
    const { papers } = parseListingText(text, "b.txt");
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({ title: "FastThing: A Paper", authorCount: 4, date: "2024-12-31" });
    expect(papers[1]).toMatchObject({ title: "Sparse Stuff", date: "02-25", upvotes: 8 });
    expect(papers.map((p) => p.title)).not.toContain("Skywork Skywork");
  });

  it("reads one line per title and abstract with the first title glued to Subscribe", () => {
    const text = `Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribeFastThing: A Paper\n${ABSTRACT_A}\nSparse Stuff\n${ABSTRACT_B}\n`;
    const { papers } = parseListingText(text, "c.txt");
    expect(papers.map((p) => p.title)).toEqual(["FastThing: A Paper", "Sparse Stuff"]);
  });

  it("reports a file cut off after a title, by line, and keeps the papers before it", () => {
    const text = `FastThing: A Paper\n\n${ABSTRACT_A}\n\n  • 4 authors\n·\nDec 31, 2024\n\nSparse Stuff\n`;
    const { papers, errors } = parseListingText(text, "cut.txt");
    expect(papers.map((p) => p.title)).toEqual(["FastThing: A Paper"]);
    expect(errors).toMatchObject([{ file: "cut.txt", line: 9, entry: "Sparse Stuff", message: expect.stringContaining("truncated") }]);
    expect(parseListingText(text.replace("Sparse Stuff\n", ""), "ok.txt").errors).toEqual([]);
  });

  it("reads every seed file into papers with non-empty titles and abstracts", () => {
    for (const file of ["000_4348c16d2cccbde9.txt", "001_69cf3e5869cbcdb6.txt", "003_fbf70607fd46e877.txt"]) {
      const { papers } = parseListingText(readFileSync(`seeds/${file}`, "utf8"), file);
      expect(papers.length).toBeGreaterThan(40);
      for (const p of papers) {
        expect(p.abstract.length).toBeGreaterThan(p.title.length);
        expect(p.title).not.toMatch(/^(Subscribe|Get trending|new$)/);
      }
    }
  });
});
