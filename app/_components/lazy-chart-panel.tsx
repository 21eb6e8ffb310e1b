"use client";
import dynamic from "next/dynamic";
import { createContext, useContext, type ComponentProps, type ReactNode } from "react";
import { chartHeight } from "@/lib/views/chart-height";
import type ChartPanelType from "./chart-panel";

/**
 * Recharts is the largest client dependency; loading it after the page keeps the
 * first-load JS small while the server-rendered table is already readable.
 */
const ChartPanel = dynamic(() => import("./chart-panel"), { ssr: false, loading: () => <ChartFallback /> });

/** What shows until the chart's code has loaded: the server-drawn chart (static-chart.tsx) where there is one. */
const Fallback = createContext<ReactNode>(null);

function ChartFallback() {
  return useContext(Fallback) ?? <div className="chart-placeholder" aria-busy="true" aria-label="Loading chart" />;
}

/** The export toolbar below the chart (app/_components/chart-panel.tsx). */
const EXPORT_TOOLBAR_HEIGHT = 44;

export default function LazyChartPanel({ fallback, ...props }: ComponentProps<typeof ChartPanelType> & { fallback?: ReactNode }) {
  const { chart } = props;
  const marks = chart.type === "bars" ? chart.data.bars.length : chart.data.points.length;
  // The chart's own height is kept while its code loads, so the table below does not move when it draws.
  const reserved = marks > 0 ? chartHeight(chart) + EXPORT_TOOLBAR_HEIGHT : undefined;
  return (
    <div style={reserved ? { minHeight: reserved } : undefined}>
      <Fallback value={fallback}>
        <ChartPanel {...props} />
      </Fallback>
    </div>
  );
}
