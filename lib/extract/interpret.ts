import type { Qualifier } from "../schema";
import type { ClaimDraft, Quantity } from "./types";
import { findMetric, type FoundMetric } from "./find-metric";
import { measureList, measureListBefore, openingMeasure } from "./sentence-measures";
import { detectQualifier, qualifierAfter } from "./qualifier";
import type { QuantityContext } from "./context";
import { continueConversion, convert, round, type Conversion } from "./convert";
import { RULE_OF } from "./conversions";
import { WITHIN_BEFORE } from "./convert-accuracy";
import { aboutPriorWork, accuracyProblem } from "./accuracy-sanity";
import { dropped, note } from "./trace";
import { wordMatches } from "./word-scan";
import { LOWER_IS_BETTER_UNIT, METRIC_TERM, SCALE_AFTER, SCALE_BEFORE, SHARE_OF_AFTER, termOfMatch } from "./lexicon";
import { isConfiguration, namesUnknownMeasure, symbolBound, wordNumberPlausible } from "./quantity-checks";

export type { QuantityContext } from "./context";

/** "… by 35% on 4090 GPU and by roughly 15% on A800": the second number continues the first. */
const CONTINUATION_GAP = /(?:^\s*(?:,|and|or|\/|,\s*and|,\s*or)?\s*$|(?:\band|,)\s+(?:[\w-]+\s+){0,3}(?:by\s+)?(?:[\w-]+\s+){0,1}$)/i;
const MAX_CONTINUATION_GAP = 140;
/** The measure a unit names (Quantity.unitMeasure). */
const UNIT_TERM = {
  memory: { kind: "memory", flavor: "amount" },
  time: { kind: "speedup", flavor: "time" },
  energy: { kind: "energy", flavor: "amount" },
  cost: { kind: "cost", flavor: "amount" },
  rate: { kind: "speedup", flavor: "rate" },
} as const;

const RESPECTIVELY = /\brespectively\b/i;
/** RESPECTIVELY on the sentence, tested once per sentence rather than per number (a sentence may hold a hundred). */
let lastSentence: string | undefined;
let lastRespectively = false;
function saysRespectively(sentence: string): boolean {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastRespectively = RESPECTIVELY.test(sentence);
  }
  return lastRespectively;
}
const GAIN_BY_BEFORE = /\b(?:improv\w*|gains?|outperform\w*|surpass\w*|boost\w*)\b[^;]{0,80}\bby\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+)?$/i;
const BARE_LOSS_AFTER = /^\s?(?:drop|loss|degradation|decline)\b(?!\s+(?:in|of)\s)/i;
const BENCHMARK_AFTER = /^\s?(?:on|in)\s+(?:the\s+)?(?:ImageNet|COCO|ADE20K|CIFAR|GLUE|SuperGLUE|SQuAD|MMLU|GSM8K|HumanEval|MBPP|LongBench|VBench|MT-Bench|[\w-]+\s(?:classification|detection|segmentation|benchmarks?))/i;
const ACTIVATING_BEFORE = /\bactivat(?:e|es|ed|ing)\s+(?:only\s+|just\s+)?$/i;
const SPEED_CONTEXT = /\b(?:FPGAs?|GPUs?|CPUs?|ASICs?|NPUs?|accelerators?|throughput|latency|speed-?ups?|faster)\b/i;
const QUALITY_CONTEXT = /\b(?:accuracy|accurate|BLEU|perplexity|F1|scores?|mAP|top-[15]|quality|benchmarks?|tasks?)\b/i;

const FORM_SIGN = { multiplier: "×", percent: "%", points: " pts", change: " (change)" } as const;
function numberLabel(q: Quantity): string {
  return `${q.from !== undefined ? `${q.from}→` : ""}${q.min !== undefined ? `${q.min}–` : ""}${q.value}${FORM_SIGN[q.form]}`;
}

/**
 * Interprets one quantity in its sentence; returns one draft per kind it claims, or none.
 * The steps run in this order, each recording in the trace why it kept, dropped or changed the number.
 */
export function interpretQuantity(q: Quantity, ctx: QuantityContext): ClaimDraft[] {
  // Labels are for the trace only: no string building on the hot path when nobody reads it.
  const label = ctx.trace ? numberLabel(q) : "";
  const { trace } = ctx;
  if (trace) note(trace, label, "found", "found", `rule ${q.rule}`);
  if (isConfiguration(q, ctx)) return dropped(trace, label, "configuration", "a setting (sparsity, pruning ratio, share of data, tokens, bits), not a comparison");
  if ((q.form === "multiplier" && (SCALE_AFTER.test(ctx.after) || SCALE_BEFORE.test(ctx.before))) || (q.form === "percent" && SCALE_AFTER.test(ctx.after))) {
    return dropped(trace, label, "scale", "a capability or scale statement (larger models, longer context)");
  }

  const previous = ctx.previous?.draft;
  const continues =
    previous !== undefined && ctx.previous!.gap.length <= MAX_CONTINUATION_GAP && CONTINUATION_GAP.test(ctx.previous!.gap);
  const paired =
    ctx.position &&
    (measureList(ctx.after, q.form, ctx.position.size, ctx.scanned) ?? (saysRespectively(ctx.sentence) ? measureListBefore(ctx.before, q.form, ctx.position.size, ctx.scanned) : undefined))?.[ctx.position.index];
  let metric = paired || findMetric(ctx.before, ctx.after, q.form, ctx.scanned);
  if (paired && trace) note(trace, label, "measure", "kept", `item ${ctx.position!.index + 1} of a list of numbers paired with a list of measures`);
  // "The end-to-end performance of X … surpasses Y by 87%": a weak verb yields to the measure the sentence opens with.
  if (!metric || metric.generic) metric = openingMeasure(ctx.sentence, q.form, ctx.scanned) ?? metric;
  // "within 1% of GPT-3"; "further improvements … by 0.5% on ImageNet-1K classification": a gain on a quality benchmark is accuracy.
  // "close to lossless, with less than 0.5% drop": a loss with no measure named is a loss of accuracy.
  // "lowers latency to 268s at the cost of only a 0.09% drop on VBench": a loss on a benchmark is accuracy, whatever the sentence measured before.
  const lossOnBenchmark = q.form === "percent" && BARE_LOSS_AFTER.test(ctx.after) && BENCHMARK_AFTER.test(ctx.after.replace(BARE_LOSS_AFTER, ""));
  if ((!metric || lossOnBenchmark) && q.form === "percent" && (WITHIN_BEFORE.test(ctx.before) || BARE_LOSS_AFTER.test(ctx.after) || (GAIN_BY_BEFORE.test(ctx.before) && BENCHMARK_AFTER.test(ctx.after)))) {
    metric = { kind: "accuracy", flavor: "quality", text: lossOnBenchmark ? "benchmark score" : "performance", distance: 0, side: "before", generic: true };
  }
  // "drops from 4,223 USD to 18 USD", "from 24 GB to 9.6 GB": the unit says what was measured.
  if (q.unitMeasure && metric?.kind !== UNIT_TERM[q.unitMeasure].kind) metric = { ...UNIT_TERM[q.unitMeasure], text: q.unitMeasure, distance: 0, side: "after" };
  // "1.8 lower perplexity than X at 500M MACs": a named unit is the number's own measure, whatever follows it.
  // Points are accuracy-like whatever else the sentence measures ("1.7x faster … while scoring 0.9 points higher"), and so is a pair of named scores ("47.8 mAP vs. 46.5 mAP").
  if ((q.form === "points" && (!metric || metric.kind !== "accuracy" || (q.unitName && !/^(?:points?|pp)$/i.test(q.unitName)))) || (q.form === "change" && q.unitName && q.unitName !== "%")) {
    const flavor = LOWER_IS_BETTER_UNIT.test(q.unitName ?? "") ? "error" : "quality";
    metric = { kind: "accuracy", flavor, text: q.unitName ?? "points", distance: 0, side: "after" };
  }
  const parallel = parallelMeasure(q, metric, ctx);
  if (parallel) {
    metric = parallel;
    if (trace) note(trace, label, "measure", "changed", `item ${ctx.position!.index + 1} of a list parallel to the claims before it: ${parallel.text}`);
  }
  if (metric && trace) note(trace, label, "measure", "kept", `"${metric.text}" ${metric.side} the number → ${metric.kind} (${metric.flavor})`);
  let conversion: Conversion | null = null;
  // An item that names no measure of its own right beside it continues the previous one.
  const ownMeasure = metric && (metric.side === "after" || metric.distance < (ctx.previous?.gap.length ?? Infinity));
  if (continues && !ownMeasure) {
    conversion = continueConversion(q, previous);
    if (conversion) {
      metric = { kind: previous.kind, flavor: "rate", text: previous.metric ?? "", distance: 0, side: "before" };
      if (trace) note(trace, label, "continuation", "changed", `continues the list before it: ${previous.kind}, converted as ${conversion.rule}`);
    }
  }
  // "against the FPGA accelerator FlightLLM it improves performance by 10%~24%": in a sentence about hardware and speed, performance is speed.
  if (metric?.kind === "accuracy" && q.form === "percent" && metric.side === "before" && /^performance$/i.test(metric.text) && SPEED_CONTEXT.test(ctx.sentence) && !QUALITY_CONTEXT.test(ctx.sentence)) {
    metric = { ...metric, kind: "speedup", flavor: "rate", generic: false };
    if (trace) note(trace, label, "measure", "changed", "performance in a sentence about hardware and speed is speed");
  }
  // "activating 30-40% of the model's parameters": the share of parameters that compute is computation (docs/claims.md).
  if (metric?.kind === "memory" && ACTIVATING_BEFORE.test(ctx.before)) metric = { ...metric, kind: "compute" };
  if (metric?.outside) {
    // "1.44x improvement in compute density and energy efficiency": the measure joined to it is the claim's.
    const joined = metric.side === "after" ? joinedMeasure(ctx.after.slice(metric.distance + metric.text.length)) : undefined;
    if (!joined) return dropped(trace, label, "measure", `"${metric.text}" is configuration or efficiency per resource, outside the kinds`);
    metric = joined;
    if (trace) note(trace, label, "measure", "changed", `"${joined.text}" joined to an efficiency per resource`);
  }
  if (!metric) return dropped(trace, label, "measure", "no measure (latency, memory, accuracy, …) names what the number is");
  if (!conversion) {
    if (!wordNumberPlausible(q, metric, ctx)) return dropped(trace, label, "word-number", "a number word not right beside its measure");
    if (namesUnknownMeasure(metric, ctx.after)) return dropped(trace, label, "measure", "the number's own words name an unknown measure");
    conversion = convert(q, metric, ctx);
    // "save nearly 50% FLOPs … and nearly 40% FLOPs": a later number of the same measure keeps the direction.
    // Accuracy figures only continue a retained share: after "outperforms X by 7.85%", "71.27% accuracy" is a score.
    const continuable = previous && previous.kind === metric.kind && (metric.kind !== "accuracy" || previous.rule === RULE_OF.retainedShare);
    // "reducing both active parameters by 40% and inference costs by 90%": one verb for a list of costs.
    const sharedVerb = previous && continues && previous.rule === RULE_OF.reduction && metric.kind !== "accuracy" && metric.flavor !== "rate";
    // "with only 28% of their parameters and 31% of their inference time": one verb for a list of shares.
    const sharedShare = previous && continues && previous.rule === RULE_OF.shareOf && metric.kind !== "accuracy" && metric.flavor !== "rate" && SHARE_OF_AFTER.test(ctx.after);
    if (!conversion && (continuable || sharedVerb || sharedShare)) conversion = continueConversion(q, previous!);
  }
  if (!conversion) return dropped(trace, label, "conversion", `no comparison wording converts it for ${metric.kind} (an absolute score, a cost increase, no direction)`);
  if (trace) note(trace, label, "conversion", "kept", `${conversion.rule} → ${conversion.value}${conversion.min !== undefined ? ` (min ${conversion.min})` : ""}`);

  // "by up to 1.48x (1.22x on average)": the last item of a list may carry a cue of its own.
  const lastOfList = ctx.position !== undefined && ctx.position.size > 1 && ctx.position.index === ctx.position.size - 1;
  let qualifier: Qualifier = (lastOfList ? qualifierAfter(ctx.after) : undefined) ?? detectQualifier(ctx.before, ctx.after, ctx.sentence);
  // A qualifier in front of a list applies to every item (CLAIMS.md); a range states its own bounds.
  // "… by up to 5.2x and end-to-end latency by 1.6x": a number with its own "by" is a phrase of its own.
  if (qualifier === "exact" && previous && continues && q.min === undefined && !NEW_PREDICATE.test(ctx.previous!.gap) && !symbolBound(previous, q, ctx)) qualifier = previous.qualifier;
  if (metric.kind === "accuracy" && WITHIN_BEFORE.test(ctx.before)) qualifier = "at_most";

  const draft: ClaimDraft = { quantity: q, kind: metric.kind, value: conversion.value === null ? null : round(conversion.value), qualifier, rule: conversion.rule };
  if (conversion.min !== undefined) draft.min = round(conversion.min);
  if (conversion.unit) draft.unit = conversion.unit;
  if (metric.text) draft.metric = metric.text;
  if (aboutPriorWork(ctx.sentence)) return dropped(trace, label, "baseline-only", "the sentence is about earlier work, with nothing of the paper's own");
  const problem = accuracyProblem(draft, ctx);
  if (problem) return dropped(trace, label, "accuracy-sanity", problem);
  // A number paired with one measure of a list states that measure only.
  const second = paired ? [] : secondKind(draft, metric, ctx);
  if (second.length && trace) note(trace, label, "second-kind", "kept", `the same number also states ${second.map((d) => d.kind).join(", ")}`);
  return [draft, ...second];
}

/** "up to 1.68x over X, outperforming Medusa with 88.7% fewer parameters": a new verb or comparison starts a phrase of its own. */
const NEW_PREDICATE = /;|\b(?:by|outperform\w*|surpass\w*|beat\w*|(?<!compared )with|while|stays?|remains?|runs?|(?:it|they) (?:is|are)|achiev\w*|reduc\w*|improv\w*|deliver\w*|yield\w*|sav(?:e|es|ed|ing)|using|requir\w*|eliminat\w*|remov\w*|cuts|cutting|shr[iu]nk\w*|compress\w*|accelerat\w*|ris(?:e|es|ing)|rose|rais\w*)\b/i;

/** The measure right after "and" at the start of `rest`, if one is named there. */
function joinedMeasure(rest: string): FoundMetric | undefined {
  const and = /^\s+(?:and|&)\s+/.exec(rest);
  if (!and) return undefined;
  const tail = rest.slice(and[0].length);
  const m = wordMatches(tail, METRIC_TERM).find((hit) => hit.index === 0);
  const term = m && termOfMatch(m).find((t) => !t.outside && !t.generic);
  return term ? { ...term, text: m[0], distance: 0, side: "after" } : undefined;
}

/** "only 15% of the parameters and computational complexity": one number, two kinds (CLAIMS.md). */
const TWO_MEASURES = /^\s?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?([\w-]+)\s+(?:and|&)\s+((?:[\w-]+\s*){1,3})/i;
function secondKind(draft: ClaimDraft, metric: FoundMetric, ctx: QuantityContext): ClaimDraft[] {
  if (draft.kind === "accuracy" || metric.side !== "after") return [];
  const joined = TWO_MEASURES.exec(ctx.after.slice(0, 80));
  if (!joined || !metric.text.toLowerCase().endsWith(joined[1]!.toLowerCase())) return [];
  const other = [...wordMatches(joined[2]!, METRIC_TERM)].flatMap((m) => (m.index === 0 ? termOfMatch(m) : []))[0];
  if (!other || other.generic || other.kind === draft.kind || other.kind === "accuracy") return [];
  const conversion = convert(draft.quantity, { ...other, text: joined[2]!.trim(), distance: 0, side: "after" }, ctx);
  if (!conversion || conversion.value === null) return [];
  return [{ ...draft, kind: other.kind, value: round(conversion.value), metric: joined[2]!.trim() }];
}

/**
 * "41-137x speedup and 631-1074x higher energy efficiency than a GPU, and 123-383x and 320-602x
 * over a CPU": a list of multipliers in a clause of its own, naming no measure, after as many claims
 * of different measures as it has items, repeats those measures in order.
 */
const NEW_CLAUSE_GAP = /(?:,\s*and|;)\s/i;
function parallelMeasure(q: Quantity, metric: FoundMetric | undefined, ctx: QuantityContext): FoundMetric | undefined {
  const { earlier, position, previous } = ctx;
  if (!earlier || !position || !previous || q.form !== "multiplier" || position.size < 2) return undefined;
  const parallel = earlier.slice(-position.size);
  // A measure of its own: after the list, or between it and the claim before that is not that claim's.
  if (metric && (metric.side === "after" || (metric.distance < previous.gap.length && metric.text !== parallel.at(-1)!.metric))) return undefined;
  if (!NEW_CLAUSE_GAP.test(previous.gap)) return undefined;
  if (new Set(parallel.map((d) => d.kind)).size !== position.size || parallel.some((d) => d.quantity.form !== "multiplier" || !d.metric)) return undefined;
  const found = findMetric(parallel[position.index]!.metric!, "", q.form);
  return found && { ...found, distance: 0, side: "before" };
}
