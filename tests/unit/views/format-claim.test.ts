import { describe, expect, it } from "vitest";
import { clipEvidence, formatClaimValue, reviewedLabel, splitEvidence, statusNote } from "@/lib/views/format-claim";

describe("formatClaimValue", () => {
  it("reads multipliers, ranges, accuracy and non-convertible values", () => {
    expect(formatClaimValue({ kind: "speedup", value: 2.8 })).toBe("2.8×");
    expect(formatClaimValue({ kind: "speedup", value: 4.11, min: 3.72 })).toBe("3.72–4.11×");
    expect(formatClaimValue({ kind: "accuracy", value: -0.75, unit: "pp" })).toBe("−0.75 pp");
    expect(formatClaimValue({ kind: "accuracy", value: 2, unit: "BLEU" })).toBe("+2 BLEU");
    expect(formatClaimValue({ kind: "cost", value: null })).toBe("not convertible");
    // An accuracy range keeps its lower bound.
    expect(formatClaimValue({ kind: "accuracy", value: 1.2, min: 0.5, unit: "pp" })).toBe("+0.5 to +1.2 pp");
    expect(formatClaimValue({ kind: "accuracy", value: 0.4, min: -0.3 })).toBe("−0.3 to +0.4 pp");
  });
});

describe("splitEvidence", () => {
  it("splits the sentence around the claimed phrase", () => {
    expect(splitEvidence({ evidence: { start: 0, end: 2, text: "2x", sentence: "It is 2x faster." } })).toEqual({ before: "It is ", match: "2x", after: " faster." });
  });
});

describe("clipEvidence", () => {
  it("keeps the phrase and at most `chars` characters of words on each side, marking cuts", () => {
    const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");
    const parts = { before: `${words(30, "a")} `, match: "3.2x", after: ` ${words(30, "b")}.` };
    const clipped = clipEvidence(parts, 40);
    expect(clipped.match).toBe("3.2x");
    expect(clipped.before.startsWith("…")).toBe(true);
    expect(clipped.after.endsWith(" …")).toBe(true);
    expect(clipped.before.length).toBeLessThanOrEqual(41);
    expect(clipped.after.length).toBeLessThanOrEqual(42);
    // Cut at a space: every word shown is whole.
    expect(parts.before.endsWith(clipped.before.slice(1))).toBe(true);
    expect(parts.after.startsWith(clipped.after.slice(0, -2))).toBe(true);
    expect(clipped.before.slice(1)).toMatch(/^a\d+ /);
  });

  it("leaves short context alone", () => {
    const parts = { before: "It is ", match: "2x", after: " faster." };
    expect(clipEvidence(parts, 40)).toEqual(parts);
  });
});

describe("reviewedLabel and statusNote", () => {
  it("label corrected and added claims, and nothing else", () => {
    expect(reviewedLabel({ status: "corrected" })).toBe("corrected");
    expect(statusNote({ status: "added" })).toBe(" (added by a reviewer)");
    for (const status of [undefined, "extracted", "rejected"] as const) {
      expect(reviewedLabel({ status })).toBeUndefined();
      expect(statusNote({ status })).toBe("");
    }
  });
});
