import type { DatasetIndex } from "../dataset/dataset-index";
import type { Claim, ClaimKind, HardwareClass } from "../schema";
import { chartedAccuracyUnit, chartKind, inUnit, isMultiplierKind, unitLabel } from "./chart-kind";
import { baselineName } from "./baseline-name";
import { explainClaim } from "./explain-claim";
import type { ViewState } from "./url-state";

/**
 * Bounded, serializable chart inputs. The server reduces any number of claims to
 * at most a few hundred marks, so the client only receives what it draws and the
 * chart says honestly how much it left out.
 */

export const MAX_BARS = 60;

export * from "./chart-kind";
export * from "./tradeoff-data";
export * from "./distribution-data";

export type BarDatum = {
  id: string;
  /** Paper title (cut short) on the first bar of each paper's group, "" on the rest. */
  groupLabel: string;
  /** The full title, on the first bar of a group only; the evidence sentence loads with the tooltip (lib/views/claim-evidence.ts). */
  paperTitle?: string;
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
        ...(i === 0 ? { groupLabel: shortTitle(title), paperTitle: title } : { groupLabel: "" }),
        span: c.min !== undefined ? [c.min, c.value] : [reference, c.value],
        value: c.value,
        ...(c.min !== undefined ? { min: c.min } : {}),
        hw: c.hardware.class,
        ...(c.hardware.device ? { device: c.hardware.device } : {}),
        qualifier: c.qualifier,
        ...(baselineName(c) ? { baseline: baselineName(c) } : {}),
        conversion: explainClaim(c).conversion,
        unit: unitLabel(kind, c.unit),
        ...(c.status === "corrected" || c.status === "added" ? { status: c.status } : {}),
      });
    });
    if (bars.length >= MAX_BARS) break;
  }
  return { kind, unit, log, bars, total: drawable.length, excluded: ofKind - drawable.length };
}
