import type { Phase } from "../schema";

const TRAINING = /\b(?:train(?:ing|s|ed)?|fine-?tun\w*|convergence|pre-?train\w*|back-?propagation|rollouts?|RL training)\b/i;
const INFERENCE = /\b(?:inference|decod\w*|serving|latency|latencies|generation|prefill|TTFT|time[- ]to[- ]first[- ]token|goodput|SLOs?|deploy\w*|tokens?\/s|throughput|sampling|runtime)\b/i;
const NEAR_CHARS = 80;

/** The phase an abstract is about overall, computed once per paper. */
export function detectAbstractPhase(abstract: string): Phase {
  return INFERENCE.test(abstract) ? "inference" : "unspecified";
}

/** What a sentence is about: inference when it speaks of running the model, training when of training it; else the abstract's phase. */
export function detectSentencePhase(sentence: string, abstractPhase: Phase): Phase {
  if (INFERENCE.test(sentence)) return "inference";
  if (TRAINING.test(sentence)) return "training";
  return abstractPhase;
}

/** Training when the words around the number say so; otherwise its sentence's phase (computed once per sentence). */
export function detectPhase(around: string, sentencePhase: Phase): Phase {
  return TRAINING.test(around.slice(0, NEAR_CHARS * 2)) ? "training" : sentencePhase;
}
