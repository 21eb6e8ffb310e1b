"use client";
import { memo, useRef, useState } from "react";
import type { BarsData, DistributionData, TradeoffData } from "@/lib/views/chart-data";
import { HARDWARE_COLORS, HARDWARE_ORDER } from "@/lib/views/hardware-colors";
import type { HardwareClass } from "@/lib/schema";
import BarsChart from "./bars-chart";
import { exportPng, exportSvg, type ExportTheme, type LegendItem } from "./chart-export";
import DistributionChart from "./distribution-chart";
import { useElementWidth } from "./use-element-width";
import TradeoffChart from "./tradeoff-chart";

export type ChartInput =
  | { type: "bars"; data: BarsData }
  | { type: "tradeoff"; data: TradeoffData; log: boolean }
  | { type: "distribution"; data: DistributionData; log: boolean };

const EMPTY_MESSAGES: Record<ChartInput["type"], string> = {
  bars: "No claim of this kind with a drawable value under the current filters: pick another kind above, or see the table.",
  tradeoff: "No paper under the current filters reports both a multiplier of this kind and an accuracy change.",
  distribution: "No claim of this kind with a drawable value under the current filters.",
};

type Props = {
  chart: ChartInput;
  /** Canonical query string of the chart's view (table page left out), so tests and benchmarks can tell when the chart caught up. */
  view: string;
  version: string;
  filters: string;
  /** The chart's title for exports (lib/views/explorer-chart.ts). */
  title: string;
  /** The view's link for the export footnote: relative unless a public origin is configured. */
  link: string;
};

/** The hardware classes the chart draws, in class order: the export's legend. */
function legendOf(chart: ChartInput): LegendItem[] {
  const classes = new Set<HardwareClass>(
    chart.type === "bars" ? chart.data.bars.map((b) => b.hw) : chart.type === "tradeoff" ? chart.data.points.map((p) => p.hw) : chart.data.boxes.map((b) => b.hw),
  );
  const items = HARDWARE_ORDER.filter((hw) => classes.has(hw)).map((hw) => ({ label: hw, color: HARDWARE_COLORS[hw] }));
  return chart.type === "bars" && chart.data.bars.some((b) => b.min !== undefined) ? [...items, { label: "paler: a range (min–max)", color: "#bbbbbb" }] : items;
}

function ChartPanel({ chart, view, version, filters, title, link }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useState<ExportTheme>("light");
  const run = (format: "svg" | "png") => {
    const svg = box.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) return;
    const spec = { title, subtitle: `Filters: ${filters}`, legend: legendOf(chart), version, link, theme };
    const name = `claimscope-${chart.type}.${format}`;
    if (format === "svg") exportSvg(svg, spec, name);
    else void exportPng(svg, spec, name);
  };
  const marks = chart.type === "bars" ? chart.data.bars.length : chart.data.points.length;
  const empty = marks === 0;
  const width = useElementWidth(box);
  // What the chart draws names it: a changed chart mounts anew (Recharts draws a new chart in
  // fewer passes than it updates one), an unchanged one (another compare selection) stays.
  const drawn = JSON.stringify(chart);
  return (
    <div>
      <div className="chart-box" ref={box} data-chart-view={view} data-chart-type={chart.type} data-marks={marks}>
        {empty ? (
          <p className="empty">{EMPTY_MESSAGES[chart.type]}</p>
        ) : width === null ? null : chart.type === "bars" ? (
          <BarsChart key={drawn} data={chart.data} width={width} />
        ) : chart.type === "tradeoff" ? (
          <TradeoffChart key={drawn} data={chart.data} log={chart.log} width={width} />
        ) : (
          <DistributionChart key={drawn} data={chart.data} log={chart.log} width={width} />
        )}
      </div>
      <div className="toolbar export-toolbar">
        <button type="button" onClick={() => run("svg")} disabled={empty}>
          Export SVG
        </button>
        <button type="button" onClick={() => run("png")} disabled={empty}>
          Export PNG
        </button>
        <label className="small">
          <input type="checkbox" checked={theme === "dark"} onChange={(e) => setTheme(e.target.checked ? "dark" : "light")} /> dark background
        </label>
      </div>
    </div>
  );
}

/**
 * A navigation that leaves the chart as it was (another table page) does not redraw it: the
 * props arrive as new objects, so they are compared by content (a few KB, against a redraw of
 * ~100 ms in Recharts).
 */
function sameChart(a: Props, b: Props): boolean {
  return a.view === b.view && a.version === b.version && a.filters === b.filters && a.title === b.title && a.link === b.link && JSON.stringify(a.chart) === JSON.stringify(b.chart);
}

export default memo(ChartPanel, sameChart);
