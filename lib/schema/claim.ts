import { z } from "zod";
import { ClaimKind, ClaimStatus, HardwareClass, Phase, Qualifier } from "./vocabulary";

export const Evidence = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
    sentence: z.string().min(1),
  })
  .refine((e) => e.end > e.start && e.end - e.start === e.text.length, {
    message: "evidence end - start must equal text length",
  });
export type Evidence = z.infer<typeof Evidence>;

export const Hardware = z.object({
  class: HardwareClass,
  device: z.string().optional(),
});
export type Hardware = z.infer<typeof Hardware>;

export const Claim = z
  .object({
    id: z.string(),
    paperId: z.string(),
    kind: ClaimKind,
    /** Normalized value (CLAIMS.md table); null when the text is not convertible ("reduces cost by 100%"). */
    value: z.number().finite().nullable(),
    /** Lower end of a range; `value` holds the upper end. */
    min: z.number().finite().optional(),
    /** Accuracy only: pp, rel%, or the metric's own name (BLEU, FID, ...). */
    unit: z.string().optional(),
    qualifier: Qualifier,
    hardware: Hardware,
    baselineHardware: HardwareClass.optional(),
    /** What it is compared against, as written in the abstract. */
    baseline: z.string().optional(),
    /** The baseline's canonical name when it is a known system, kernel, precision or chip ("vLLM", "FlashAttention-2", "FP16", "NVIDIA A100"), so claims against one baseline line up. */
    baselineCanonical: z.string().optional(),
    metric: z.string().optional(),
    phase: Phase,
    evidence: Evidence,
    /** Id of the rule that produced the claim, e.g. "multiplier/times"; "override" for an added claim. */
    rule: z.string(),
    /**
     * Set by data/overrides.json; absent means "extracted". Rejected claims stay in the
     * dataset so the paper page can list them; charts and counts leave them out.
     */
    status: ClaimStatus.optional(),
    /** The reviewer's reason, for corrected, added and rejected claims. */
    reason: z.string().optional(),
  })
  // A range's value is its end of larger magnitude: the upper end of a factor, the larger change of an accuracy range.
  .refine((c) => c.min === undefined || (c.value !== null && (c.kind === "accuracy" ? Math.abs(c.min) <= Math.abs(c.value) : c.min <= c.value)), {
    message: "range min must be <= value (accuracy: |min| <= |value|)",
  });
export type Claim = z.infer<typeof Claim>;
