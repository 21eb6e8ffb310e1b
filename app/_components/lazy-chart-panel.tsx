"use client";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type ChartPanelType from "./chart-panel";

/**
 * Recharts is the largest client dependency; loading it after the page keeps the
 * first-load JS small while the server-rendered table is already readable.
 */
const ChartPanel = dynamic(() => import("./chart-panel"), {
  ssr: false,
  loading: () => <div className="chart-placeholder" aria-busy="true" aria-label="Loading chart" />,
});

export default function LazyChartPanel(props: ComponentProps<typeof ChartPanelType>) {
  return <ChartPanel {...props} />;
}
