import { z } from "zod";

/* The closed vocabularies of a claim and a paper: each list is the one place its values are named. */

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
