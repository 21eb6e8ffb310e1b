/**
 * A linear axis that stays readable when a few values are far out (one "+45 pp" next
 * to forty changes under 2 pp): the domain covers the inner values with room, and
 * anything beyond is drawn at the edge with a marker and its true value as a label.
 * Tukey's fences (quartiles ± 3 IQR) decide what is far out.
 */

export type ClippedAxis = { domain: [number, number]; clipped: boolean };

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const FENCE = 3;
const MIN_VALUES_TO_CLIP = 8;

/** `reference` (0 for changes, 1 for multipliers) always stays on the axis. */
export function clippedAxis(values: number[], reference: number): ClippedAxis {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  const lo = Math.min(reference, finite[0] ?? reference);
  const hi = Math.max(reference, finite.at(-1) ?? reference);
  if (finite.length < MIN_VALUES_TO_CLIP) return { domain: pad(lo, hi), clipped: false };
  const q1 = quantile(finite, 0.25);
  const q3 = quantile(finite, 0.75);
  const spread = Math.max(q3 - q1, 1e-9);
  const fenceLo = Math.min(reference, Math.max(lo, q1 - FENCE * spread));
  const fenceHi = Math.max(reference, Math.min(hi, q3 + FENCE * spread));
  const clipped = fenceLo > lo || fenceHi < hi;
  return { domain: pad(fenceLo, fenceHi), clipped };
}

function pad(lo: number, hi: number): [number, number] {
  const room = (hi - lo || 1) * 0.05;
  return [Number((lo - room).toPrecision(3)), Number((hi + room).toPrecision(3))];
}

/** A value drawn at the axis edge when it lies beyond it. */
export function clampToAxis(value: number, axis: ClippedAxis): number {
  return Math.min(axis.domain[1], Math.max(axis.domain[0], value));
}
