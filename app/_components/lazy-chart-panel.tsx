"use client";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { chartHeight } from "@/lib/views/chart-height";
import type ChartPanelType from "./chart-panel";

/**
 * Recharts is the largest client dependency; loading it after the page keeps the
 * first-load JS small while the server-rendered table is already readable.
 */
const ChartPanel = dynamic(() => import("./chart-panel"), {
  ssr: false,
  loading: () => <div className="chart-placeholder" aria-busy="true" aria-label="Loading chart" />,
});

/** The export toolbar below the chart (app/_components/chart-panel.tsx). */
const EXPORT_TOOLBAR_HEIGHT = 44;

export default function LazyChartPanel(props: ComponentProps<typeof ChartPanelType>) {
  const { chart } = props;
  const marks = chart.type === "bars" ? chart.data.bars.length : chart.data.points.length;
  // The chart's own height is kept while its code loads, so the table below does not move when it draws.
  const reserved = marks > 0 ? chartHeight(chart) + EXPORT_TOOLBAR_HEIGHT : undefined;
  return (
    <div style={reserved ? { minHeight: reserved } : undefined}>
      <ChartPanel {...props} />
    </div>
  );
}
