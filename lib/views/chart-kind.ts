import type { Claim, ClaimKind } from "../schema";
import type { ViewState } from "./url-state";

/** What every chart agrees on: the kind it draws and the unit it draws it in. */

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

export function inUnit(claim: Claim, unit: string): boolean {
  return claim.kind !== "accuracy" || (claim.unit ?? "pp") === unit;
}
