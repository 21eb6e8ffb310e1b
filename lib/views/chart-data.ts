import type { DatasetIndex } from "../dataset/dataset-index";
import { HARDWARE_CLASSES, type Claim, type ClaimKind, type HardwareClass } from "../schema";
import { baselineName } from "./baseline-name";
import { explainClaim } from "./explain-claim";
import type { ViewState } from "./url-state";

/**
 * Bounded, serializable chart inputs. The server reduces any number of claims to
 * at most a few hundred marks, so the client only receives what it draws and the
 * chart says honestly how much it left out.
 */

export const MAX_BARS = 60;
export const MAX_TRADEOFF_POINTS = 300;
export const MAX_POINTS_PER_CLASS = 120;

/** The kind the charts draw: the single chosen kind, else the first chosen, else speedup. */
export function chartKind(state: ViewState): ClaimKind {
  return state.kind[0] ?? "speedup";
}

export function isMultiplierKind(kind: ClaimKind): boolean {
  return kind !== "accuracy";
}

export function unitLabel(kind: ClaimKind, unit?: string): string {
  return isMultiplierKind(kind) ? "×" : unit ?? "pp";
}

/**
 * Accuracy changes come in different units (pp, rel%, BLEU, FID, ...) that cannot
 * share an axis: a chart draws the most common unit and says how many it left out.
 */
export function chartedAccuracyUnit(claims: Claim[]): string {
  const counts = new Map<string, number>();
  for (const c of claims) {
    if (c.kind !== "accuracy" || c.value === null) continue;
    const unit = c.unit ?? "pp";
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] === "pp" ? -1 : 1))[0]?.[0] ?? "pp";
}

function inUnit(claim: Claim, unit: string): boolean {
  return claim.kind !== "accuracy" || (claim.unit ?? "pp") === unit;
}

export type BarDatum = {
  id: string;
  paperId: string;
  /** Paper title on the first bar of each paper's group, "" on the rest. */
  groupLabel: string;
  paperTitle: string;
  /** [from, to]: a range is drawn min–max; a single value from the 1× (or 0) reference. */
  span: [number, number];
  value: number;
  min?: number;
  hw: HardwareClass;
  device?: string;
  qualifier: string;
  baseline?: string;
  /** How the value came from the words (lib/views/explain-claim.ts). */
  conversion: string;
  sentence: string;
  unit: string;
  /** Set when a person reviewed the claim (corrected or added), for the tooltip's mark. */
  status?: "corrected" | "added";
};

export type BarsData = { kind: ClaimKind; unit: string; log: boolean; bars: BarDatum[]; total: number; excluded: number };

function shortTitle(title: string): string {
  return title.length > 60 ? `${title.slice(0, 59)}…` : title;
}

/** `claims` must already be in table order; bars keep it, so a group is one paper. */
export function barsData(index: DatasetIndex, claims: Claim[], state: ViewState): BarsData {
  const kind = chartKind(state);
  const log = isMultiplierKind(kind) && state.scale === "log";
  const reference = isMultiplierKind(kind) ? 1 : 0;
  const unit = isMultiplierKind(kind) ? "×" : chartedAccuracyUnit(claims);
  const drawable = claims.filter(
    (c): c is Claim & { value: number } =>
      c.kind === kind && c.value !== null && inUnit(c, unit) && (!log || (c.value > 0 && (c.min ?? 1) > 0)),
  );
  const ofKind = claims.filter((c) => c.kind === kind).length;
  // Group by paper, keeping the first appearance order of each paper.
  const groups = new Map<string, (Claim & { value: number })[]>();
  for (const c of drawable) groups.set(c.paperId, [...(groups.get(c.paperId) ?? []), c]);
  const bars: BarDatum[] = [];
  for (const [paperId, group] of groups) {
    const title = index.paperById.get(paperId)?.title ?? paperId;
    group.forEach((c, i) => {
      if (bars.length >= MAX_BARS) return;
      bars.push({
        id: c.id,
        paperId,
        groupLabel: i === 0 ? shortTitle(title) : "",
        paperTitle: title,
        span: c.min !== undefined ? [c.min, c.value] : [reference, c.value],
        value: c.value,
        ...(c.min !== undefined ? { min: c.min } : {}),
        hw: c.hardware.class,
        ...(c.hardware.device ? { device: c.hardware.device } : {}),
        qualifier: c.qualifier,
        ...(baselineName(c) ? { baseline: baselineName(c) } : {}),
        conversion: explainClaim(c).conversion,
        sentence: c.evidence.sentence,
        unit: unitLabel(kind, c.unit),
        ...(c.status === "corrected" || c.status === "added" ? { status: c.status } : {}),
      });
    });
    if (bars.length >= MAX_BARS) break;
  }
  return { kind, unit, log, bars, total: drawable.length, excluded: ofKind - drawable.length };
}

export type TradeoffPoint = {
  paperId: string;
  title: string;
  x: number;
  y: number;
  hw: HardwareClass;
  pareto: boolean;
};
export type TradeoffData = { xKind: "speedup" | "memory"; points: TradeoffPoint[]; total: number };

/**
 * One point per paper that reports both: its best multiplier against its worst
 * accuracy change (the conservative reading of the trade-off).
 */
export function tradeoffData(index: DatasetIndex, claims: Claim[], state: ViewState): TradeoffData {
  const xKind = chartKind(state) === "memory" ? "memory" : "speedup";
  const best = new Map<string, Claim & { value: number }>();
  const worstAccuracy = new Map<string, number>();
  for (const c of claims) {
    if (c.value === null) continue;
    if (c.kind === xKind && c.value > 0 && c.value > (best.get(c.paperId)?.value ?? -Infinity)) {
      best.set(c.paperId, c as Claim & { value: number });
    }
    if (c.kind === "accuracy" && (c.unit ?? "pp") === "pp") worstAccuracy.set(c.paperId, Math.min(c.value, worstAccuracy.get(c.paperId) ?? Infinity));
  }
  const points: TradeoffPoint[] = [];
  for (const [paperId, claim] of best) {
    const y = worstAccuracy.get(paperId);
    if (y === undefined) continue;
    points.push({ paperId, title: index.paperById.get(paperId)?.title ?? paperId, x: claim.value, y, hw: claim.hardware.class, pareto: false });
  }
  markParetoFrontier(points);
  const total = points.length;
  // Keep the whole frontier, then the fastest of the rest, so the cap never hides the frontier.
  const kept = [...points.filter((p) => p.pareto), ...points.filter((p) => !p.pareto).sort((a, b) => b.x - a.x)];
  return { xKind, points: kept.slice(0, MAX_TRADEOFF_POINTS), total };
}

/** A point is on the frontier when no other point is at least as good on both axes and better on one. */
export function markParetoFrontier(points: { x: number; y: number; pareto: boolean }[]): void {
  const byX = [...points].sort((a, b) => b.x - a.x || b.y - a.y);
  let bestY = -Infinity;
  for (const p of byX) {
    if (p.y > bestY) {
      p.pareto = true;
      bestY = p.y;
    }
  }
}

export type BoxStats = { hw: HardwareClass; n: number; min: number; q1: number; median: number; q3: number; max: number };
export type DistributionPoint = { hw: HardwareClass; slot: number; x: number; y: number; id: string };
export type DistributionData = { kind: ClaimKind; unit: string; boxes: BoxStats[]; points: DistributionPoint[]; total: number };

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/** Deterministic jitter in [-0.28, 0.28] from the claim id, so a shared link draws the same dots. */
function jitter(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (((h >>> 0) % 1000) / 1000 - 0.5) * 0.56;
}

export function distributionData(claims: Claim[], state: ViewState): DistributionData {
  const kind = chartKind(state);
  const log = isMultiplierKind(kind) && state.scale === "log";
  const unit = isMultiplierKind(kind) ? "×" : chartedAccuracyUnit(claims);
  const boxes: BoxStats[] = [];
  const points: DistributionPoint[] = [];
  let total = 0;
  HARDWARE_CLASSES.forEach((hw, slot) => {
    const ofClass = claims.filter(
      (c): c is Claim & { value: number } =>
        c.kind === kind && c.hardware.class === hw && c.value !== null && inUnit(c, unit) && (!log || c.value > 0),
    );
    if (ofClass.length === 0) return;
    total += ofClass.length;
    const values = ofClass.map((c) => c.value).sort((a, b) => a - b);
    boxes.push({
      hw,
      n: values.length,
      min: values[0] as number,
      q1: quantile(values, 0.25),
      median: quantile(values, 0.5),
      q3: quantile(values, 0.75),
      max: values[values.length - 1] as number,
    });
    const stride = Math.max(1, Math.ceil(ofClass.length / MAX_POINTS_PER_CLASS));
    for (let i = 0; i < ofClass.length; i += stride) {
      const c = ofClass[i] as Claim & { value: number };
      points.push({ hw, slot, x: slot + jitter(c.id), y: c.value, id: c.id });
    }
  });
  return { kind, unit, boxes, points, total };
}
