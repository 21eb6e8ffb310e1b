import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat, parseInputFile } from "@/lib/ingest/read-input";

describe("detectFormat", () => {
  it.each([
    ["feed.xml", "anything", "arxiv"],
    ["feed.atom", "anything", "arxiv"],
    ["refs.bib", "anything", "bibtex"],
    ["daily.json", "{}", "hf"],
    ["papers.jsonl", "[", "jsonl"],
    ["listing.txt", "<feed>", "listing"],
  ])("by extension: %s", (path, text, format) => {
    expect(detectFormat(path, text)).toBe(format);
  });
  it.each([
    ["  <?xml version='1.0'?><feed>", "arxiv"],
    ['[{"paper": {"id": "2401.00001"}}]', "hf"],
    ['{"title": "t", "abstract": "a"}', "jsonl"],
    ["% exported\n@article{key,\n title={T}}", "bibtex"],
    ["Some Title\n\nA long abstract", "listing"],
    ["An email address a@b.c in a listing", "listing"],
  ])("by content when the extension says nothing: %j", (text, format) => {
    expect(detectFormat("download", text)).toBe(format);
  });
});

describe("parseInputFile with a format", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimscope-read-input-"));
  it("--format overrides the extension", () => {
    const path = join(dir, "saved-query.txt");
    writeFileSync(path, `<feed><entry><id>http://arxiv.org/abs/2401.00001v1</id><title>T</title><summary>S</summary></entry></feed>`);
    expect(parseInputFile(path).papers).toEqual([]);
    expect(parseInputFile(path, "arxiv").papers).toMatchObject([{ arxivId: "2401.00001", title: "T" }]);
  });
  it("a wrong-shape .json file is an error naming the file", () => {
    const result = parseInputFile("tests/fixtures/sources/wrong-shape.json");
    expect(result.papers).toEqual([]);
    expect(result.errors[0]).toMatchObject({ file: "wrong-shape.json", message: expect.stringMatching(/daily_papers/) });
  });
});
