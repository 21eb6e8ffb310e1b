import type { DatasetIndex } from "../dataset/dataset-index";
import type { Claim, HardwareClass } from "../schema";
import { chartKind } from "./chart-kind";
import type { ViewState } from "./url-state";

export const MAX_TRADEOFF_POINTS = 300;

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
