import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, splitSentences } from "@/lib/extract/sentences";

/*
 * Splitting must grow linearly with the text, even with no space to cut at. Absolute times
 * depend on the machine, so this compares two sizes: 4x the text may cost ~4x the time
 * (linear), never ~16x (quadratic); the bound, 10x, leaves room for a busy machine. Best of
 * seven runs, so a pause (GC, another process) does not decide.
 */
function bestSeconds(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 7; run++) {
    const before = process.cpuUsage();
    splitSentences(text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

describe("splitSentences on text without spaces", () => {
  it("costs about 4x the time for 4x the text (1 MB vs 4 MB of one word)", () => {
    const small = bestSeconds("a".repeat(1_000_000));
    const large = bestSeconds("a".repeat(4_000_000));
    expect(large / Math.max(small, 2e-3)).toBeLessThan(10);
  }, 120_000);

  it("still cuts a one-word run into bounded pieces that cover the text", () => {
    const text = "a".repeat(10_000);
    const sentences = splitSentences(text);
    expect(sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(sentences.map((s) => s.text).join("")).toBe(text);
  });

  it("cuts a long run at a space in its second half when there is one", () => {
    const text = `${"word ".repeat(300)}${"b".repeat(3000)}`;
    const [first] = splitSentences(text);
    expect(first!.end).toBeGreaterThan(MAX_SENTENCE_CHARS / 2);
    expect(text[first!.end]).toBe(" ");
  });
});
