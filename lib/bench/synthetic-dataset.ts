import { createHash } from "node:crypto";
import { seededRandom } from "./seeded-random";
import {
  CLAIM_KINDS,
  HARDWARE_CLASSES,
  MODEL_FAMILIES,
  PHASES,
  QUALIFIERS,
  TECHNIQUES,
  type Claim,
  type ClaimKind,
  type Dataset,
  type HardwareClass,
  type Paper,
  type Qualifier,
} from "../schema";

/**
 * Deterministic synthetic dataset for development and the 20k-claim benchmark.
 * Abstracts are assembled sentence by sentence so every claim's evidence offsets
 * are known exactly (the Dataset schema checks they slice the abstract).
 */

function makeRandom(seed: number) {
  const next = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const DEVICES: Record<HardwareClass, readonly string[]> = {
  GPU: ["NVIDIA A100", "NVIDIA H100", "RTX 4090", "NVIDIA V100", "Jetson Orin"],
  CPU: ["Intel Xeon", "Apple M2 Pro CPU", "AMD EPYC"],
  FPGA: ["Xilinx Alveo U280", "Xilinx ZCU102", "Intel Stratix 10"],
  ASIC: ["TPUv4", "NPU", "custom accelerator"],
  edge: ["Raspberry Pi 4", "smartphone", "microcontroller"],
  unspecified: [],
};
const BASELINES = ["vLLM", "FlashAttention2", "the FP16 model", "FlexGen", "DeiT-Base", "TensorRT-LLM", "llama.cpp", "the dense baseline"];
const TITLE_WORDS = ["Sparse", "Fast", "Efficient", "Quantized", "Speculative", "Streaming", "Adaptive", "Lightweight", "Scalable", "Hierarchical", "Low-Rank", "Mixed-Precision"];
const TITLE_NOUNS = ["Attention", "Transformers", "Decoding", "Inference", "Serving", "Diffusion", "Vision Models", "KV Caches", "Accelerators", "Experts"];
const FILLER = [
  "Large models are expensive to deploy.",
  "We study the bottlenecks of modern inference pipelines.",
  "Our design co-optimizes the algorithm and the system.",
  "Extensive experiments confirm the approach generalizes.",
  "Code is available online.",
];
const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  up_to: "up to ",
  average: "on average ",
  at_least: "more than ",
  at_most: "less than ",
  approx: "about ",
};
const KIND_PHRASES: Record<ClaimKind, { metric: string; phrase: (v: string) => string }> = {
  speedup: { metric: "latency", phrase: (v) => `${v}x faster` },
  memory: { metric: "KV cache", phrase: (v) => `${v}x less memory` },
  energy: { metric: "energy efficiency", phrase: (v) => `${v}x higher energy efficiency` },
  compute: { metric: "FLOPs", phrase: (v) => `${v}x fewer FLOPs` },
  cost: { metric: "cost", phrase: (v) => `${v}x cheaper` },
  accuracy: { metric: "top-1 accuracy", phrase: (v) => `${v} pp accuracy change` },
};

export type SyntheticOptions = { claims: number; seed: number };

export function makeSyntheticDataset({ claims: claimCount, seed }: SyntheticOptions): Dataset {
  const random = makeRandom(seed);
  const papers: Paper[] = [];
  const claims: Claim[] = [];
  let paperIndex = 0;
  while (claims.length < claimCount) {
    const perPaper = Math.min(1 + Math.floor(random.next() * 6), claimCount - claims.length);
    const title = `${random.pick(TITLE_WORDS)} ${random.pick(TITLE_WORDS)} ${random.pick(TITLE_NOUNS)} ${paperIndex}`;
    const id = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
    const paperHardware = random.pick(HARDWARE_CLASSES);
    let abstract = `${random.pick(FILLER)} `;
    for (let i = 0; i < perPaper; i++) {
      const kind = random.next() < 0.45 ? "speedup" : random.pick(CLAIM_KINDS);
      const qualifier = random.next() < 0.5 ? "exact" : random.pick(QUALIFIERS);
      const hwClass = random.next() < 0.8 ? paperHardware : random.pick(HARDWARE_CLASSES);
      const devices = DEVICES[hwClass];
      const device = devices.length > 0 && random.next() < 0.7 ? random.pick(devices) : undefined;
      const isRange = kind !== "accuracy" && random.next() < 0.08;
      const nonConvertible = random.next() < 0.02;
      const value = kind === "accuracy" ? hundredths(random.next() * 6 - 3.5) : hundredths(Math.exp(random.next() * 3.2 - 0.25));
      const min = isRange ? hundredths(value * (0.3 + random.next() * 0.5)) : undefined;
      const baseline = random.next() < 0.85 ? random.pick(BASELINES) : undefined;
      const spec = KIND_PHRASES[kind];
      const shown = min !== undefined ? `${min}-${value}` : String(value);
      const text = `${QUALIFIER_WORDS[qualifier]}${spec.phrase(shown)}`;
      const prefix = `Our method is `;
      const suffix = `${baseline ? ` than ${baseline}` : ""}${device ? ` on ${device}` : ""}.`;
      const sentence = `${prefix}${text}${suffix}`;
      const start = abstract.length + prefix.length;
      abstract += `${sentence} `;
      claims.push({
        id: `${id}#${i}`,
        paperId: id,
        kind,
        value: nonConvertible ? null : value,
        ...(min !== undefined && !nonConvertible ? { min } : {}),
        ...(kind === "accuracy" ? { unit: "pp" } : {}),
        qualifier,
        hardware: device ? { class: hwClass, device } : { class: hwClass },
        ...(baseline ? { baseline } : {}),
        metric: spec.metric,
        phase: random.next() < 0.75 ? "inference" : random.pick(PHASES),
        evidence: { start, end: start + text.length, text, sentence },
        rule: "synthetic",
      });
    }
    abstract += random.pick(FILLER);
    const techniques = [random.pick(TECHNIQUES)];
    if (random.next() < 0.3) techniques.push(random.pick(TECHNIQUES));
    papers.push({
      id,
      title,
      abstract,
      url: `https://example.org/papers/${id}`,
      date: `2025-${String(1 + (paperIndex % 12)).padStart(2, "0")}-15`,
      sources: ["synthetic"],
      techniques: [...new Set(techniques)],
      modelFamily: random.pick(MODEL_FAMILIES),
    });
    paperIndex++;
  }
  const version = createHash("sha256").update(JSON.stringify({ papers, claims })).digest("hex").slice(0, 12);
  return { version: `synthetic-${version}`, papers, claims };
}

/**
 * Rounds to hundredths without a negative zero: a served dataset goes through JSON, which writes -0 as 0,
 * so a generated -0 would make the server's view (built from the generated values) differ from the browser's.
 */
function hundredths(x: number): number {
  return Math.round(x * 100) / 100 + 0;
}
