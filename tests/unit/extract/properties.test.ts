import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractClaims } from "@/lib/extract";
import { Claim } from "@/lib/schema";

/* Words the rules react to, so random text is dense with near-claims rather than noise. */
const TOKENS = [
  "2.8x", "37%", "3.72sim4.11times", "5.18\\times$", "x7", "half", "twice", "10 000 times", "1.48x-12.1x", "from", "to",
  "up to", "over", "less than", "about", "reduces", "latency", "throughput", "memory", "FLOPs", "energy", "cost",
  "accuracy", "drop", "higher", "faster", "by", "of", "uses", "only", "and", ",", ".", "(", ")", "+2.2", "BLEU", "FID",
  "on", "A100", "GPU", "FPGA", "vs.", "than", "vLLM", "points", "%", "×", "\uD800", "🚀", "—", "1,000", "0.5",
];
const claimText = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }), fc.double({ min: 0, max: 1e6, noNaN: true }).map(String)), {
    maxLength: 80,
  })
  .map((words) => words.join(" "));

describe("extraction properties", () => {
  it("never throws, yields schema-valid claims whose evidence slices the text, and is deterministic", () => {
    fc.assert(
      fc.property(claimText, (abstract) => {
        const paper = { id: "p", title: "t", abstract };
        const claims = extractClaims(paper);
        for (const c of claims) {
          expect(Claim.safeParse(c).success).toBe(true);
          expect(abstract.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
          if (c.value !== null) expect(Number.isFinite(c.value)).toBe(true);
          if (c.min !== undefined) expect(c.min).toBeLessThanOrEqual(c.value!);
        }
        expect(extractClaims(paper)).toEqual(claims);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on arbitrary unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (abstract) => {
        expect(() => extractClaims({ id: "p", title: "t", abstract })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
