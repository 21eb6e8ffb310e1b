import type { ClaimDraft, Quantity } from "./types";
import type { FoundMetric } from "./find-metric";
import { rightPhrase } from "./find-metric";
import type { QuantityContext } from "./context";
import { convertAccuracy } from "./convert-accuracy";
import { CONVERSION_TABLE, RULE_OF, type ConversionName } from "./conversions";
import { BARE_SHARE_AFTER, DECREASE_CUE, REDUCED_TO_BEFORE, INCREASE_CUE, LOWER_IS_BETTER_UNIT, REACH_SHARE_BEFORE, SHARE_OF_AFTER, SHARE_OF_BEFORE } from "./lexicon";

/*
 * From a number as written to its normalized value (CLAIMS.md, "Conversions, in one place").
 * Every conversion is one named row; a claim's rule id says which one produced it.
 */
export const LOCAL_CHARS = 60;
export const SIGN_CHARS = 80;

/** The words from just before the metric up to the number: where a direction verb lives ("reduce inference time on X by 55%"). */
export function cueWindow(metric: FoundMetric, before: string): string {
  const reach = metric.side === "before" ? metric.distance + metric.text.length + 30 : 0;
  return before.slice(-Math.max(LOCAL_CHARS, reach));
}
export const NAMED_UNIT = /\b(BLEU|FID|mAP|AP(?:50|75)?|mIoU|PPL|WER|CIDEr|ROUGE(?:-[\dL])?|PSNR|SSIM|F1)\b/;

export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export interface Conversion {
  name: ConversionName | "multiplier";
  value: number | null;
  min?: number;
  unit?: string;
  rule: string;
}

export function applyConversion(q: Quantity, name: ConversionName, extra: { unit?: string } = {}): Conversion {
  const f = CONVERSION_TABLE[name].compute;
  const value = f(q.value);
  const min = q.min === undefined ? undefined : f(q.min);
  // The end of larger magnitude is the value (CLAIMS.md: "0.2–0.3% drop" → −0.3, min −0.2); 100/P reverses a range's order.
  const rule = q.form === "points" ? `points/${name === "loss" ? "loss" : "gain"}` : RULE_OF[name];
  const conversion: Conversion = { name, value, rule };
  if (value !== null && min !== undefined && min !== null) {
    if (Math.abs(value) < Math.abs(min)) [conversion.value, conversion.min] = [min, value];
    else conversion.min = min;
  }
  if (extra.unit !== undefined) conversion.unit = extra.unit;
  return conversion;
}

/** Metric names spelled out that have a unit of their own ("perplexity" is PPL, CLAIMS.md "Accuracy specifics"). */
const SPELLED_UNITS: [RegExp, string][] = [
  [/\bperplexit(?:y|ies)\b/i, "PPL"],
  [/\bword error rates?\b/i, "WER"],
];

/** The unit a metric's name carries, abbreviated or spelled out. */
export function metricUnit(metricText: string): string | undefined {
  return NAMED_UNIT.exec(metricText)?.[1] ?? SPELLED_UNITS.find(([re]) => re.test(metricText))?.[1];
}

export function namedUnit(q: Quantity, metric: FoundMetric): string | undefined {
  return q.unitName ?? metricUnit(metric.text);
}


/** "saving 20% of", "cuts 30% of": a verb of saving right before the share. */
const SAVED_SHARE_BEFORE = /\b(?:sav(?:e|es|ed|ing)|cut(?:s|ting)?|eliminat\w*|remov(?:e|es|ed|ing)|trim(?:s|med|ming)?|filter(?:s|ed|ing)? out|skip(?:s|ped|ping)?)\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|roughly\s+|approximately\s+|~\s?)?$/i;
const REDUCED_UP_TO_SHARE = /\b(?:reduc|cut|lower|decreas|sav)\w*\b[^,;]{0,40}\bup to\s+$/i;
const IMPROVE_CUE = /\b(?:improv\w*|better|enhanc\w*|optimi[sz]\w*)\b/i;

/** A lower rate is a claim only against a baseline: "18% lower than", "12% slower compared with". */
const SLOWDOWN_AGAINST = /\b(?:than|compared|relative to|versus|vs\.?)\b/i;

/** How far back a direction verb may stand before a list of measures ("reducing ViT encoding latency and LLM pre-filling latency by 24.5%"). */
const CLAUSE_REACH = 120;
/** The words before the number back to its clause's start or the previous number, within CLAUSE_REACH. */
function ownClause(before: string): string {
  const head = before.slice(-CLAUSE_REACH);
  let from = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    const c = head[i]!;
    if (c === ";" || c === "," || c === "%" || c === "×" || (c >= "0" && c <= "9")) {
      from = i + 1;
      break;
    }
  }
  return head.slice(from);
}

const JOINED_REDUCTION_AFTER = /^\s?[\w-]+(?:\s[\w-]+)?\s(?:and|&)\s(?:an?\s)?(?:\d+(?:\.\d+)?%\s)?(?:[\w-]+\s){0,2}(?:reductions?|savings?|decreases?|cuts?)\b/i;

/** Qualifiers that read like directions ("up", "more"): not a cue for the number they bound. */
const BOUND_WORDS = /\b(?:up to|more than)\b/gi;

function convertPercent(q: Quantity, metric: FoundMetric, ctx: QuantityContext): Conversion | null {
  const near = ctx.before.slice(-LOCAL_CHARS);
  let local = `${cueWindow(metric, ctx.before)} ${rightPhrase(ctx.after)}`;
  if (!DECREASE_CUE.test(local) && !INCREASE_CUE.test(local)) local = `${ownClause(ctx.before)} ${rightPhrase(ctx.after)}`;
  // "up to 80% memory and a 20% FLOPs reduction", "80% memory and energy reductions": the reduction after the joined measure is this number's too.
  if (!DECREASE_CUE.test(local) && !INCREASE_CUE.test(local.replace(BOUND_WORDS, "")) && JOINED_REDUCTION_AFTER.test(ctx.after)) local += " reduction";
  if ((SHARE_OF_BEFORE.test(near) && SHARE_OF_AFTER.test(ctx.after)) || (REDUCED_TO_BEFORE.test(near) && metric.flavor !== "rate")) return applyConversion(q, "shareOf");
  // "saving 20% of computation": the share saved, a reduction by it.
  if (SAVED_SHARE_BEFORE.test(near) && SHARE_OF_AFTER.test(ctx.after) && metric.side === "after" && metric.flavor !== "rate") return applyConversion(q, "reduction");
  // "reaches 85% of the FP16 kernel's speed": a share of the baseline's rate (CLAIMS.md).
  if (metric.flavor === "rate" && REACH_SHARE_BEFORE.test(near) && SHARE_OF_AFTER.test(ctx.after)) return applyConversion(q, "rateShare");
  // "reduces the activation memory up to 84% of full fine-tuning": a reduction by at most that share of the baseline's.
  if (REDUCED_UP_TO_SHARE.test(near) && SHARE_OF_AFTER.test(ctx.after) && metric.flavor !== "rate") return applyConversion(q, "reduction");
  if (BARE_SHARE_AFTER.test(ctx.after)) return null;
  const decrease = DECREASE_CUE.test(local);
  const increase = INCREASE_CUE.test(local) || q.positive === true;
  if (metric.flavor === "rate") {
    // "12% slower than the dense baseline": the measure is itself the slowdown.
    if (/^slower$/i.test(metric.text)) return SLOWDOWN_AGAINST.test(rightPhrase(ctx.after) + ctx.after.slice(0, 60)) ? applyConversion(q, "slowdown") : null;
    if (increase) return applyConversion(q, "increase");
    // "only 18% lower than on an A100": a slowdown against a baseline is a speedup below 1 (CLAIMS.md).
    return decrease && SLOWDOWN_AGAINST.test(rightPhrase(ctx.after) + ctx.after.slice(0, 60)) ? applyConversion(q, "slowdown") : null;
  }
  if (decrease) return applyConversion(q, "reduction");
  // "improving mean latency up to 6.1%": a better time is a shorter one.
  if (metric.flavor === "time" && IMPROVE_CUE.test(local)) return applyConversion(q, "reduction");
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
    const unit = q.unitName === "%" ? "pp" : metricUnit(metric.text) ?? "pp";
    return { name: delta < 0 ? "loss" : "gain", value: round(delta), unit, rule: "from-to/difference" };
  }
  const ratio = metric.flavor === "rate" ? q.value / from : from / q.value;
  return ratio > 1 ? { name: "multiplier", value: round(ratio), rule: "from-to/ratio" } : null;
}


export function convert(q: Quantity, metric: FoundMetric, ctx: QuantityContext): Conversion | null {
  if (q.form === "change") return convertChange(q, metric);
  if (metric.kind === "accuracy") return q.form === "multiplier" ? null : convertAccuracy(q, metric, ctx);
  if (q.form === "points") return null;
  if (q.form === "percent") return convertPercent(q, metric, ctx);
  const phrase = rightPhrase(ctx.after);
  // "3x more memory" is a cost, not a saving: only efficiency-like terms grow in the good direction.
  if (metric.flavor === "amount" && /\b(?:more|larger|higher|increase[sd]?)\b/i.test(phrase) && !DECREASE_CUE.test(phrase)) {
    return null;
  }
  // "2x slower than the GPU": a slowdown is a speedup below 1 (CLAIMS.md); a range of slowdowns is left out.
  if (/^slower$/i.test(metric.text)) return q.min === undefined && q.value > 1 ? { name: "multiplier", value: round(1 / q.value), rule: `${q.rule}/slowdown` } : null;
  return { name: "multiplier", value: q.value, ...(q.min !== undefined ? { min: q.min } : {}), rule: q.rule };
}


/** Continuing a previous claim: the same measure, converted the same way. */
export function continueConversion(q: Quantity, previous: ClaimDraft): Conversion | null {
  if (previous.quantity.form !== q.form) return null;
  if (q.form === "multiplier") return { name: "multiplier", value: q.value, ...(q.min !== undefined ? { min: q.min } : {}), rule: q.rule };
  const name = (Object.keys(RULE_OF) as ConversionName[]).find((n) => previous.rule.endsWith(RULE_OF[n].split("/")[1]!));
  return name ? applyConversion(q, name, previous.unit ? { unit: previous.unit } : {}) : null;
}

