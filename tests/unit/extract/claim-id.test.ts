import { describe, expect, it } from "vitest";
import { claimIdAllocator, stableClaimId } from "../../../lib/extract/claim-id";

describe("stable claim ids", () => {
  it("ignore case, spacing and the multiplication sign, so a widened or re-spaced span keeps its id", () => {
    expect(stableClaimId("p", "speedup", "2.8× Speed-up")).toBe(stableClaimId("p", "speedup", "2.8x speed up"));
  });
  it("differ by paper, kind and words", () => {
    const id = stableClaimId("p", "speedup", "2.8x");
    expect(stableClaimId("q", "speedup", "2.8x")).not.toBe(id);
    expect(stableClaimId("p", "memory", "2.8x")).not.toBe(id);
    expect(stableClaimId("p", "speedup", "2.9x")).not.toBe(id);
  });
  it("number repeats of the same words in one paper", () => {
    const next = claimIdAllocator("p");
    const a = next("speedup", "2x");
    const b = next("speedup", "2x");
    expect(a).toBe(stableClaimId("p", "speedup", "2x"));
    expect(b).toBe(`${a}-2`);
  });
});
