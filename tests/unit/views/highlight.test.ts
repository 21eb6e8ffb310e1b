import { describe, expect, it } from "vitest";
import { segmentAbstract } from "@/lib/views/highlight";
import type { Claim } from "@/lib/schema";

const claim = (id: string, start: number, text: string): Claim =>
  ({ id, evidence: { start, end: start + text.length, text, sentence: text } }) as Claim;

describe("segmentAbstract", () => {
  const abstract = "It is 2x faster and uses 15% of the parameters.";
  it("highlights each claim at its offsets and keeps the text intact", () => {
    const a = claim("a", 6, "2x faster");
    const segments = segmentAbstract(abstract, [a]);
    expect(segments.map((s) => s.text).join("")).toBe(abstract);
    expect(segments.find((s) => s.claims.length > 0)).toMatchObject({ text: "2x faster", start: 6 });
  });
  it("gives overlapping evidence one segment carrying both claims", () => {
    const b = claim("b", 25, "15% of the parameters");
    const c = claim("c", 25, "15% of the parameters");
    const segments = segmentAbstract(abstract, [b, c]);
    expect(segments.filter((s) => s.claims.length === 2)).toHaveLength(1);
    expect(segments.map((s) => s.text).join("")).toBe(abstract);
  });
  it("ignores offsets outside the abstract", () => {
    expect(segmentAbstract("short", [claim("x", 3, "too long text")])).toEqual([{ text: "short", start: 0, claims: [] }]);
  });
});
