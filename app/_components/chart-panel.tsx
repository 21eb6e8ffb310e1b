"use client";
import { useRef } from "react";
import type { BarsData, DistributionData, TradeoffData } from "@/lib/chart-data";
import BarsChart from "./bars-chart";
import { exportPng, exportSvg } from "./chart-export";
import DistributionChart from "./distribution-chart";
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
  /** Canonical query string of the view, so tests and benchmarks can tell when the chart caught up. */
  view: string;
  version: string;
  filters: string;
};

export default function ChartPanel({ chart, view, version, filters }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const run = (format: "svg" | "png") => {
    const svg = box.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) return;
    const footnote = { version, filters, link: window.location.href };
    const name = `claimscope-${chart.type}.${format}`;
    if (format === "svg") exportSvg(svg, footnote, name);
    else void exportPng(svg, footnote, name);
  };
  const marks = chart.type === "bars" ? chart.data.bars.length : chart.data.points.length;
  const empty =
    (chart.type === "bars" && chart.data.bars.length === 0) ||
    (chart.type === "tradeoff" && chart.data.points.length === 0) ||
    (chart.type === "distribution" && chart.data.points.length === 0);
  return (
    <div>
      <div className="chart-box" ref={box} data-chart-view={view} data-chart-type={chart.type} data-marks={marks}>
        {empty ? (
          <p className="empty">{EMPTY_MESSAGES[chart.type]}</p>
        ) : chart.type === "bars" ? (
          <BarsChart data={chart.data} />
        ) : chart.type === "tradeoff" ? (
          <TradeoffChart data={chart.data} log={chart.log} />
        ) : (
          <DistributionChart data={chart.data} log={chart.log} />
        )}
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => run("svg")} disabled={empty}>
          Export SVG
        </button>
        <button type="button" onClick={() => run("png")} disabled={empty}>
          Export PNG
        </button>
      </div>
    </div>
  );
}
