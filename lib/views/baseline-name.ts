import type { Claim } from "../schema";

/** The baseline a claim is measured against: its canonical name when the extractor knows it ("vLLM"), else as written. */
export function baselineName(claim: Pick<Claim, "baseline" | "baselineCanonical">): string | undefined {
  return claim.baselineCanonical ?? claim.baseline;
}
