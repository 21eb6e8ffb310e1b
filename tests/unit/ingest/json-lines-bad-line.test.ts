import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readJsonLinesFile } from "@/lib/ingest/json-lines";

describe("JSON Lines with one mis-encoded line", () => {
  it("reports the line of the bad byte and keeps every good line (bad line 5001 of 6000, past the first 4 MB chunk)", () => {
    const path = join(mkdtempSync(join(tmpdir(), "claimscope-jsonl-")), "papers.jsonl");
    const line = (i: number) => Buffer.from(JSON.stringify({ title: `Paper ${i}`, abstract: `It is 2x faster than vLLM. ${"x".repeat(900)}` }) + "\n");
    const lines = Array.from({ length: 6000 }, (_, i) => line(i + 1));
    lines[5000] = Buffer.concat([Buffer.from('{"title":"Caf'), Buffer.from([0xe9]), Buffer.from('","abstract":"latin-1"}\n')]);
    writeFileSync(path, Buffer.concat(lines));
    const result = readJsonLinesFile(path, "papers.jsonl");
    expect(result.errors).toEqual([{ file: "papers.jsonl", line: 5001, message: expect.stringMatching(/not valid UTF-8/) }]);
    expect(result.papers).toHaveLength(5999);
    expect(result.papers.at(-1)).toMatchObject({ title: "Paper 6000" });
  });

  it("a multi-byte character split across the 4 MB read boundary is not an error", () => {
    const path = join(mkdtempSync(join(tmpdir(), "claimscope-jsonl-")), "papers.jsonl");
    const prefix = '{"title":"';
    // A blank line of spaces puts the two bytes of "é" at offsets 4,194,303 and 4,194,304.
    const blank = " ".repeat(4 * 1024 * 1024 - 1 - prefix.length - 1);
    writeFileSync(path, `${blank}\n${prefix}é kernel","abstract":"It is 2x faster."}\n`);
    const result = readJsonLinesFile(path, "papers.jsonl");
    expect(result.errors).toEqual([]);
    expect(result.papers).toMatchObject([{ title: "é kernel" }]);
  });
});
