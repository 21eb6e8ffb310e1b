import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEVICE_ROWS_SOURCE, DEVICE_SCAN_SOURCE } from "@/lib/extract/devices";
import { readSeedPapers } from "@/lib/bench/seed-corpus";

const matches = (source: string, text: string) => [...text.matchAll(new RegExp(`\\b(?:${source})`, "gu"))].map((m) => [m.index, m[0]]);

describe("device scan", () => {
  it("its first-character guard loses no device in the seeds and the labelled inputs", () => {
    const labelled = readFileSync("tests/fixtures/beyond-input.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l) as { title: string; abstract: string });
    const texts = [...readSeedPapers("seeds"), ...labelled].flatMap((p) => [p.title, p.abstract]);
    const found = texts.map((t) => matches(DEVICE_SCAN_SOURCE, t));
    expect(found).toEqual(texts.map((t) => matches(DEVICE_ROWS_SOURCE, t)));
    expect(found.flat().length).toBeGreaterThan(50);
  });

  it("finds a lower-case-initial product name", () => expect(matches(DEVICE_SCAN_SOURCE, "on an iPhone 15 Pro")).toEqual([[6, "iPhone 15 Pro"]]));
});
