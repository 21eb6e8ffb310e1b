import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHfDailyPapers } from "@/lib/ingest/hf-daily-papers";

const DAILY = readFileSync("tests/fixtures/sources/hf-daily-papers.json", "utf8");
const WRONG_SHAPE = readFileSync("tests/fixtures/sources/wrong-shape.json", "utf8");

describe("parseHfDailyPapers", () => {
  const { papers, errors } = parseHfDailyPapers(DAILY, "daily.json");

  it("reads arXiv id, title, summary, authors, date, upvotes and the Hugging Face link", () => {
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({
      arxivId: "2402.10001",
      title: "TileKV: Tiled Key-Value Caches for Long-Context Decoding",
      authors: ["Ada Example", "Bo Sample"],
      date: "2024-02-15",
      upvotes: 42,
      url: "https://huggingface.co/papers/2402.10001",
      source: "daily.json",
    });
  });

  it("collapses whitespace in titles and summaries", () => {
    expect(papers[1]!.title).toBe("QuantFlow: 4-bit Weights for Diffusion Transformers");
    expect(papers[1]!.abstract).toMatch(/^QuantFlow quantizes .* FP16 model\.$/);
    expect(papers[0]!.abstract).not.toContain("\n");
  });

  it("reports an entry without a summary by line and title", () => {
    expect(errors).toEqual([
      expect.objectContaining({ file: "daily.json", line: 29, entry: "A Daily Paper With No Summary", message: expect.stringMatching(/summary/) }),
    ]);
  });

  it("rejects a JSON object that is not the daily papers array, naming the expected shape", () => {
    const result = parseHfDailyPapers(WRONG_SHAPE, "wrong-shape.json");
    expect(result.papers).toEqual([]);
    expect(result.errors[0]!.message).toMatch(/got an object with keys papers; expected .*daily_papers/);
  });

  it("reports entries of the wrong shape by index and keeps the good ones", () => {
    const mixed = JSON.stringify([{ paper: { id: "2401.00001", title: "Good", summary: "Fine." } }, { title: "no paper object" }, 7]);
    const result = parseHfDailyPapers(mixed, "mixed.json");
    expect(result.papers.map((p) => p.title)).toEqual(["Good"]);
    expect(result.errors.map((e) => e.entry)).toEqual(["[1]", "[2]"]);
    expect(result.errors[0]!.message).toMatch(/^paper: .*expected a saved Hugging Face/);
  });

  it("reports invalid JSON", () => {
    expect(parseHfDailyPapers("[{", "cut.json").errors[0]!.message).toMatch(/not valid JSON/);
  });
});
