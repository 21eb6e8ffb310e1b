import { HARDWARE_CLASSES, type Claim, type ClaimKind, type HardwareClass } from "../schema";
import { chartedAccuracyUnit, chartKind, inUnit, isMultiplierKind } from "./chart-kind";
import type { ViewState } from "./url-state";

export const MAX_POINTS_PER_CLASS = 120;

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
