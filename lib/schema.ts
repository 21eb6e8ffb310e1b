import { z } from "zod";

export const CLAIM_STATUSES = ["extracted", "corrected", "added", "rejected"] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** Where the proposed method ran for a claim (CLAIMS.md, "Hardware target"). */
export const HARDWARE_CLASSES = ["GPU", "CPU", "FPGA", "ASIC", "edge", "unspecified"] as const;
export const HardwareClass = z.enum(HARDWARE_CLASSES);
export type HardwareClass = z.infer<typeof HardwareClass>;

export const CLAIM_KINDS = ["speedup", "memory", "accuracy", "energy", "compute", "cost"] as const;
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const QUALIFIERS = ["exact", "up_to", "average", "at_least", "at_most", "approx"] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

export const PHASES = ["inference", "training", "unspecified"] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

export const TECHNIQUES = [
  "quantization",
  "pruning-sparsity",
  "distillation",
  "kv-cache",
  "speculative-decoding",
  "early-exit",
  "token-pruning",
  "efficient-attention",
  "mixture-of-experts",
  "serving-parallelism",
  "hardware-accelerator",
  "diffusion-sampling",
  "architecture-search",
] as const;
export const Technique = z.enum(TECHNIQUES);
export type Technique = z.infer<typeof Technique>;

export const MODEL_FAMILIES = ["llm", "vision", "diffusion", "speech", "multimodal", "other"] as const;
export const ModelFamily = z.enum(MODEL_FAMILIES);
export type ModelFamily = z.infer<typeof ModelFamily>;

/** A paper as ingested from any source format, before claims are attached. */
export const RawPaper = z.object({
  title: z.string().min(1),
  abstract: z.string().min(1),
  url: z.string().optional(),
  date: z.string().optional(),
  authors: z.array(z.string()).optional(),
  authorCount: z.number().int().nonnegative().optional(),
  upvotes: z.number().int().nonnegative().optional(),
  /** arXiv identifier without version ("2401.12345", "cs/0112017"); the first dedup key. */
  arxivId: z.string().optional(),
  /** arXiv version number of the ingested text ("v2" → 2), when the source says. */
  version: z.number().int().positive().optional(),
  /** Date of the ingested version (ISO date), when it differs from the first publication. */
  updated: z.string().optional(),
  categories: z.array(z.string()).optional(),
  pdfUrl: z.string().optional(),
  doi: z.string().optional(),
  source: z.string(),
});
export type RawPaper = z.infer<typeof RawPaper>;

export const Paper = RawPaper.omit({ source: true }).extend({
  /** Stable slug of the normalized title; survives re-ingest and reordering of sources. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  sources: z.array(z.string()).min(1),
  techniques: z.array(Technique),
  modelFamily: ModelFamily,
});
export type Paper = z.infer<typeof Paper>;

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

export const Dataset = z
  .object({
    /** Content hash of papers + claims: changes exactly when the data does. */
    version: z.string(),
    papers: z.array(Paper),
    claims: z.array(Claim),
  })
  .superRefine((d, ctx) => {
    const abstracts = new Map(d.papers.map((p) => [p.id, p.abstract]));
    d.claims.forEach((c, i) => {
      const abstract = abstracts.get(c.paperId);
      if (abstract === undefined) {
        ctx.addIssue({ code: "custom", path: ["claims", i, "paperId"], message: `unknown paper ${c.paperId}` });
      } else if (abstract.slice(c.evidence.start, c.evidence.end) !== c.evidence.text) {
        ctx.addIssue({ code: "custom", path: ["claims", i, "evidence"], message: "evidence offsets do not slice the abstract to its text" });
      }
    });
  });
export type Dataset = z.infer<typeof Dataset>;

/** One line of the labelled data in tests/fixtures/gold-*.jsonl (CLAIMS.md, "Labelled data"). */
export const GoldClaim = z.object({
  kind: ClaimKind,
  value: z.number().nullable().optional(),
  min: z.number().optional(),
  unit: z.string().optional(),
  qualifier: Qualifier,
  hardware: HardwareClass,
  device: z.string().optional(),
  baselineHardware: HardwareClass.optional(),
  baseline: z.string().optional(),
  metric: z.string().optional(),
  phase: Phase,
  text: z.string(),
});
export const GoldPaper = z.object({ title: z.string(), claims: z.array(GoldClaim) });
export type GoldPaper = z.infer<typeof GoldPaper>;

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

/** The claim fields a reviewer may set; every one optional in a correction. */
export const ClaimFields = z.object({
  kind: ClaimKind,
  value: z.number().finite().nullable(),
  min: z.number().finite(),
  unit: z.string(),
  qualifier: Qualifier,
  hardware: Hardware,
  baselineHardware: HardwareClass,
  baseline: z.string(),
  metric: z.string(),
  phase: Phase,
});
export type ClaimFields = z.infer<typeof ClaimFields>;

const OverrideTarget = {
  paperId: z.string().min(1),
  /** The claim's evidence text (the number's phrase), exactly as in the abstract. */
  evidence: z.string().min(1),
  /** Needed only when two claims share the evidence text ("15% of the parameters and FLOPs"). */
  kind: ClaimKind.optional(),
  reason: z.string().trim().min(1, "a reason is required"),
};

/** Every kind except accuracy is a factor: a non-positive value has no meaning. */
export function valueProblem(kind: ClaimKind, value: number | null | undefined): string | undefined {
  if (kind === "accuracy" || value === undefined) return undefined;
  if (value === null || !Number.isFinite(value) || value <= 0) {
    return `value ${value} is not valid for kind ${kind}: expected a positive finite number (only accuracy may be zero or negative)`;
  }
  return undefined;
}

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

/*
 * Corrections submitted on the site (issue #10): `POST /api/corrections`, reviewed on /review.
 * Bounded: a correction is a few short fields, never a document.
 */
export const CORRECTION_ACTIONS = ["reject", "correct", "add"] as const;
export const CorrectionAction = z.enum(CORRECTION_ACTIONS);
export type CorrectionAction = z.infer<typeof CorrectionAction>;

export const CORRECTION_STATUSES = ["pending", "approved", "rejected"] as const;
export const CorrectionStatus = z.enum(CORRECTION_STATUSES);
export type CorrectionStatus = z.infer<typeof CorrectionStatus>;

/** Longest accepted text fields: a sentence of reason, a name, a phrase of evidence. */
export const CORRECTION_LIMITS = { reason: 1000, submitter: 80, evidence: 500, field: 200, note: 1000, body: 8192 } as const;

const boundedText = (max: number) => z.string().trim().min(1).max(max);
const FieldText = z.string().trim().min(1).max(CORRECTION_LIMITS.field);

/** Claim fields a correction may set: the reviewer-settable fields, text bounded. */
export const CorrectionFields = ClaimFields.extend({
  unit: FieldText,
  baseline: FieldText,
  metric: FieldText,
  hardware: Hardware.extend({ device: FieldText.optional() }).strict(),
})
  .partial()
  .strict();
export type CorrectionFields = z.infer<typeof CorrectionFields>;

const ClaimIdText = z.string().min(1).max(400);
const RequestCommon = {
  reason: z.string().trim().min(1, "a reason is required").max(CORRECTION_LIMITS.reason),
  submitter: boundedText(CORRECTION_LIMITS.submitter).optional(),
};

export const CorrectionRequest = z.discriminatedUnion("action", [
  z.object({ action: z.literal("reject"), claimId: ClaimIdText, ...RequestCommon }).strict(),
  z
    .object({ action: z.literal("correct"), claimId: ClaimIdText, fields: CorrectionFields, ...RequestCommon })
    .strict()
    .refine((r) => Object.keys(r.fields).length > 0, { path: ["fields"], message: "name at least one field to change" }),
  z
    .object({
      action: z.literal("add"),
      paperId: z.string().min(1).max(200),
      evidence: boundedText(CORRECTION_LIMITS.evidence),
      fields: CorrectionFields.required({ kind: true }).extend({ value: z.number().finite() }),
      ...RequestCommon,
    })
    .strict(),
]);
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

export const DecisionRequest = z.object({ decision: z.enum(["approve", "reject"]), note: z.string().trim().max(CORRECTION_LIMITS.note).optional() }).strict();
export type DecisionRequest = z.infer<typeof DecisionRequest>;

/** A correction as stored and listed by `GET /api/corrections`. */
export const StoredCorrection = z.object({
  id: z.number().int().positive(),
  claimId: z.string(),
  paperId: z.string(),
  kind: ClaimKind,
  evidence: z.string(),
  action: CorrectionAction,
  fields: CorrectionFields,
  reason: z.string(),
  submitter: z.string(),
  createdAt: z.string(),
  status: CorrectionStatus,
  reviewerNote: z.string().optional(),
  decidedAt: z.string().optional(),
});
export type StoredCorrection = z.infer<typeof StoredCorrection>;
