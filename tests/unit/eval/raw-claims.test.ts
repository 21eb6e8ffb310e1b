import { describe, expect, it } from "vitest";
import { overrideCounts, rawClaims, reviewedClaims } from "@/lib/eval/raw-claims";
import { applyOverrides } from "@/lib/curation/apply-overrides";
import { extractClaims } from "@/lib/extract";

const paper = { id: "p", title: "P", abstract: "Our kernel is 2.5x faster than FlashAttention2 and uses 40% less memory." };
const extracted = extractClaims(paper);

describe("eval claim sets", () => {
  it("without overrides, raw claims are the dataset's own", () => {
    const claims = extracted.slice(1);
    expect(rawClaims({ papers: [paper], claims })).toBe(claims);
  });

  it("with overrides, raw claims are re-extracted; reviewed claims leave out rejected ones", () => {
    const { claims } = applyOverrides([paper], extracted, [
      { action: "reject", paperId: "p", evidence: extracted[0]!.evidence.text, reason: "r" },
      { action: "correct", paperId: "p", evidence: extracted[1]!.evidence.text, reason: "r", set: { value: 1.5 } },
    ]);
    expect(rawClaims({ papers: [paper], claims })).toEqual(extracted);
    expect(reviewedClaims(claims)).toHaveLength(extracted.length - 1);
    expect(overrideCounts(claims)).toEqual({ corrected: 1, added: 0, rejected: 1 });
  });
});
