import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_ABSTRACT_CHARS, MAX_TITLE_CHARS } from "@/lib/ingest/clean-paper";
import { parseInputFile } from "@/lib/ingest/read-input";
import { formatIngestError } from "@/lib/ingest/types";
import { safeHttpUrl } from "@/lib/http/safe-url";

const dir = mkdtempSync(join(tmpdir(), "claimscope-clean-"));
function jsonl(name: string, entries: object[]): string {
  const path = join(dir, name);
  writeFileSync(path, entries.map((e) => JSON.stringify(e)).join("\n") + "\n");
  return path;
}
const ok = { title: "A fine paper", abstract: "It is 2x faster than vLLM." };

describe("every ingested paper is cleaned", () => {
  it("skips a paper whose abstract or title is over the limit, naming file, line, entry and limit, and keeps the others", () => {
    const path = jsonl("big.jsonl", [ok, { title: "Huge", abstract: "a".repeat(30_000_000) }, { title: "t".repeat(1_000_000), abstract: "x" }]);
    const result = parseInputFile(path);
    expect(result.papers.map((p) => p.title)).toEqual(["A fine paper"]);
    expect(result.errors.map(formatIngestError)).toEqual([
      `big.jsonl, line 2, entry "Huge": abstract is 30,000,000 characters; at most ${MAX_ABSTRACT_CHARS.toLocaleString("en")} are accepted; entry skipped`,
      expect.stringMatching(new RegExp(`^big\\.jsonl, line 3, entry "t+…": title is 1,000,000 characters; at most ${MAX_TITLE_CHARS.toLocaleString("en")} are accepted`)),
    ]);
  });

  it("applies the same limits to the other formats (a listing)", () => {
    const path = join(dir, "listing.txt");
    const huge = "Our kernel is 2x faster than vLLM on A100 GPUs. ".repeat(420);
    writeFileSync(path, `${readFileSync("seeds/003_fbf70607fd46e877.txt", "utf8").trimEnd()}\n\nHuge Listing Paper: Kernels\n${huge}\n`);
    const result = parseInputFile(path, "listing");
    expect(result.papers.length).toBeGreaterThan(10);
    expect(result.papers.map((p) => p.title)).not.toContain("Huge Listing Paper: Kernels");
    expect(result.errors).toEqual([expect.objectContaining({ file: "listing.txt", entry: "Huge Listing Paper: Kernels", message: expect.stringMatching(/^abstract is 20,\d{3} characters; at most 20,000/) })]);
  });

  it("strips bidi overrides, isolates and marks, so '40%' cannot display as '%04'", () => {
    const path = jsonl("bidi.jsonl", [{ title: "Spoof\u202E kernel", abstract: "Memory drops by \u202E40%\u202C and \u2067latency\u2069 by 2x\u200F." }]);
    const [paper] = parseInputFile(path).papers;
    expect(paper).toMatchObject({ title: "Spoof kernel", abstract: "Memory drops by 40% and latency by 2x." });
  });

  it("drops an escaped \\u0000 and other C0 controls from JSON Lines text", () => {
    const path = join(dir, "nul.jsonl");
    writeFileSync(path, '{"title":"Nul\\u0000 title","abstract":"It is 2x\\u0000 faster\\u0007 than vLLM.","authors":["A\\u0000B"]}\n');
    const [paper] = parseInputFile(path).papers;
    expect(paper).toMatchObject({ title: "Nul title", abstract: "It is 2x faster than vLLM.", authors: ["AB"] });
  });

  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "//evil.example/x", "ftp://example.org/x", " JAVASCRIPT:alert(1)"])(
    "keeps the paper but drops the link %s",
    (url) => {
      const [paper] = parseInputFile(jsonl("url.jsonl", [{ ...ok, url }])).papers;
      expect(paper).toBeDefined();
      expect(paper!.url).toBeUndefined();
    },
  );

  it("keeps http(s) links as given", () => {
    const [paper] = parseInputFile(jsonl("url-ok.jsonl", [{ ...ok, url: "https://arxiv.org/abs/2401.00001" }])).papers;
    expect(paper!.url).toBe("https://arxiv.org/abs/2401.00001");
    expect(safeHttpUrl("HTTP://Example.org/a?b=1")).toBe("HTTP://Example.org/a?b=1");
  });
});
