import type { Qualifier } from "../schema";
import type { ClaimDraft, Quantity } from "./types";
import { findMetric, rightPhrase, type FoundMetric, type ScannedContext } from "./find-metric";
import { detectQualifier } from "./qualifier";
import {
  ACCURACY_COMPARISON_AFTER, ACCURACY_COMPARISON_BEFORE, BARE_SHARE_AFTER, CONFIGURATION_AFTER, CONFIGURATION_BEFORE, DECREASE_CUE,
  INCREASE_CUE, QUALITY_GAIN_CUE, QUALITY_LOSS_CUE, REACH_SHARE_BEFORE, RETAIN_BEFORE, SCALE_AFTER,
  SHARE_OF_AFTER, SHARE_OF_BEFORE, SHARE_OF_REFERENCE_AFTER, METRIC_TERM, termOfMatch, UNKNOWN_MEASURE_AFTER, SCALE_BEFORE, SCORE_PAIR_AFTER, SCORE_PAIR_BEFORE,
} from "./lexicon";

/** The text around a quantity within its sentence. */
export interface QuantityContext {
  /** Text before the quantity (before the first item, for a list). */
  before: string;
  /** Text after the quantity (after the last item, for a list). */
  after: string;
  sentence: string;
  /** The claim drafted for the previous quantity of the same sentence, for lists and ellipsis. */
  previous?: { draft: ClaimDraft; gap: string };
  /** Metric terms of the sentence, scanned once for all its numbers. */
  scanned?: ScannedContext;
}

/** "… by 35% on 4090 GPU and by roughly 15% on A800": the second number continues the first. */
const CONTINUATION_GAP = /(?:^\s*(?:,|and|or|\/|,\s*and|,\s*or)?\s*$|\b(?:and|,)\s+(?:[\w-]+\s+){0,2}(?:by\s+)?(?:[\w-]+\s+){0,1}$)/i;
const MAX_CONTINUATION_GAP = 60;
const LOCAL_CHARS = 60;
const SIGN_CHARS = 80;

/** The words from just before the metric up to the number: where a direction verb lives ("reduce inference time on X by 55%"). */
function cueWindow(metric: FoundMetric, before: string): string {
  const reach = metric.side === "before" ? metric.distance + metric.text.length + 30 : 0;
  return before.slice(-Math.max(LOCAL_CHARS, reach));
}
const NAMED_UNIT = /\b(BLEU|FID|mAP|AP(?:50|75)?|mIoU|PPL|WER|CIDEr|ROUGE(?:-[\dL])?|PSNR|SSIM|F1)\b/;

/** Percent on a lower-is-better quantity: "reduces latency by 37%" → 1/(1−0.37). */
function reductionFactor(percent: number): number | null {
  return percent >= 100 ? null : 1 / (1 - percent / 100);
}
const CONVERSIONS = {
  reduction: reductionFactor,
  increase: (p: number) => 1 + p / 100,
  shareOf: (p: number) => 100 / p,
  retainedShare: (p: number) => -(100 - p),
  slowdown: (p: number) => 1 - p / 100,
  gain: (p: number) => p,
  loss: (p: number) => -p,
} satisfies Record<string, (p: number) => number | null>;
type ConversionName = keyof typeof CONVERSIONS;

const RULE_OF: Record<ConversionName, string> = {
  reduction: "percent/reduction",
  increase: "percent/increase",
  shareOf: "percent/share-of",
  retainedShare: "percent/retained-share",
  slowdown: "percent/slowdown",
  gain: "accuracy/gain",
  loss: "accuracy/loss",
};

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

interface Conversion {
  name: ConversionName | "multiplier";
  value: number | null;
  min?: number;
  unit?: string;
  rule: string;
}

function applyConversion(q: Quantity, name: ConversionName, extra: Partial<Conversion> = {}): Conversion {
  const f = CONVERSIONS[name];
  const value = f(q.value);
  const min = q.min === undefined ? undefined : f(q.min);
  // The end of larger magnitude is the value (CLAIMS.md: "0.2–0.3% drop" → −0.3, min −0.2); 100/P reverses a range's order.
  const ordered =
    value === null || min === undefined || min === null
      ? { value }
      : Math.abs(value) >= Math.abs(min) ? { value, min } : { value: min, min: value };
  const rule = q.form === "points" ? `points/${name === "loss" ? "loss" : "gain"}` : RULE_OF[name];
  return { name, ...ordered, rule, ...extra };
}

function namedUnit(q: Quantity, metric: FoundMetric): string | undefined {
  return q.unitName ?? NAMED_UNIT.exec(metric.text)?.[1];
}

const LOWER_IS_BETTER_UNIT = /^(?:FID|PPL|WER)$/;
/** +1 for a gain in quality, −1 for a loss, 0 when the text gives no direction. */
function accuracySign(q: Quantity, metric: FoundMetric, local: string): number {
  const lowerIsBetter = metric.flavor === "error" || LOWER_IS_BETTER_UNIT.test(q.unitName ?? "");
  if (q.direction) return (q.direction === "increase") === !lowerIsBetter ? 1 : -1;
  // "0.4% accuracy loss": the loss is named right after the number.
  if (metric.side === "after" && /\b(?:loss|drop|degradation|gap)$/i.test(metric.text)) return -1;
  if (lowerIsBetter) {
    if (DECREASE_CUE.test(local) || /\b(?:better|improv\w*)\b/i.test(local)) return 1;
    if (INCREASE_CUE.test(local)) return -1;
    return 0;
  }
  if (q.positive) return 1;
  // The cue right after the number ("0.75% accuracy drop") speaks for it; otherwise the nearest one before.
  const [before, after] = local.split(NUMBER_MARK) as [string, string];
  const first = (re: RegExp) => re.exec(after)?.index ?? Infinity;
  const loss = first(QUALITY_LOSS_CUE), gain = first(QUALITY_GAIN_CUE);
  if (loss !== gain) return loss < gain ? -1 : 1;
  const last = (re: RegExp) => Math.max(-1, ...[...before.matchAll(new RegExp(re.source, "gi"))].map((m) => m.index));
  const lossBefore = last(QUALITY_LOSS_CUE), gainBefore = last(QUALITY_GAIN_CUE);
  if (lossBefore === gainBefore) return 0;
  return lossBefore > gainBefore ? -1 : 1;
}
/** A lower rate is a claim only against a baseline: "18% lower than", "12% slower compared with". */
const SLOWDOWN_AGAINST = /\b(?:than|compared|relative to|versus|vs\.?)\b/i;
/** "within 4% of GPT-3": at most that far below the reference. */
const WITHIN_BEFORE = /\bwithin\s*$/i;
/** Separates the words before the number from those after it in a cue window. */
const NUMBER_MARK = "\u0000";

function convertAccuracy(q: Quantity, metric: FoundMetric, ctx: QuantityContext): Conversion | null {
  const near = ctx.before.slice(-LOCAL_CHARS);
  if (q.form === "percent") {
    const retains = RETAIN_BEFORE.test(near) && /^\s?(?:of\b|(?:the |its )?(?:performance|accuracy|quality)\b)/i.test(ctx.after);
    if (retains || (REACH_SHARE_BEFORE.test(near) && SHARE_OF_REFERENCE_AFTER.test(ctx.after))) {
      return applyConversion(q, "retainedShare", { unit: "rel%" });
    }
  }
  if (SCORE_PAIR_AFTER.test(ctx.after) || SCORE_PAIR_BEFORE.test(ctx.before)) return null;
  // An accuracy number is a claim only when worded as a comparison; "83.6% top-1" is a score.
  const compared =
    q.positive === true || q.direction !== undefined || ACCURACY_COMPARISON_BEFORE.test(near) || ACCURACY_COMPARISON_AFTER.test(ctx.after);
  if (!compared) return null;
  const metricBefore = metric.side === "before" ? ` ${metric.text}` : "";
  const signIn = (chars: number) =>
    accuracySign(q, metric, `${ctx.before.slice(-chars)}${metricBefore}${NUMBER_MARK}${rightPhrase(ctx.after)}`);
  // The verb of a comparison may stand far back ("surpassing well-tuned … baselines DeiT-B by 0.3%").
  const sign = WITHIN_BEFORE.test(ctx.before) ? -1 : signIn(SIGN_CHARS) || signIn(ctx.before.length);
  if (sign === 0) return null;
  const unit = q.form === "percent" && /\brelative\b/i.test(ctx.sentence) ? "rel%" : namedUnit(q, metric) ?? "pp";
  return applyConversion(q, sign < 0 ? "loss" : "gain", { unit });
}

function convertPercent(q: Quantity, metric: FoundMetric, ctx: QuantityContext): Conversion | null {
  const near = ctx.before.slice(-LOCAL_CHARS);
  const local = `${cueWindow(metric, ctx.before)} ${rightPhrase(ctx.after)}`;
  if (SHARE_OF_BEFORE.test(near) && SHARE_OF_AFTER.test(ctx.after)) return applyConversion(q, "shareOf");
  if (BARE_SHARE_AFTER.test(ctx.after)) return null;
  const decrease = DECREASE_CUE.test(local);
  const increase = INCREASE_CUE.test(local) || q.positive === true;
  if (metric.flavor === "rate") {
    if (increase) return applyConversion(q, "increase");
    // "only 18% lower than on an A100": a slowdown against a baseline is a speedup below 1 (CLAIMS.md).
    return decrease && SLOWDOWN_AGAINST.test(rightPhrase(ctx.after) + ctx.after.slice(0, 60)) ? applyConversion(q, "slowdown") : null;
  }
  if (decrease) return applyConversion(q, "reduction");
  if (metric.kind === "speedup" && increase) return applyConversion(q, "increase");
  return null;
}

/**
 * "from X to Y": a quality metric changes by the signed difference (lower-is-better metrics
 * flipped); a cost changes by the ratio, kept only when it improved (a ratio above 1).
 */
function convertChange(q: Quantity, metric: FoundMetric): Conversion | null {
  const from = q.from!;
  if (metric.kind === "accuracy") {
    const lowerIsBetter = metric.flavor === "error" || LOWER_IS_BETTER_UNIT.test(metric.text.toUpperCase());
    const delta = (q.value - from) * (lowerIsBetter ? -1 : 1);
    const unit = q.unitName === "%" ? "pp" : NAMED_UNIT.exec(metric.text)?.[1] ?? "pp";
    return { name: delta < 0 ? "loss" : "gain", value: round(delta), unit, rule: "from-to/difference" };
  }
  const ratio = metric.flavor === "rate" ? q.value / from : from / q.value;
  return ratio > 1 ? { name: "multiplier", value: round(ratio), rule: "from-to/ratio" } : null;
}

function convert(q: Quantity, metric: FoundMetric, ctx: QuantityContext): Conversion | null {
  if (q.form === "change") return convertChange(q, metric);
  if (metric.kind === "accuracy") return q.form === "multiplier" ? null : convertAccuracy(q, metric, ctx);
  if (q.form === "points") return null;
  if (q.form === "percent") return convertPercent(q, metric, ctx);
  const phrase = rightPhrase(ctx.after);
  // "3x more memory" is a cost, not a saving: only efficiency-like terms grow in the good direction.
  if (metric.flavor === "amount" && /\b(?:more|larger|higher|increase[sd]?)\b/i.test(phrase) && !DECREASE_CUE.test(phrase)) {
    return null;
  }
  return { name: "multiplier", value: q.value, ...(q.min !== undefined ? { min: q.min } : {}), rule: q.rule };
}

/** Continuing a previous claim: the same measure, converted the same way. */
function continueConversion(q: Quantity, previous: ClaimDraft): Conversion | null {
  if (previous.quantity.form !== q.form) return null;
  if (q.form === "multiplier") return { name: "multiplier", value: q.value, ...(q.min !== undefined ? { min: q.min } : {}), rule: q.rule };
  const name = (Object.keys(RULE_OF) as ConversionName[]).find((n) => previous.rule.endsWith(RULE_OF[n].split("/")[1]!));
  return name ? applyConversion(q, name, previous.unit ? { unit: previous.unit } : {}) : null;
}

function isConfiguration(q: Quantity, ctx: QuantityContext): boolean {
  if (q.form !== "percent" && q.form !== "change") return false;
  return CONFIGURATION_BEFORE.test(ctx.before.slice(-40)) || CONFIGURATION_AFTER.test(ctx.after.slice(0, 60));
}

/** Word numbers ("half", "twice") only count right next to their measure: "twice as fast", "cut memory by half". */
function wordNumberPlausible(q: Quantity, metric: FoundMetric, ctx: QuantityContext): boolean {
  if (q.rule !== "word-number") return true;
  if (metric.side === "after") return metric.distance <= 20;
  return /\b(?:by|in|to)\s*$/i.test(ctx.before) && metric.distance <= 40;
}

/** Interprets one quantity in its sentence; returns one draft per kind it claims, or none. */
export function interpretQuantity(q: Quantity, ctx: QuantityContext): ClaimDraft[] {
  if (isConfiguration(q, ctx)) return [];
  if (q.form === "multiplier" && (SCALE_AFTER.test(ctx.after) || SCALE_BEFORE.test(ctx.before))) return [];

  const previous = ctx.previous?.draft;
  const continues =
    previous !== undefined && ctx.previous!.gap.length <= MAX_CONTINUATION_GAP && CONTINUATION_GAP.test(ctx.previous!.gap);
  let metric = findMetric(ctx.before, ctx.after, q.form, ctx.scanned);
  if (!metric && q.form === "percent" && WITHIN_BEFORE.test(ctx.before)) {
    metric = { kind: "accuracy", flavor: "quality", text: "performance", distance: 0, side: "before", generic: true };
  }
  if (q.form === "points" && !metric) {
    const flavor = LOWER_IS_BETTER_UNIT.test(q.unitName ?? "") ? "error" : "quality";
    metric = { kind: "accuracy", flavor, text: q.unitName ?? "points", distance: 0, side: "after" };
  }
  let conversion: Conversion | null = null;
  // An item that names no measure of its own right beside it continues the previous one.
  const ownMeasure = metric && (metric.side === "after" || metric.distance < (ctx.previous?.gap.length ?? Infinity));
  if (continues && !ownMeasure) {
    conversion = continueConversion(q, previous);
    if (conversion) metric = { kind: previous.kind, flavor: "rate", text: previous.metric ?? "", distance: 0, side: "before" };
  }
  if (!metric) return [];
  if (!conversion) {
    if (!wordNumberPlausible(q, metric, ctx)) return [];
    if (metric.side === "before" && UNKNOWN_MEASURE_AFTER.test(ctx.after)) return [];
    conversion = convert(q, metric, ctx);
    // "save nearly 50% FLOPs … and nearly 40% FLOPs": a later number of the same measure keeps the direction.
    // Accuracy figures only continue a retained share: after "outperforms X by 7.85%", "71.27% accuracy" is a score.
    const continuable = previous && previous.kind === metric.kind && (metric.kind !== "accuracy" || previous.rule === RULE_OF.retainedShare);
    if (!conversion && continuable) conversion = continueConversion(q, previous);
  }
  if (!conversion) return [];

  let qualifier: Qualifier = detectQualifier(ctx.before, ctx.after);
  if (qualifier === "exact" && previous && continues) qualifier = previous.qualifier;
  if (metric.kind === "accuracy" && WITHIN_BEFORE.test(ctx.before)) qualifier = "at_most";

  const draft: ClaimDraft = {
    quantity: q,
    kind: metric.kind,
    value: conversion.value === null ? null : round(conversion.value),
    ...(conversion.min !== undefined ? { min: round(conversion.min) } : {}),
    ...(conversion.unit ? { unit: conversion.unit } : {}),
    qualifier,
    ...(metric.text ? { metric: metric.text } : {}),
    rule: conversion.rule,
  };
  return [draft, ...secondKind(draft, metric, ctx)];
}

/** "only 15% of the parameters and computational complexity": one number, two kinds (CLAIMS.md). */
const TWO_MEASURES = /^\s?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:and|&)\s+((?:[\w-]+\s*){1,3})/i;
function secondKind(draft: ClaimDraft, metric: FoundMetric, ctx: QuantityContext): ClaimDraft[] {
  if (draft.kind === "accuracy" || metric.side !== "after") return [];
  const joined = TWO_MEASURES.exec(ctx.after.slice(0, 80));
  if (!joined || !metric.text.toLowerCase().endsWith(joined[1]!.toLowerCase())) return [];
  const other = [...joined[2]!.matchAll(METRIC_TERM)].flatMap((m) => (m.index === 0 ? termOfMatch(m) : []))[0];
  if (!other || other.generic || other.kind === draft.kind || other.kind === "accuracy") return [];
  const conversion = convert(draft.quantity, { ...other, text: joined[2]!.trim(), distance: 0, side: "after" }, ctx);
  if (!conversion || conversion.value === null) return [];
  return [{ ...draft, kind: other.kind, value: round(conversion.value), metric: joined[2]!.trim() }];
}
