/*
 * Checks interpret.ts makes on one number in its sentence: whether it is a setting rather than
 * a comparison (a count of devices or tokens, a sparsity or a share of data), whether a word
 * number stands right beside its measure, whether its own words name a measure the lexicon does
 * not know, and whether a sign written on it keeps a list's qualifier off it.
 */

import type { ClaimDraft, Quantity } from "./types";
import type { FoundMetric } from "./find-metric";
import type { QuantityContext } from "./context";
import { COMPARED_NOUN_AFTER, CONFIGURATION_AFTER, CONFIGURATION_BEFORE, METRIC_TERM, NOT_A_RATE, UNKNOWN_MEASURE_AFTER } from "./lexicon";

/** "on 4×A100 GPUs", "8x H100", "2× RTX 4090": a count of devices, not a multiple of anything. */
const DEVICE_COUNT_AFTER = /^\s?(?:NVIDIA\s|Nvidia\s)?(?:[A-Z]{1,3}\d{1,4}[A-Z]?\b|RTX\b|GTX\b|GPUs?\b|TPUs?\b|NPUs?\b|nodes?\b|machines?\b|servers?\b)/;

/** "14x fewer visual tokens": a count of tokens is configuration (docs/claims.md). */
// "3.9x more tokens per joule" is a rate, not a count of tokens.
// "trained on 8x fewer images", "a 42x spatially compressed latent space": amounts of data and representation sizes are settings.
const TOKEN_COUNT_AFTER = new RegExp(String.raw`^\s?(?:(?:fewer|less|more)\s(?:visual |vision |image |input |prompt |KV )?tokens?\b${NOT_A_RATE}|(?:fewer|less|more)\s(?:training\s)?(?:images|samples|examples)\b|(?:spatially\s)?compressed\slatent)`, "i");

export function isConfiguration(q: Quantity, ctx: QuantityContext): boolean {
  if (q.form === "multiplier") return DEVICE_COUNT_AFTER.test(ctx.after.slice(0, 20)) || TOKEN_COUNT_AFTER.test(ctx.after.slice(0, 40));
  if (q.form !== "percent" && q.form !== "change") return false;
  // "removes up to 76% of its attention FLOPs": removing a share of a cost is a saving, unlike removing tokens or weights.
  if (SHARE_OF_COST_AFTER.test(ctx.after)) return false;
  return CONFIGURATION_BEFORE.test(ctx.before.slice(-40)) || CONFIGURATION_AFTER.test(ctx.after.slice(0, 60));
}

const SHARE_OF_COST_AFTER = /^\s?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:FLOPs|GFLOPs|computations?|compute|MACs|operations|latency|energy|memory(?: footprint| usage)?|inference time|runtime)\b/i;

/** Word numbers ("half", "twice") only count right next to their measure: "twice as fast", "cut memory by half". */
export function wordNumberPlausible(q: Quantity, metric: FoundMetric, ctx: QuantityContext): boolean {
  if (!q.rule.startsWith("word-number")) return true;
  if (metric.side === "after") return metric.distance <= 20;
  // "throughput doubles", "latency halved": the verb right after its measure is the number.
  if (q.rule === "word-number/verb" && metric.distance <= 12) return true;
  return /\b(?:by|in|to)\s*$/i.test(ctx.before) && metric.distance <= 40;
}

/** "~3% for concept extraction and 7% for …": a sign written on the number ("~", ">", "<") qualifies that number alone. */
const SYMBOL_QUALIFIER_BEFORE = /[~≈∼<>≤≥]\s?\(?$/;
export function symbolBound(previous: ClaimDraft, q: Quantity, ctx: QuantityContext): boolean {
  const at = previous.quantity.start - (q.start - ctx.before.length);
  return at > 0 && SYMBOL_QUALIFIER_BEFORE.test(ctx.before.slice(Math.max(0, at - 3), at));
}

/**
 * "2.4x reduction in token count and 1.9x speedup": the words right after the number name a
 * measure the lexicon does not know, so a term before it or further on is not this number's.
 */
export function namesUnknownMeasure(metric: FoundMetric, after: string): boolean {
  const unknown = UNKNOWN_MEASURE_AFTER.exec(after);
  if (unknown && metric.side === "before") return true;
  // "a 37% decrease in CUDA latency": a term within the next three words is the measure after all.
  if (unknown && metric.distance >= unknown[0].length) return !termWithin(after.slice(unknown[0].length - 1), 3);
  return metric.side === "before" && comparesUnknownNoun(after);
}

const WORD_START = /\S+\s*/y;
/** Whether a lexicon term starts at one of the first `words` words of the text. */
function termWithin(text: string, words: number): boolean {
  let at = 0;
  for (let i = 0; i < words && at < text.length; i++) {
    METRIC_TERM_AT_START.lastIndex = 0;
    if (METRIC_TERM_AT_START.test(text.slice(at, at + 60))) return true;
    WORD_START.lastIndex = at;
    const word = WORD_START.exec(text);
    if (!word) break;
    at += word[0].length;
  }
  return false;
}

/** A term of the lexicon starting right at the text's first character. */
const METRIC_TERM_AT_START = new RegExp(METRIC_TERM.source, "iy");
/** The noun after "higher"/"less" is no term of the lexicon: the number measures something outside the kinds. */
function comparesUnknownNoun(after: string): boolean {
  const noun = COMPARED_NOUN_AFTER.exec(after);
  if (!noun) return false;
  METRIC_TERM_AT_START.lastIndex = 0;
  return !METRIC_TERM_AT_START.test(after.slice(noun.index + noun[0].length - noun[1]!.length, noun.index + noun[0].length + 60));
}
