import type { BarDatum, BarsData } from "./chart-data";
import { clampToAxis, clippedAxis } from "./axis-clip";
import { formatMultiplier, logDomain } from "./chart-scale";

/**
 * What the side-by-side bars chart draws besides the bars themselves: its axis, labels and
 * paper bands. One module for the interactive chart (app/_components/bars-chart.tsx) and the
 * server-drawn first paint (lib/views/static-bars-svg.ts), so the swap between them is not a jump.
 */

/** Margins and label column of the chart, wide and on a phone (max-width: 640px). */
export const BARS_FRAME = {
  top: 12,
  bottom: 28,
  left: 4,
  /** The x axis under the bars: tick marks, tick labels. */
  xAxisHeight: 30,
  wide: { labelWidth: 240, right: 72, maxChars: 34 },
  narrow: { labelWidth: 112, right: 56, maxChars: 14 },
} as const;

/** Pixels between two bars of neighbouring rows. */
export const BAR_CATEGORY_GAP = 3;

const KIND_AXIS: Record<string, string> = {
  speedup: "speedup",
  memory: "memory reduction",
  energy: "energy efficiency",
  compute: "compute reduction",
  cost: "cost reduction",
  accuracy: "accuracy change",
};

export type BarsAxis = { log: boolean; domain: [number, number]; ticks: number[]; clipped: boolean; reference: number };

/** Log axes use 1-2-5 ticks; linear axes clip far outliers (drawn to the edge, ▸ and their true value as label). */
export function barsAxis(data: BarsData): BarsAxis {
  const reference = data.kind === "accuracy" ? 0 : 1;
  const values = data.bars.flatMap((b) => b.span);
  if (data.log) return { log: true, ...logDomain(values), clipped: false, reference };
  return { log: false, ...clippedAxis(values, reference), reference };
}

/** The span a bar is drawn over: its own on a log axis, cut to the axis edge on a linear one. */
export function drawnSpan(bar: BarDatum, axis: BarsAxis): [number, number] {
  return axis.log ? bar.span : [clampToAxis(bar.span[0], axis), clampToAxis(bar.span[1], axis)];
}

export function barsAxisTitle(data: BarsData, axis: BarsAxis): string {
  return `${KIND_AXIS[data.kind]} (${data.unit}${axis.log ? ", log scale" : ""}${axis.clipped ? "; ▸ beyond the axis" : ""})`;
}

export function barsTickText(data: BarsData, value: number): string {
  return data.kind !== "accuracy" ? formatMultiplier(value) : `${Number(value.toPrecision(3))}`;
}

/** "2.5×", "1.2–3×", "+0.4 pp", "−0.3 to +0.4 pp": a range never with a dash that looks like a minus. */
export function barValueText(d: Pick<BarDatum, "min" | "value" | "unit">): string {
  const n = (v: number) => String(Number(v.toPrecision(3))).replace("-", "−");
  if (d.unit === "×") return d.min !== undefined ? `${n(d.min)}–${n(d.value)}×` : `${n(d.value)}×`;
  const signed = (v: number) => `${v > 0 ? "+" : ""}${n(v)}`;
  return `${d.min !== undefined ? `${signed(d.min)} to ` : ""}${signed(d.value)} ${d.unit}`;
}

/** The label beside a bar; ▸ marks a value beyond a clipped axis. */
export function barLabelText(d: BarDatum, axis: BarsAxis): string {
  const beyond = !axis.log && (d.value > axis.domain[1] || d.value < axis.domain[0]) ? "▸ " : "";
  return `${beyond}${barValueText(d)}`;
}

/** One line per label, cut to what fits the label column (long titles would wrap into neighbours). */
export function truncateLabel(label: string, maxChars: number): string {
  return label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label;
}

/** Bars of one paper, first and last id; alternate groups get a faint band so a paper's bars read as one. */
export function paperGroups(bars: BarDatum[]): { first: string; last: string }[] {
  const groups: { first: string; last: string }[] = [];
  for (const bar of bars) {
    const current = groups[groups.length - 1];
    if (bar.groupLabel || !current) groups.push({ first: bar.id, last: bar.id });
    else current.last = bar.id;
  }
  return groups;
}
