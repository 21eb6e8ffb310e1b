import { z } from "zod";
import { ClaimFields, valueProblem } from "./claim-fields";
import { ClaimKind } from "./vocabulary";

/*
 * data/overrides.json: reviewed corrections that survive re-extraction. An override finds
 * its claim by paper id + evidence text (+ kind when one phrase carries two kinds), never
 * by array index, so re-ordering or re-running the extractor does not retarget it.
 *
 *   {"overrides": [
 *     {"action": "reject",  "paperId": "sinklora-...", "evidence": "39\\% of the perplexity", "reason": "a ratio, not a drop"},
 *     {"action": "correct", "paperId": "dense-training-...", "evidence": "30-40%", "kind": "memory",
 *      "set": {"kind": "compute"}, "reason": "active parameters per token are compute"},
 *     {"action": "add",     "paperId": "efficient-diffusion-...", "evidence": "using 90% fewer FLOPs",
 *      "claim": {"kind": "compute", "value": 10, "phase": "inference"}, "reason": "missed by the percent rule"}
 *   ]}
 */

const OverrideTarget = {
  paperId: z.string().min(1),
  /** The claim's evidence text (the number's phrase), exactly as in the abstract. */
  evidence: z.string().min(1),
  /** Needed only when two claims share the evidence text ("15% of the parameters and FLOPs"). */
  kind: ClaimKind.optional(),
  reason: z.string().trim().min(1, "a reason is required"),
};

const RejectOverride = z.object({ action: z.literal("reject"), ...OverrideTarget }).strict();
const CorrectOverride = z
  .object({ action: z.literal("correct"), ...OverrideTarget, set: ClaimFields.partial().strict() })
  .strict()
  .superRefine((o, ctx) => {
    const kind = o.set.kind ?? o.kind;
    const problem = kind ? valueProblem(kind, o.set.value) : undefined;
    if (problem) ctx.addIssue({ code: "custom", path: ["set", "value"], message: problem });
  });
const AddOverride = z
  .object({
    action: z.literal("add"),
    paperId: OverrideTarget.paperId,
    evidence: OverrideTarget.evidence,
    reason: OverrideTarget.reason,
    claim: ClaimFields.partial()
      .required({ kind: true, value: true })
      .extend({ value: z.number().finite() })
      .strict(),
  })
  .strict()
  .superRefine((o, ctx) => {
    const problem = valueProblem(o.claim.kind, o.claim.value);
    if (problem) ctx.addIssue({ code: "custom", path: ["claim", "value"], message: problem });
  });

/* A correction whose kind is known only from the target claim is checked again when applied. */
export const Override = z.discriminatedUnion("action", [RejectOverride, CorrectOverride, AddOverride]);
export type Override = z.infer<typeof Override>;

export const OverridesFile = z.object({ overrides: z.array(Override) }).strict();
export type OverridesFile = z.infer<typeof OverridesFile>;
