import type { ClaimKind, Qualifier } from "../schema";
import type { ClaimDraft, Quantity } from "./types";
import { findMetric, rightPhrase, type FoundMetric } from "./find-metric";
import { detectQualifier } from "./qualifier";
import { findBaseline } from "./baseline";
import {
  CONFIGURATION_NEAR, DECREASE_CUE, INCREASE_CUE, QUALITY_GAIN_CUE, QUALITY_LOSS_CUE,
  RETAIN_BEFORE, SCALE_AFTER, SHARE_OF_AFTER, SHARE_OF_BEFORE,
} from "./lexicon";

/** The text around a quantity within its sentence. */
export interface QuantityContext {
  before: string;
  after: string;
  sentence: string;
  /** The claim drafted for the previous quantity of the same sentence, for lists and ellipsis. */
  previous?: { draft: ClaimDraft; gap: string };
}

const LIST_GAP = /^\s*(?:,|and|or|\/|,\s*and|,\s*or|and by|,\s*and by|by|respectively,?)?\s*(?:by\s+)?$/i;
const LOCAL_CHARS = 60;
const NAMED_UNIT = /\b(BLEU|FID|mAP|AP(?:50|75)?|mIoU|PPL|WER|CIDEr|ROUGE(?:-[\dL])?|PSNR|SSIM|F1)\b/;

function lastWords(text: string, n: number): string {
  return text.split(/\s+/).slice(-n).join(" ");
}

/** Percent on a lower-is-better quantity: "reduces latency by 37%" → 1/(1−0.37). */
function reductionFactor(percent: number): number | null {
  return percent >= 100 ? null : 1 / (1 - percent / 100);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

interface Conversion {
  value: number | null;
  min?: number;
  unit?: string;
  rule: string;
  qualifier?: Qualifier;
}

function convertPercent(q: Quantity, metric: FoundMetric, ctx: QuantityContext): Conversion | null {
  const local = `${ctx.before.slice(-LOCAL_CHARS)} ${rightPhrase(ctx.after)}`;
  const decrease = DECREASE_CUE.test(local);
  const increase = INCREASE_CUE.test(local) || q.positive === true;
  const shareOf = SHARE_OF_BEFORE.test(ctx.before.slice(-LOCAL_CHARS)) && SHARE_OF_AFTER.test(ctx.after);
  const map = (f: (p: number) => number | null) => {
    const value = f(q.value);
    const min = q.min === undefined ? undefined : f(q.min);
    // Conversions can reverse order (100/P): keep value as the upper end.
    if (value === null || min === null || min === undefined) return { value, ...(min != null ? { min } : {}) };
    return { value: Math.max(value, min), min: Math.min(value, min) };
  };

  if (metric.kind === "accuracy") {
    if (RETAIN_BEFORE.test(ctx.before.slice(-LOCAL_CHARS))) {
      return { ...map((p) => -(100 - p)), unit: "rel%", rule: "percent/retained-share" };
    }
    const unit = /\brelative\b/i.test(ctx.sentence) ? "rel%" : namedUnit(q, metric) ?? "pp";
    const sign = accuracySign(q, metric, local);
    if (sign === 0) return null;
    return { ...map((p) => sign * p), unit, rule: sign < 0 ? "percent/accuracy-loss" : "percent/accuracy-gain" };
  }
  if (shareOf) return { ...map((p) => 100 / p), rule: "percent/share-of" };
  if (metric.flavor === "rate") {
    if (increase) return { ...map((p) => 1 + p / 100), rule: "percent/increase" };
    return null;
  }
  if (decrease) return { ...map(reductionFactor), rule: "percent/reduction" };
  if (metric.kind === "speedup" && increase) return { ...map((p) => 1 + p / 100), rule: "percent/increase" };
  return null;
}

function namedUnit(q: Quantity, metric: FoundMetric): string | undefined {
  return q.unitName ?? NAMED_UNIT.exec(metric.text)?.[1];
}

/** +1 for a gain in quality, −1 for a loss, 0 when the text gives no direction (an absolute score). */
function accuracySign(q: Quantity, metric: FoundMetric, local: string): number {
  if (metric.flavor === "error") {
    if (DECREASE_CUE.test(local) || /\b(?:better|improv\w*)\b/i.test(local)) return 1;
    if (INCREASE_CUE.test(local)) return -1;
    return 0;
  }
  if (QUALITY_LOSS_CUE.test(local)) return -1;
  if (QUALITY_GAIN_CUE.test(local) || q.positive) return 1;
  return 0;
}

function convert(q: Quantity, metric: FoundMetric, ctx: QuantityContext): Conversion | null {
  switch (q.form) {
    case "multiplier": {
      if (metric.kind === "accuracy") return null;
      if (metric.text.toLowerCase() === "slower") {
        return { value: round(1 / q.value), rule: `${q.rule}/slowdown` };
      }
      const phrase = rightPhrase(ctx.after);
      // "3x more memory" is a cost, not a saving: only efficiency-like terms grow in the good direction.
      if (metric.flavor === "amount" && /\b(?:more|larger|higher|increase[sd]?)\b/i.test(phrase) && !DECREASE_CUE.test(phrase)) return null;
      return { value: q.value, ...(q.min !== undefined ? { min: q.min } : {}), rule: q.rule };
    }
    case "percent":
      return convertPercent(q, metric, ctx);
    case "points": {
      const local = `${ctx.before.slice(-LOCAL_CHARS)} ${rightPhrase(ctx.after)}`;
      const sign = accuracySign(q, metric, local);
      if (sign === 0) return null;
      return { value: sign * q.value, unit: namedUnit(q, metric) ?? "pp", rule: q.rule };
    }
  }
}

function isConfiguration(q: Quantity, ctx: QuantityContext): boolean {
  if (q.form !== "percent") return false;
  const near = `${lastWords(ctx.before, 4)} ${ctx.after.split(/\s+/).slice(0, 4).join(" ")}`;
  return CONFIGURATION_NEAR.test(near);
}

/** Interprets one quantity in its sentence; returns one draft per kind it claims, or none. */
export function interpretQuantity(q: Quantity, ctx: QuantityContext): ClaimDraft[] {
  if (isConfiguration(q, ctx)) return [];
  if (q.form === "multiplier" && SCALE_AFTER.test(ctx.after)) return [];

  const inList = ctx.previous !== undefined && LIST_GAP.test(ctx.previous.gap);
  let metric = findMetric(ctx.before, ctx.after, q.form);
  if (q.form === "points" && !metric) {
    metric = { kind: "accuracy", flavor: "quality", text: q.unitName ?? "points", distance: 0, side: "after" };
  }
  const previous = ctx.previous?.draft;
  // Elliptical list items ("by 35% on 4090 GPU, and by roughly 15% on A800") take the
  // previous item's measure when they name none of their own nearby.
  if (previous && inList && (!metric || metric.distance > ctx.previous!.gap.length + 2)) {
    metric = { kind: previous.kind, flavor: flavorOf(previous), text: previous.metric ?? "", distance: 0, side: "before" };
  }
  if (!metric) return [];

  const conversion = convert(q, metric, ctx);
  if (!conversion) return [];
  let qualifier = conversion.qualifier ?? detectQualifier(ctx.before, ctx.after);
  if (qualifier === "exact" && previous && inList) qualifier = previous.qualifier;
  if (q.form === "percent" && metric.kind === "accuracy" && /\bwithin\s*$/i.test(ctx.before)) qualifier = "at_most";

  const draft: ClaimDraft = {
    quantity: q,
    kind: metric.kind,
    value: conversion.value === null ? null : round(conversion.value),
    ...(conversion.min !== undefined ? { min: round(conversion.min) } : {}),
    ...(conversion.unit ? { unit: conversion.unit } : {}),
    qualifier,
    ...(metric.text ? { metric: metric.text } : {}),
    ...optionalBaseline(ctx.after, ctx.before, previous, inList),
    rule: conversion.rule,
  };
  return [draft, ...secondKind(draft, metric, ctx)];
}

const flavorByKind: Record<ClaimKind, FoundMetric["flavor"]> = {
  speedup: "rate", memory: "amount", accuracy: "quality", energy: "amount", compute: "amount", cost: "amount",
};
function flavorOf(d: ClaimDraft): FoundMetric["flavor"] {
  return d.rule === "percent/reduction" && d.kind === "speedup" ? "time" : flavorByKind[d.kind];
}

function optionalBaseline(after: string, before: string, previous: ClaimDraft | undefined, inList: boolean) {
  const baseline = findBaseline(after, before) ?? (inList ? previous?.baseline : undefined);
  return baseline ? { baseline } : {};
}

/** "only 15% of the parameters and computational complexity": one number, two kinds (CLAIMS.md). */
function secondKind(draft: ClaimDraft, metric: FoundMetric, ctx: QuantityContext): ClaimDraft[] {
  if (draft.quantity.form === "points" || draft.kind === "accuracy") return [];
  const phrase = rightPhrase(ctx.after);
  const joined = /^(.*?)\b(?:and|&)\s+(.+)$/i.exec(phrase);
  if (!joined || !joined[1]!.includes(metric.text)) return [];
  const other = findMetric("", ` ${joined[2]}`, draft.quantity.form);
  if (!other || other.kind === draft.kind || other.kind === "accuracy" || other.distance > 3) return [];
  const conversion = convert(draft.quantity, other, ctx);
  if (!conversion || conversion.value === null) return [];
  return [{ ...draft, kind: other.kind, value: round(conversion.value), metric: other.text }];
}
