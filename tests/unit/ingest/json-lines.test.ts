import { describe, expect, it } from "vitest";
import { parseJsonLines } from "@/lib/ingest/json-lines";
import { decodeInput } from "@/lib/ingest/read-input";

describe("parseJsonLines", () => {
  it("maps entries and reports bad lines by line number", () => {
    const text = [
      JSON.stringify({ title: "A", abstract: "Reduces latency by 2x.", authors: ["X", "Y"], url: "https://example.org/a" }),
      "",
      "{not json",
      JSON.stringify({ title: "B" }),
      JSON.stringify({ title: "C", abstract: "Another abstract." }),
    ].join("\n");
    const { papers, errors } = parseJsonLines(text, "in.jsonl");
    expect(papers.map((p) => p.title)).toEqual(["A", "C"]);
    expect(papers[0]).toMatchObject({ authors: ["X", "Y"], authorCount: 2, source: "in.jsonl" });
    expect(errors).toMatchObject([
      { file: "in.jsonl", line: 3, message: expect.stringContaining("not valid JSON") },
      { file: "in.jsonl", line: 4, message: expect.stringContaining("abstract") },
    ]);
  });
});

describe("decodeInput", () => {
  it("rejects empty, binary and non-UTF-8 input with the file name", () => {
    expect(() => decodeInput(new Uint8Array(), "e.txt")).toThrow(/e\.txt: file is empty/);
    expect(() => decodeInput(new Uint8Array([0x89, 0x50, 0x00, 0x01]), "b.bin")).toThrow(/b\.bin: binary content/);
    expect(() => decodeInput(new Uint8Array([0x61, 0xe9, 0x62]), "l.txt")).toThrow(/l\.txt: not valid UTF-8/);
    const latin1 = new Uint8Array(Buffer.from("first line\nsecond caf\xe9\n", "latin1"));
    expect(() => decodeInput(latin1, "l1.txt")).toThrow(/first bad byte on line 2/);
  });
  it("strips a byte-order mark", () => {
    expect(decodeInput(new TextEncoder().encode("\uFEFFhello"), "x")).toBe("hello");
  });
});
