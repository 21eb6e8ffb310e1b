/**
 * A linear axis that stays readable when a few values are far out (one "+45 pp" next
 * to forty changes under 2 pp): the domain covers the inner values with room, and
 * anything beyond is drawn at the edge with a marker and its true value as a label.
 * Tukey's fences (quartiles ± 3 IQR) decide what is far out.
 */

export type ClippedAxis = { domain: [number, number]; ticks: number[]; clipped: boolean };

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
  if (finite.length < MIN_VALUES_TO_CLIP) return { ...niceAxis(lo, hi), clipped: false };
  const q1 = quantile(finite, 0.25);
  const q3 = quantile(finite, 0.75);
  const spread = Math.max(q3 - q1, 1e-9);
  const fenceLo = Math.min(reference, Math.max(lo, q1 - FENCE * spread));
  const fenceHi = Math.max(reference, Math.min(hi, q3 + FENCE * spread));
  const clipped = fenceLo > lo || fenceHi < hi;
  return { ...niceAxis(fenceLo, fenceHi), clipped };
}

const TICKS = 5;
const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** A domain on round numbers (… −5, 0, 5, 10 …) that covers [lo, hi], with its ticks. */
function niceAxis(lo: number, hi: number): { domain: [number, number]; ticks: number[] } {
  const span = hi - lo || 1;
  const raw = span / (TICKS - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = (NICE_STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
  const from = Math.floor(lo / step) * step;
  const to = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = from; t <= to + step / 2; t += step) ticks.push(Number(t.toPrecision(6)));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}

/** A value drawn at the axis edge when it lies beyond it. */
export function clampToAxis(value: number, axis: ClippedAxis): number {
  return Math.min(axis.domain[1], Math.max(axis.domain[0], value));
}
