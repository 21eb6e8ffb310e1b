import { CLAIM_KINDS, type Claim, type ClaimKind } from "../schema";
import { DIMENSIONS, type Dimension } from "./comparability";
import type { LabelledSetScore } from "../eval/eval-summary";
import { explainClaim } from "./explain-claim";

/**
 * What /methodology says, as data: the kinds and their units, worked conversions
 * computed by the same explainClaim the rest of the site uses (so the page cannot drift
 * from the code), the comparability dimensions, and the measured extraction quality.
 */

export const KIND_MEANINGS: Record<ClaimKind, string> = {
  speedup: "how many times faster the method is than its baseline (×, higher is better); latency reductions become speedups",
  memory: "how many times less memory it needs (×); “uses 25% of the memory” is 4×",
  accuracy: "the change in a quality score, in percentage points (pp) unless the abstract names another unit (BLEU, FID, rel%); negative is a loss",
  energy: "how many times less energy (or more energy efficiency) than the baseline (×)",
  compute: "how many times fewer FLOPs, MACs or parameters at work (×)",
  cost: "how many times cheaper (×)",
};

type Example = { rule: string; kind: ClaimKind; text: string; value: number; unit?: string };

/** One worked example per conversion rule; the value is what the extractor stores for it. */
const EXAMPLES: Example[] = [
  { rule: "multiplier/suffix", kind: "speedup", text: "2.8x speedup", value: 2.8 },
  { rule: "percent/reduction", kind: "speedup", text: "37% lower latency", value: 1 / (1 - 0.37) },
  { rule: "percent/increase", kind: "speedup", text: "45% higher throughput", value: 1.45 },
  { rule: "percent/share-of", kind: "memory", text: "25% of the memory", value: 4 },
  { rule: "percent/retained-share", kind: "accuracy", text: "retains 98.5% of the accuracy", value: -1.5 },
  { rule: "accuracy/loss", kind: "accuracy", text: "0.4% accuracy drop", value: -0.4 },
  { rule: "from-to/ratio", kind: "compute", text: "from 72.0G to 28.6G FLOPs", value: 72 / 28.6 },
  { rule: "range/multiplier", kind: "speedup", text: "1.5-3x faster", value: 3 },
];

export type WorkedExample = { rule: string; kind: ClaimKind; conversion: string };

export function workedExamples(): WorkedExample[] {
  return EXAMPLES.map((e) => {
    const claim: Claim = {
      id: e.rule,
      paperId: "example",
      kind: e.kind,
      value: e.value,
      ...(e.rule === "range/multiplier" ? { min: 1.5 } : {}),
      qualifier: "exact",
      hardware: { class: "unspecified" },
      phase: "inference",
      evidence: { start: 0, end: e.text.length, text: e.text, sentence: e.text },
      rule: e.rule,
    };
    return { rule: e.rule, kind: e.kind, conversion: explainClaim(claim).conversion };
  });
}

export const DIMENSION_MEANINGS: Record<Dimension, string> = {
  baseline: "they are measured against different baselines (vLLM vs. HuggingFace Transformers)",
  hardware: "they ran on different hardware classes (GPU vs. FPGA)",
  device: "they ran on different devices of one class (NVIDIA A100 vs. RTX 4090)",
  qualifier: "one is a peak (“up to”), another an average or a single figure",
  phase: "one is about training, another about inference",
  metric: "they measure different things: throughput, latency, kernel-only or end-to-end time",
};

export function comparabilityDimensions(): { dimension: Dimension; meaning: string }[] {
  return DIMENSIONS.map((dimension) => ({ dimension, meaning: DIMENSION_MEANINGS[dimension] }));
}

export type QualityRow = { kind: string; gold: number; predicted: number; matched: number; precision: string; recall: string; f1: string };

const ratio = (x: number) => x.toFixed(2);

/** One labelled set's per-kind table in kind order, overall last, rounded for reading. */
export function qualityRows(set: LabelledSetScore): QualityRow[] {
  const order = [...CLAIM_KINDS, "overall"];
  return [...set.byKind]
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((k) => ({ kind: k.kind, gold: k.gold, predicted: k.predicted, matched: k.matched, precision: ratio(k.precision), recall: ratio(k.recall), f1: ratio(k.f1) }));
}

/** "hardware right for 97% of matched claims", one line per field. */
export function fieldShares(set: LabelledSetScore): { field: string; share: string }[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    { field: "hardware class", share: pct(set.fields.hardware) },
    { field: "device", share: pct(set.fields.device) },
    { field: "baseline", share: pct(set.fields.baseline) },
    { field: "qualifier", share: pct(set.fields.qualifier) },
  ];
}
