import type { Quantity } from "./types";
import { rightPhrase, type FoundMetric } from "./find-metric";
import type { QuantityContext } from "./context";
import { applyConversion, LOCAL_CHARS, namedUnit, SIGN_CHARS, type Conversion } from "./convert";
import {
  ACCURACY_COMPARISON_AFTER, ACCURACY_COMPARISON_BEFORE, DECREASE_CUE, INCREASE_CUE, QUALITY_GAIN_CUE, QUALITY_LOSS_CUE,
  LOWER_IS_BETTER_UNIT, REACH_SHARE_BEFORE, RETAIN_BEFORE, SCORE_PAIR_AFTER, SCORE_PAIR_BEFORE, SHARE_OF_REFERENCE_AFTER,
} from "./lexicon";
import { execAll } from "./exec-all";

/*
 * Accuracy claims are signed changes in the metric's own points. A number is one only when it
 * is worded as a comparison, and its sign is the effect on quality.
 */
/** +1 for a gain in quality, −1 for a loss, 0 when the text gives no direction. */
function accuracySign(q: Quantity, metric: FoundMetric, written: string): number {
  // "less than 1 point perplexity increase": a bound on the number says nothing of its direction.
  const local = written.replace(BOUND_CUE, "");
  const lowerIsBetter = metric.flavor === "error" || LOWER_IS_BETTER_UNIT.test(q.unitName ?? "");
  if (q.direction) return (q.direction === "increase") === !lowerIsBetter ? 1 : -1;
  // "0.4% accuracy loss": the loss is named right after the number; "an accuracy degradation of 0.6%" before it, unless it is reduced.
  // The loss word itself ("accuracy drop") is no cue that the loss is reduced: only the words around it are.
  if (LOSS_NAMED.test(metric.text) && (metric.side === "after" || !DECREASE_CUE.test(wordsAroundLoss(local, metric.text)))) return -1;
  if (lowerIsBetter) {
    // "the relative loss in perplexity stays below 1%": a loss of an error metric's quality.
    if (LOSS_OF_METRIC.test(local)) return -1;
    // "surpasses Wanda and SparseGPT by 61.22 and 6.80 perplexity": beating a baseline on an error metric is a gain.
    if (BEATS_BEFORE.test(local.split(NUMBER_MARK)[0]!)) return 1;
    if (DECREASE_CUE.test(local) || /\b(?:better|improv\w*)\b/i.test(local)) return 1;
    if (INCREASE_CUE.test(local)) return -1;
    return 0;
  }
  if (q.positive) return 1;
  if (q.negative) return -1;
  // The cue right after the number ("0.75% accuracy drop") speaks for it; otherwise the nearest one before.
  const [before, after] = local.split(NUMBER_MARK) as [string, string];
  // "adds a further 0.7% accuracy over MobileLLM": a figure placed over a reference is a gain.
  const loss = firstAt(QUALITY_LOSS_CUE, after), gain = Math.min(firstAt(QUALITY_GAIN_CUE, after), firstAt(GAIN_OVER_AFTER, after));
  if (loss !== gain) return loss < gain ? -1 : 1;
  const lossBefore = lastAt(QUALITY_LOSS_ALL, before), gainBefore = lastAt(QUALITY_GAIN_ALL, before);
  if (lossBefore === gainBefore) return 0;
  return lossBefore > gainBefore ? -1 : 1;
}
/**
 * The words that could say a loss named before the number is reduced ("reduces the accuracy drop
 * by 49%"): those of its own clause right before it and those between it and the number, not the
 * loss word itself nor a verb of an earlier claim ("cuts latency by 5.3x, at an accuracy cost of 2%").
 */
function wordsAroundLoss(local: string, loss: string): string {
  const before = local.split(NUMBER_MARK)[0]!;
  const at = before.indexOf(loss);
  if (at < 0) return before;
  const lead = before.slice(Math.max(0, at - 30), at).split(/[,;]/).pop()!;
  return `${lead} ${before.slice(at + loss.length).split(loss).join(" ")}`;
}
/** "the accuracy loss is less than 0.1%": a bound on the number, not a reduction of the loss. */
const BOUND_CUE = /\b(?:less|fewer) than\b/gi;
const LOSS_OF_METRIC = /\b(?:loss(?:es)?|degradation|drop) (?:in|of)\b/i;
const GAIN_OVER_AFTER = /\s(?:over|above|ahead of)\s/i;
/** The sign read from the last `chars` characters before the number, the metric named before it, and the phrase after it. */
function signIn(q: Quantity, metric: FoundMetric, ctx: QuantityContext, metricBefore: string, chars: number): number {
  return accuracySign(q, metric, `${ctx.before.slice(-chars)}${metricBefore}${NUMBER_MARK}${rightPhrase(ctx.after)}`);
}
const firstAt = (re: RegExp, text: string) => re.exec(text)?.index ?? Infinity;
const lastAt = (re: RegExp, text: string) => Math.max(-1, ...execAll(re, text).map((m) => m.index));
/** The cues as global scans, built once rather than per number. */
const QUALITY_LOSS_ALL = new RegExp(QUALITY_LOSS_CUE.source, "gi");
const QUALITY_GAIN_ALL = new RegExp(QUALITY_GAIN_CUE.source, "gi");
/** A measure that is itself a loss ("accuracy drop", "degradation"). */
const BEATS_BEFORE = /\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*)\b[^,;]*$/i;
const LOSS_NAMED = /\b(?:loss|drop|degradation|gap|cost|penalty)$/i;
/** "within 4% of GPT-3": at most that far below the reference. */
export const WITHIN_BEFORE = /\bwithin\s*$/i;
/** Separates the words before the number from those after it in a cue window. */
const NUMBER_MARK = "\u0000";


/**
 * "a 20% relative improvement" is a relative percentage, and so is a percentage of a metric not
 * counted in percent ("perplexity by 12% relative to the dense model"); "0.4% accuracy relative to
 * the floating-point model" is points of a percent metric, "relative to" only naming the baseline.
 */
function relativePercent(sentence: string, metric: FoundMetric): boolean {
  if (/\brelative(?!\s+to\b)|\brelatively\b/i.test(sentence)) return true;
  return /\brelative to\b/i.test(sentence) && !PERCENT_METRIC.test(metric.text);
}
const PERCENT_METRIC = /\b(?:accura\w*|top-[15]|error rate|precision|recall|exact[- ]match)\b/i;

export function convertAccuracy(q: Quantity, metric: FoundMetric, ctx: QuantityContext): Conversion | null {
  const near = ctx.before.slice(-LOCAL_CHARS);
  if (q.form === "percent") {
    // "preserve … original model performance, preserving up to 98.6% across tasks": the measure named before the verb.
    const measureBefore = metric.side === "before" && /\b(?:performance|accuracy|quality)$/i.test(metric.text);
    const retains = RETAIN_BEFORE.test(near) && (measureBefore || /^\s?(?:of\b|(?:the |its )?(?:performance|accuracy|quality)\b)/i.test(ctx.after));
    if (retains || (REACH_SHARE_BEFORE.test(near) && SHARE_OF_REFERENCE_AFTER.test(ctx.after))) {
      return applyConversion(q, "retainedShare", { unit: "rel%" });
    }
  }
  if (SCORE_PAIR_AFTER.test(ctx.after) || SCORE_PAIR_BEFORE.test(ctx.before)) return null;
  // An accuracy number is a claim only when worded as a comparison; "83.6% top-1" is a score.
  const compared =
    q.positive === true || q.negative === true || q.direction !== undefined || ACCURACY_COMPARISON_BEFORE.test(near) || ACCURACY_COMPARISON_AFTER.test(ctx.after);
  if (!compared) return null;
  const metricBefore = metric.side === "before" ? ` ${metric.text}` : "";
  // The verb of a comparison may stand far back ("surpassing well-tuned … baselines DeiT-B by 0.3%").
  const sign = WITHIN_BEFORE.test(ctx.before) ? -1 : signIn(q, metric, ctx, metricBefore, SIGN_CHARS) || signIn(q, metric, ctx, metricBefore, ctx.before.length);
  if (sign === 0) return null;
  const unit = q.form === "percent" && relativePercent(ctx.sentence, metric) ? "rel%" : namedUnit(q, metric) ?? "pp";
  return applyConversion(q, sign < 0 ? "loss" : "gain", { unit });
}

