import type { Phase } from "../schema";
import { execAll } from "./exec-all";

const TRAINING = /\b(?:train(?:ing|s|ed)?|fine-?tun\w*|convergence|pre-?train\w*|back-?propagation|rollouts?|RL training|RLHF)\b/i;
/** Words that name running the model itself (not "latency" or "throughput", which training has too). */
const SERVING = /\b(?:inference|decod\w*|serving|prefill|TTFT|time[- ]to[- ]first[- ]token|generation|deploy\w*)\b/i;
const INFERENCE = /\b(?:inference|decod\w*|serving|latency|latencies|generation|prefill|TTFT|time[- ]to[- ]first[- ]token|goodput|SLOs?|deploy\w*|tokens?\/s|throughput|sampling|runtime)\b/i;
const NEAR_CHARS = 80;
/** The same words as global scans, built once rather than per number. */
const TRAINING_ALL = new RegExp(TRAINING.source, "gi");
const SERVING_ALL = new RegExp(SERVING.source, "gi");

/** The phase an abstract is about overall, computed once per paper. */
export function detectAbstractPhase(abstract: string): Phase {
  return INFERENCE.test(abstract) ? "inference" : "unspecified";
}

/** What a sentence is about: inference when it speaks of running the model, training when of training it; else the abstract's phase (read only then: most claim sentences name their phase). */
export function detectSentencePhase(sentence: string, abstractPhase: Phase | (() => Phase)): Phase {
  if (INFERENCE.test(sentence)) return "inference";
  if (TRAINING.test(sentence)) return "training";
  return typeof abstractPhase === "function" ? abstractPhase() : abstractPhase;
}

/** Characters from the number to the nearest match of `re` in the words before and after it (Infinity when none). */
function nearest(re: RegExp, global: RegExp, before: string, after: string): number {
  let last = -1;
  for (const m of execAll(global, before)) last = m.index + m[0].length;
  const fromBefore = last < 0 ? Infinity : before.length - last;
  const next = after.search(re);
  return Math.min(fromBefore, next < 0 ? Infinity : next);
}

/**
 * Training when the words around the number say so, unless a word of serving stands nearer
 * ("2x higher training throughput and 1.5x lower serving latency"); otherwise its sentence's
 * phase (computed once per sentence).
 */
export function detectPhase(before: string, after: string, sentencePhase: Phase): Phase {
  const near = { before: before.slice(-NEAR_CHARS), after: after.slice(0, NEAR_CHARS) };
  const training = nearest(TRAINING, TRAINING_ALL, near.before, near.after);
  if (training === Infinity) return sentencePhase;
  return nearest(SERVING, SERVING_ALL, near.before, near.after) < training ? "inference" : "training";
}
